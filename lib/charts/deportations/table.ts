import type { CollectivisationRecord } from '@/lib/data/records';

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
  sourceTitle: (name: string) => string,
): DataTable {
  return {
    caption:
      'People deported in 1930–31 and the dead, in persons, the lecture notes’ figures beside archival and scholarly ones; then the notes’ grain figures',
    columns: [
      { label: 'Figure' },
      { label: 'Value', numeric: true },
      { label: 'Period' },
      { label: 'Whose figure' },
      { label: 'Confidence' },
    ],
    rows: [
      ...groups.flatMap((group) =>
        group.figures.map((figure) => ({
          id: figure.id,
          cells: [
            `${group.title}: ${figure.label}`,
            `${figureValue(figure)} persons`,
            figure.period,
            figure.kind === 'source'
              ? `Lecture notes, as printed: “${figure.asPrinted}”`
              : sourceTitle(figure.sourceName),
            figure.confidence ?? 'as printed in the source',
          ],
        })),
      ),
      ...grain.map((record) => ({
        id: record.id,
        cells: [
          record.figure,
          `${record.value} ${record.unit} (a reading)`,
          record.period,
          `Lecture notes, as printed: “${record.as_printed}”`,
          `reading ${record.reading_confidence}`,
        ],
      })),
    ],
  };
}
