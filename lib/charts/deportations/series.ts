import type { CollectivisationRecord, Confidence, ScholarshipRecord } from '@/lib/data/records';

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
    title: 'Deported, 1930–31',
    source: ['deported-1930-31', 'deported-all'],
    scholarship: ['certificate-people', 'registry-people'],
  },
  {
    key: 'dead',
    title: 'Dead',
    source: ['famine-dead'],
    scholarship: ['famine-ussr', 'famine-ukraine'],
  },
] as const;

const FAMILIES: Record<string, string> = {
  'certificate-people': 'certificate-families',
  'registry-people': 'registry-families',
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
    note: record.reading,
    families: null,
  };
}

function fromScholarship(
  record: ScholarshipRecord,
  scholarship: readonly ScholarshipRecord[],
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
    note: record.note,
    families: families?.status === 'known' ? families.value : null,
  };
}

export function deportationSeries(
  collectivisation: readonly CollectivisationRecord[],
  scholarship: readonly ScholarshipRecord[],
): FigureGroup[] {
  return GROUPS.map((group) => ({
    key: group.key,
    title: group.title,
    figures: [
      ...group.source.map((id) => fromSource(need(collectivisation, id))),
      ...group.scholarship.map((id) => fromScholarship(need(scholarship, id), scholarship)),
    ],
  }));
}
