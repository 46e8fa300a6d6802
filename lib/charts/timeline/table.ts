import type { SceneWords } from '../definition';
import type { DataTable } from '../table';
import { spanText, type TimelineEntry } from './series';

export function timelineTable(
  entries: readonly TimelineEntry[],
  { say, sources }: SceneWords,
): DataTable {
  return {
    caption: say('table-caption'),
    columns: ['col-name', 'col-kind', 'col-dates', 'col-source'].map((key) => ({
      label: say(key),
    })),
    rows: entries.map((entry) => ({
      id: entry.id,
      cells: [
        entry.name,
        say('kind', { kind: entry.kind }),
        spanText(entry, say),
        entry.sources.map(sources.title).join(say('source-list-separator')),
      ],
    })),
  };
}
