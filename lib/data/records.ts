import { z } from 'zod';

import { quantitySchema } from './quantity';

/**
 * The shape the dashboard's code expects of each resource's validated rows. The Table Schema in
 * datapackage.json says what a file may hold; these say what the code reads, and the TypeScript
 * types come from them. A resource here that is missing from the package stops the build.
 */
const text = z.string();
const unit = z.enum([
  'persons',
  'organisations',
  'letters',
  'operations',
  'families',
  'cases',
  'million tonnes',
]);
/**
 * How far a figure was verified for this project: "checked" in the cited work at a recorded page,
 * "reported" from the cited work with no page recorded, "unchecked" when seen only quoted
 * elsewhere, "computed" when the project worked it out from figures of the cited work.
 */
const confidence = z.enum(['checked', 'reported', 'unchecked', 'computed']);
const qualifier = z.enum(['', 'at least', 'about']);

export const recordSchemas = {
  'cheka-personnel': z.object({
    category: text,
    year: z.number().int(),
    count: quantitySchema,
    unit,
    comparable: z.enum(['', 'yes', 'no']),
    note: text,
  }),
  'gpu-actions-1924': z.object({
    id: text,
    category: text,
    arrested_or_checked: quantitySchema,
    killed: quantitySchema,
    unit,
    note: text,
  }),
  'gpu-actions-1924-details': z.object({
    action_id: text,
    figure: text,
    value: z.number().int(),
    unit,
    note: text,
  }),
  'gpu-actions-1924-totals': z.object({
    field: z.enum(['arrested_or_checked', 'killed']),
    stated_total: z.number().int(),
    unit_as_printed: unit,
    known_discrepancy: text,
    note: text,
  }),
  collectivisation: z.object({
    id: text,
    figure: text,
    period: text,
    qualifier,
    value: z.number(),
    unit,
    as_printed: text,
    reading: text,
    reading_source: text,
    reading_confidence: confidence,
    group: text,
  }),
  scholarship: z.object({
    id: text,
    dataset: text,
    figure: text,
    period: text,
    qualifier,
    value: quantitySchema,
    low: quantitySchema,
    high: quantitySchema,
    unit,
    source: text,
    confidence,
    page: text,
    part_of: text,
    parts_complete: z.enum(['', 'yes']),
    group: text,
    families_of: text,
    note: text,
  }),
  'secret-police-sentences': z.object({
    year: z.number().int(),
    sentenced: z.number().int(),
    sentenced_to_death: z.number().int(),
    context: text,
    source: text,
    confidence,
    note: text,
  }),
  'mass-operations-1937-38': z.object({
    id: text,
    group: text,
    figure: text,
    kind: z.enum(['limit', 'result', 'count']),
    measure: z.enum(['arrested', 'sentenced', 'to death', 'to camps']),
    value: z.number().int(),
    period: text,
    source: text,
    confidence,
    part_of: text,
    parts_complete: z.enum(['', 'yes']),
    subset_of: text,
    against: text,
    note: text,
  }),
  'gulag-population': z.object({
    year: z.number().int(),
    camps: z.number().int(),
    camps_source: text,
    colonies: quantitySchema,
    camp_deaths: quantitySchema,
    deaths_wider: z.number().int(),
    note: text,
  }),
  'agencies-and-heads': z.object({
    id: text,
    kind: z.enum(['agency', 'commissariat', 'head', 'event']),
    name: text,
    start: text,
    end: text,
    note: text,
    source: text,
    chart: text,
  }),
} as const;

export type ResourceName = keyof typeof recordSchemas;
export const resourceNames = Object.keys(recordSchemas) as ResourceName[];

/** Columns whose text names a source of the package, so that every citation resolves. */
export const sourceReferenceFields = ['source', 'reading_source', 'camps_source'] as const;

export type RecordOf<N extends ResourceName> = z.infer<(typeof recordSchemas)[N]> & {
  line: number;
};
export type Unit = z.infer<typeof unit>;
export type Confidence = z.infer<typeof confidence>;
export type PersonnelRecord = RecordOf<'cheka-personnel'>;
export type GpuActionRecord = RecordOf<'gpu-actions-1924'>;
export type GpuDetailRecord = RecordOf<'gpu-actions-1924-details'>;
export type GpuTotalRecord = RecordOf<'gpu-actions-1924-totals'>;
export type CollectivisationRecord = RecordOf<'collectivisation'>;
export type ScholarshipRecord = RecordOf<'scholarship'>;
export type TimelineRecord = RecordOf<'agencies-and-heads'>;
export type SentencesRecord = RecordOf<'secret-police-sentences'>;
export type OperationRecord = RecordOf<'mass-operations-1937-38'>;
export type GulagRecord = RecordOf<'gulag-population'>;
