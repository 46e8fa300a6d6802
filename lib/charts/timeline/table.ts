import type { DataTable } from '../table';
import { spanText, type TimelineEntry } from './series';

const KIND = {
  agency: 'Agency',
  commissariat: 'Commissariat',
  head: 'Head',
  event: 'Event',
} as const;

export function timelineTable(
  entries: readonly TimelineEntry[],
  sourceTitle: (name: string) => string,
): DataTable {
  return {
    caption:
      'Agencies, heads and events of the Soviet secret police, 1917–1941, with their dates and sources',
    columns: [{ label: 'Name' }, { label: 'Kind' }, { label: 'Dates' }, { label: 'Source' }],
    rows: entries.map((entry) => ({
      id: entry.id,
      cells: [
        entry.name,
        KIND[entry.kind],
        spanText(entry),
        entry.sources.map(sourceTitle).join('; '),
      ],
    })),
  };
}
