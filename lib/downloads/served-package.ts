import type { DataPackageDescriptor } from '@/lib/data/package-schema';

import { dataFile } from './files';

/** A classroom pack of one chart: the package it carries describes only that chart's datasets. */
export interface PackScope {
  slug: string;
  title: string;
  resources: readonly string[];
}

/**
 * How the downloaded CSV files are written (lib/downloads/csv.ts), as a Frictionless CSV Dialect,
 * so that a reader need not guess: Frictionless's JavaScript library, left to sniff, takes the
 * personnel file for one without commas.
 */
const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
};

/** An absolute web address, which resolves wherever the package is read. */
const isWebAddress = (path: string) => /^https?:\/\//.test(path);

/**
 * The data package as served at /datapackage.json and carried in the classroom packs: the same
 * descriptor, with each resource's path pointing at its download, so the package can be read from
 * the site or from a pack, where the CSV files sit beside it under the same relative paths, with the dialect they are
 * written in. A pack
 * of one chart describes only the datasets it holds. A source's `path` stays only where it is a web
 * address: the project's own copies of the teaching sources are neither served nor packed. The
 * `homepage` is the site's address, and is left out where the build was given none.
 */
export function servedPackage(
  descriptor: DataPackageDescriptor & Record<string, unknown>,
  siteUrl: string | null,
  pack?: PackScope,
): Record<string, unknown> {
  const resources = pack
    ? descriptor.resources.filter((resource) => pack.resources.includes(resource.name))
    : descriptor.resources;
  if (pack && resources.length !== pack.resources.length)
    throw new Error(`The pack of ${pack.slug} names a dataset the package does not describe.`);
  return {
    ...descriptor,
    ...(pack && {
      name: `${descriptor.name}-${pack.slug}`,
      title: `${descriptor.title}: ${pack.title}`,
    }),
    ...(siteUrl && { homepage: siteUrl }),
    sources: descriptor.sources.map(({ path, ...source }) => ({
      ...source,
      ...(path && isWebAddress(path) && { path }),
    })),
    resources: resources.map((resource) => ({
      ...resource,
      path: dataFile(resource.name, 'csv').slice(1),
      dialect: CSV_DIALECT,
    })),
  };
}
