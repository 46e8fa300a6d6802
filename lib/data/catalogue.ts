import type { DataPackageDescriptor, ResourceDescriptor, SourceDescriptor } from './package-schema';

export interface DatasetSummary {
  name: string;
  title: string;
  summary: string;
  period: string;
  sources: SourceDescriptor[];
  /** The resources that belong to it: itself first, then its parts (details, totals). */
  resources: ResourceDescriptor[];
}

/**
 * The datasets a reader sees: each top-level resource of the package with the resources that are
 * part of it (a table's details and stated totals), and its sources resolved to full citations.
 */
export function datasetSummaries(descriptor: DataPackageDescriptor): DatasetSummary[] {
  const sources = new Map(descriptor.sources.map((source) => [source.name, source]));
  return descriptor.resources
    .filter((resource) => resource.partOf === undefined)
    .map((resource) => ({
      name: resource.name,
      title: resource.title,
      summary: resource.description,
      period: resource.period,
      sources: resource.sourceNames.flatMap((name) => sources.get(name) ?? []),
      resources: [resource, ...descriptor.resources.filter((r) => r.partOf === resource.name)],
    }));
}
