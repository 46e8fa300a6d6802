import type { SourceDescriptor } from '@/lib/data/package-schema';
import type { CollectivisationRecord, Confidence, ScholarshipRecord } from '@/lib/data/records';
import { attribution } from '@/lib/text/attribution';

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

/**
 * Which rows of the data are compared on this chart. The ids are the datasets' own; a missing one
 * stops the build, so the chart never quietly loses a figure.
 */
const GROUPS = [
  {
    key: 'deported',
    title: 'The deportations of 1930–31',
    source: ['deported-1930-31', 'deported-all'],
    scholarship: ['registry-people', 'certificate-people', 'resettled-people'],
  },
  {
    key: 'famine',
    title: 'A separate event: the famine of 1932–33',
    source: ['famine-dead'],
    scholarship: ['famine-conquest', 'famine-ussr', 'famine-ukraine', 'famine-kazakhstan'],
  },
] as const;

const FAMILIES: Record<string, string> = {
  'certificate-people': 'certificate-families',
  'registry-people': 'registry-families',
  'resettled-people': 'resettled-families',
};

function need<T extends { id: string }>(rows: readonly T[], id: string): T {
  const row = rows.find((r) => r.id === id);
  if (!row)
    throw new Error(`The deportations chart needs the row "${id}", which the data does not have.`);
  return row;
}

function fromSource(record: CollectivisationRecord): Figure {
  return {
    id: record.id,
    label: record.figure,
    kind: 'source',
    sourceName: 'great-terror-notes',
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
  const familiesId = FAMILIES[record.id];
  const families = familiesId ? need(scholarship, familiesId).value : null;
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
    attribution: attribution(record.confidence, source),
    partOf: record.part_of || null,
    note: record.note,
    families: families?.status === 'known' ? families.value : null,
  };
}

export function deportationSeries(
  collectivisation: readonly CollectivisationRecord[],
  scholarship: readonly ScholarshipRecord[],
  sources: readonly SourceDescriptor[],
): FigureGroup[] {
  const source = (name: string) => sources.find((s) => s.name === name);
  return GROUPS.map((group) => ({
    key: group.key,
    title: group.title,
    figures: [
      ...group.source.map((id) => fromSource(need(collectivisation, id))),
      ...group.scholarship.map((id) => {
        const record = need(scholarship, id);
        return fromScholarship(record, scholarship, source(record.source));
      }),
    ],
  }));
}
