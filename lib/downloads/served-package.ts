import type { DataPackageDescriptor } from '@/lib/data/package-schema';

import { dataFile } from './files';

/**
 * The data package as served at /datapackage.json: the same descriptor, with each resource's path
 * pointing at its download, so the package can be read from the site (or from a classroom pack,
 * where the CSV files sit beside it under the same relative paths).
 */
export function servedPackage(
  descriptor: DataPackageDescriptor & Record<string, unknown>,
  siteUrl: string,
): Record<string, unknown> {
  return {
    ...descriptor,
    homepage: siteUrl,
    resources: descriptor.resources.map((resource) => ({
      ...resource,
      path: dataFile(resource.name, 'csv').slice(1),
    })),
  };
}
