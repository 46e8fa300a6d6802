import type { DataTable } from '../table';
import { figureValue } from './layout';
import type { FigureGroup } from './series';

export function deportationsTable(
  groups: readonly FigureGroup[],
  sourceTitle: (name: string) => string,
): DataTable {
  return {
    caption:
      'People deported in 1930–31 and the dead: the lecture notes’ figures beside archival and scholarly ones, in persons',
    columns: [
      { label: 'Figure' },
      { label: 'Persons', numeric: true },
      { label: 'Period' },
      { label: 'Whose figure' },
      { label: 'Confidence' },
    ],
    rows: groups.flatMap((group) =>
      group.figures.map((figure) => ({
        id: figure.id,
        cells: [
          `${group.title}: ${figure.label}`,
          figureValue(figure),
          figure.period,
          figure.kind === 'source'
            ? `Lecture notes, as printed: “${figure.asPrinted}”`
            : sourceTitle(figure.sourceName),
          figure.confidence ?? 'as printed in the source',
        ],
      })),
    ),
  };
}
