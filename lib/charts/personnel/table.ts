import { formatChange, formatQuantity } from '@/lib/locale/format';

import type { SceneWords } from '../definition';
import type { DataTable } from '../table';
import { FROM_YEAR, TO_YEAR, YEARS, type PersonnelRow } from './series';

export function personnelTable(rows: readonly PersonnelRow[], { say }: SceneWords): DataTable {
  return {
    caption: say('table-caption', YEARS),
    columns: [
      { label: say('col-category') },
      { label: String(FROM_YEAR), numeric: true },
      { label: String(TO_YEAR), numeric: true },
      { label: say('col-change'), numeric: true },
    ],
    rows: rows.map((row) => ({
      id: (row.to ?? row.from)?.id ?? row.category,
      cells: [
        row.label,
        row.from ? formatQuantity(say, row.from.count) : say('cell-no-figure'),
        row.to ? formatQuantity(say, row.to.count) : say('cell-no-figure'),
        row.change !== null
          ? formatChange(say, row.change)
          : say(row.notComparable ? 'cell-not-comparable' : 'cell-no-change'),
      ],
    })),
  };
}
