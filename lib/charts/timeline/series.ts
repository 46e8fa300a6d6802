import type { TimelineRecord } from '@/lib/data/records';
import { sourceList } from '@/lib/data/source-list';
import type { Say } from '@/lib/text/messages';

import { parsePartialDate, type PartialDate } from '@/lib/locale/partial-date';

export interface TimelineEntry {
  id: string;
  kind: TimelineRecord['kind'];
  name: string;
  start: PartialDate;
  /** Null for an event of one moment, or when the sources give no end. */
  end: PartialDate | null;
  note: string;
  sources: string[];
  /** The chart on this site that shows the event's numbers, if one does. */
  chart: string;
}

export const TIMELINE_START = Date.UTC(1917, 0, 1);
export const TIMELINE_END = Date.UTC(1942, 0, 1);

/** The timeline's agencies, heads and events, their dates written as the locale writes them. */
export function timelineSeries(
  records: readonly TimelineRecord[],
  locale: string,
): TimelineEntry[] {
  return records.map((record) => ({
    id: record.id,
    kind: record.kind,
    name: record.name,
    start: parsePartialDate(record.start, locale),
    end: record.end ? parsePartialDate(record.end, locale) : null,
    note: record.note,
    sources: sourceList(record.source),
    chart: record.chart,
  }));
}

/** "20 Dec 1917 – 20 Jul 1926", "1921" (an event of one moment), "from Jul 1941" (no end given). */
export function spanText(entry: TimelineEntry, say: Say): string {
  const { start, end } = entry;
  if (end) return say('dates-between', { start: start.text, end: end.text });
  return entry.kind === 'event' ? start.text : say('dates-onward', { start: start.text });
}

/** Agencies and heads have lanes of their own; events and commissariats share the rows below. */
export function inLane(entry: TimelineEntry): entry is TimelineEntry & { kind: 'agency' | 'head' } {
  return entry.kind === 'agency' || entry.kind === 'head';
}

export const surname = (name: string) => name.split(' ').at(-1) ?? name;
