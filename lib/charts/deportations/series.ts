import type { ResourceDescriptor, SourceDescriptor } from '@/lib/data/package-schema';
import type { CollectivisationRecord, Confidence, ScholarshipRecord } from '@/lib/data/records';
import { attribution } from '@/lib/text/attribution';
import type { Say } from '@/lib/text/messages';

export interface Figure {
  id: string;
  label: string;
  /** Whose figure it is: the lecture notes, or a work of scholarship. */
  kind: 'source' | 'scholarship';
  sourceName: string;
  period: string;
  qualifier: string;
  /** A single figure, or a range; low equals high for a single figure. */
  low: number;
  high: number;
  asPrinted: string | null;
  confidence: Confidence | null;
  /** "as reported by …" or "as quoted from …" for a figure of scholarship not checked at a page. */
  attribution: string | null;
  /** The id of the figure this one is a part of, drawn under it as "of which". */
  partOf: string | null;
  note: string;
  /** A count of families given beside the people, where the work gives one. */
  families: number | null;
}

export interface FigureGroup {
  key: string;
  title: string;
  figures: Figure[];
}

function fromSource(record: CollectivisationRecord, sourceName: string): Figure {
  return {
    id: record.id,
    label: record.figure,
    kind: 'source',
    sourceName,
    period: record.period,
    qualifier: record.qualifier,
    low: record.value,
    high: record.value,
    asPrinted: record.as_printed,
    confidence: null,
    attribution: null,
    partOf: null,
    note: record.reading,
    families: null,
  };
}

function fromScholarship(
  say: Say,
  record: ScholarshipRecord,
  scholarship: readonly ScholarshipRecord[],
  source: SourceDescriptor | undefined,
): Figure {
  const single = record.value.status === 'known' ? record.value.value : null;
  const low = single ?? (record.low.status === 'known' ? record.low.value : NaN);
  const high = single ?? (record.high.status === 'known' ? record.high.value : NaN);
  if (Number.isNaN(low) || Number.isNaN(high))
    throw new Error(
      `scholarship.csv, row "${record.id}": a value or a low and high range is needed for the chart.`,
    );
  const families = scholarship.find((r) => r.families_of === record.id)?.value ?? null;
  return {
    id: record.id,
    label: record.figure,
    kind: 'scholarship',
    sourceName: record.source,
    period: record.period,
    qualifier: record.qualifier,
    low,
    high,
    asPrinted: null,
    confidence: record.confidence,
    attribution: attribution(say, record.confidence, source),
    partOf: record.part_of || null,
    note: record.note,
    families: families?.status === 'known' ? families.value : null,
  };
}

/**
 * The chart's groups of figures, as the data names and orders them: in each, the lecture notes'
 * figures first, then those of records and scholarship, a part right after its whole. A group
 * that the data leaves empty stops the build, so the chart never quietly loses its figures.
 */
export function deportationSeries(
  say: Say,
  resource: Pick<ResourceDescriptor, 'groups' | 'sourceNames'>,
  collectivisation: readonly CollectivisationRecord[],
  scholarship: readonly ScholarshipRecord[],
  sources: readonly SourceDescriptor[],
): FigureGroup[] {
  const source = (name: string) => sources.find((s) => s.name === name);
  const notes = resource.sourceNames[0]!;
  return (resource.groups ?? []).map((group) => {
    const figures = [
      ...collectivisation.filter((r) => r.group === group.name).map((r) => fromSource(r, notes)),
      ...scholarship
        .filter((r) => r.group === group.name)
        .map((r) => fromScholarship(say, r, scholarship, source(r.source))),
    ];
    if (figures.length === 0)
      throw new Error(`The deportations chart's group "${group.name}" has no figures in the data.`);
    return { key: group.name, title: group.title, figures };
  });
}
