import { formatCount } from '@/lib/locale/format';

import type { DataTable } from '../table';
import { figuresOf, type OperationGroup } from './series';

const KIND = { limit: 'Limit set', result: 'Result', count: 'NKVD count' } as const;

export function operationsTable(
  groups: readonly OperationGroup[],
  sourceTitle: (name: string) => string,
): DataTable {
  return {
    caption:
      'The mass operations of 1937–38, in persons: Order No. 00447’s first limits and results, the national operations, and the NKVD’s count of all its cases',
    columns: [
      { label: 'Figure' },
      { label: 'Kind' },
      { label: 'Persons', numeric: true },
      { label: 'Period' },
      { label: 'Source' },
    ],
    rows: figuresOf(groups).map((f) => ({
      id: f.id,
      cells: [
        f.label,
        KIND[f.kind],
        formatCount(f.value),
        f.period,
        `${sourceTitle(f.sourceName)}${f.attribution ? `; ${f.attribution}` : ''}`,
      ],
    })),
  };
}
