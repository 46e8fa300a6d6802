import type { Confidence, ResourceName } from './records';
import { sourceList } from './source-list';
import type { ValidatedPackage } from './validate-package';

/** A figure's place in the data: its resource, its row and its column. */
export interface FigureCell {
  resource: ResourceName;
  row: object;
  field: string;
}

/** Where a figure comes from and how far it was verified. */
export interface Provenance {
  /** The source's name in datapackage.json; undefined where the data names none. */
  source: string | undefined;
  confidence: Confidence;
}

const CONFIDENCES: readonly string[] = ['checked', 'reported', 'unchecked', 'computed'];

const textOf = (row: object, key: string): string | undefined => {
  const value = (row as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/**
 * Where a figure of the data comes from and how far it was verified, whatever the shape of its
 * dataset: the cell's own `<column>_source` and `<column>_confidence`, else its row's `source`
 * and `confidence`, else the column's one source (its field's `source` in datapackage.json), else the resource's only
 * source. A figure whose confidence the data does not record is "checked" only when its source is
 * a teaching document the project transcribes (role "document"); any other is "unchecked", since
 * "checked" needs a page read in the cited work and the data records none.
 */
export function provenanceOf(pkg: ValidatedPackage, cell: FigureCell): Provenance {
  const { resource, row, field } = cell;
  const named = textOf(row, `${field}_source`) ?? textOf(row, 'source');
  const descriptor = pkg.descriptor.resources.find((r) => r.name === resource);
  const resourceSources = descriptor?.sourceNames ?? [];
  const source =
    (named && sourceList(named)[0]) ??
    descriptor?.schema.fields.find((f) => f.name === field)?.source ??
    (resourceSources.length === 1 ? resourceSources[0] : undefined);
  const recorded = textOf(row, `${field}_confidence`) ?? textOf(row, 'confidence');
  if (recorded !== undefined && CONFIDENCES.includes(recorded))
    return { source, confidence: recorded as Confidence };
  const document = pkg.descriptor.sources.find((s) => s.name === source)?.role === 'document';
  return { source, confidence: document ? 'checked' : 'unchecked' };
}

/** The columns of a resource that hold figures (numbers), as its Table Schema types them. */
export function figureFields(pkg: ValidatedPackage, resource: ResourceName): string[] {
  const descriptor = pkg.descriptor.resources.find((r) => r.name === resource);
  return (descriptor?.schema.fields ?? [])
    .filter((f) => f.type === 'integer' || f.type === 'number')
    .map((f) => f.name);
}
