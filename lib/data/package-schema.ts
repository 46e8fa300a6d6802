import { z } from 'zod';

/**
 * The part of the Frictionless Data Package and Table Schema specifications this project uses,
 * plus its own properties (period, sourceNames, partOf, totalsOf, unit, citation). Anything the
 * pipeline relies on is required here, so a package that lacks it fails with a clear path.
 */

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case name of letters, digits and -');

const fieldConstraintsSchema = z
  .object({
    required: z.boolean().optional(),
    unique: z.boolean().optional(),
    minimum: z.number().optional(),
    enum: z.array(z.union([z.string(), z.number()])).optional(),
    pattern: z.string().optional(),
  })
  .strict();

const fieldSchema = z.object({
  name: z.string().min(1),
  type: z.enum(['string', 'integer', 'number']),
  title: z.string().min(1),
  description: z.string().min(1),
  unit: z.string().optional(),
  /** The one source of every figure in the column, where its rows do not name one. */
  source: slug.optional(),
  constraints: fieldConstraintsSchema.optional(),
});

const tableSchemaSchema = z.object({
  fields: z.array(fieldSchema).min(1),
  primaryKey: z.array(z.string()).min(1),
  foreignKeys: z
    .array(
      z.object({
        fields: z.array(z.string()).min(1),
        reference: z.object({ resource: z.string(), fields: z.array(z.string()).min(1) }),
      }),
    )
    .optional(),
  missingValues: z.array(z.string()),
});

// Loose: properties of the specification this code does not read (profile, keywords, …) are kept,
// so the package served for download is the whole descriptor.
const resourceSchema = z.looseObject({
  name: slug,
  title: z.string().min(1),
  description: z.string().min(1),
  period: z.string().min(1),
  sourceNames: z.array(z.string()).min(1),
  partOf: z.string().optional(),
  totalsOf: z.string().optional(),
  /** Named groups of the resource's rows, in the order a chart draws them, with their titles. */
  groups: z.array(z.object({ name: slug, title: z.string().min(1) })).optional(),
  path: z.string().regex(/^[a-z0-9-]+\.csv$/, 'a CSV file name beside datapackage.json'),
  format: z.literal('csv'),
  mediatype: z.literal('text/csv'),
  encoding: z.literal('utf-8'),
  schema: tableSchemaSchema,
});

const sourceSchema = z.object({
  name: slug,
  title: z.string().min(1),
  /** A shorter title, for a slide's source line, where the full one would take lines of it. */
  shortTitle: z.string().min(1).optional(),
  path: z.string().optional(),
  citation: z.string().min(1),
  /** "document" for the teaching sources whose own lines the charts quote, as printed. */
  role: z.literal('document').optional(),
  /**
   * What kind of work it is: "primary" (a document of the time: an order, a law, a report),
   * "secondary" (a historian's or an archivist's work) or "tertiary" (an encyclopedia or
   * Wikipedia, which may point to a fact but is never a statement's only support).
   */
  kind: z.enum(['primary', 'secondary', 'tertiary']),
  /**
   * A work written in a language of another script: its title and short title as printed, for
   * the pages in a language of that script (a Russian work by its Cyrillic title on the Russian
   * and Ukrainian pages), where its transliteration would not be its name.
   */
  original: z
    .strictObject({
      language: z.enum(['ru']),
      title: z.string().min(1),
      shortTitle: z.string().min(1),
    })
    .optional(),
});

export const dataPackageSchema = z.looseObject({
  name: slug,
  title: z.string().min(1),
  description: z.string().min(1),
  version: z.string(),
  created: z.iso.datetime(),
  licenses: z
    .array(z.object({ name: z.string(), title: z.string(), path: z.string().url() }))
    .min(1),
  licenseNote: z.string().min(1),
  sources: z.array(sourceSchema).min(1),
  resources: z.array(resourceSchema).min(1),
});

export type FieldDescriptor = z.infer<typeof fieldSchema>;
export type ResourceDescriptor = z.infer<typeof resourceSchema>;
export type SourceDescriptor = z.infer<typeof sourceSchema>;
export type DataPackageDescriptor = z.infer<typeof dataPackageSchema>;
