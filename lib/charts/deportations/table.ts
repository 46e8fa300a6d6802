import { dataText } from '@/lib/text/localized-package';
import type { CollectivisationRecord } from '@/lib/data/records';

import type { SceneWords } from '../definition';
import type { DataTable } from '../table';
import { figureValue } from './layout';
import type { FigureGroup } from './series';

/**
 * The chart's figures in persons, then the grain figures that the notes set before the
 * deportations: not drawn (another unit, and only a reading of the source), but kept in the table.
 */
export function deportationsTable(
  groups: readonly FigureGroup[],
  grain: readonly CollectivisationRecord[],
  { sources, say }: SceneWords,
): DataTable {
  return {
    caption: say('table-caption'),
    columns: [
      { label: say('col-figure') },
      { label: say('col-value'), numeric: true },
      { label: say('col-period') },
      { label: say('col-whose') },
      { label: say('col-confidence') },
    ],
    rows: [
      ...groups.flatMap((group) =>
        group.figures.map((figure) => ({
          id: figure.id,
          cells: [
            say('cell-figure', { group: group.title, figure: figure.label }),
            say('cell-persons', { value: figureValue(say, figure) }),
            figure.period,
            figure.kind === 'source'
              ? say('cell-notes', { printed: figure.asPrinted ?? '' })
              : sources.title(figure.sourceName),
            say('cell-confidence', { confidence: figure.confidence ?? 'printed' }),
          ],
        })),
      ),
      ...grain.map((record) => ({
        id: record.id,
        cells: [
          record.figure,
          say('cell-reading-value', {
            value: String(record.value),
            unit: dataText(say, record.unit),
          }),
          record.period,
          say('cell-notes', { printed: record.as_printed }),
          say('cell-reading', {
            confidence: say('cell-confidence', { confidence: record.reading_confidence }),
          }),
        ],
      })),
    ],
  };
}
