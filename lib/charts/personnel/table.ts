import { formatChange, formatQuantity } from '@/lib/locale/format';

import type { DataTable } from '../table';
import { FROM_YEAR, TO_YEAR, type PersonnelRow } from './series';

export function personnelTable(rows: readonly PersonnelRow[]): DataTable {
  return {
    caption: `Personnel of the Cheka (${FROM_YEAR}) and the OGPU (${TO_YEAR}), in persons, as printed in the source`,
    columns: [
      { label: 'Category' },
      { label: String(FROM_YEAR), numeric: true },
      { label: String(TO_YEAR), numeric: true },
      { label: 'Change', numeric: true },
    ],
    rows: rows.map((row) => ({
      id: (row.to ?? row.from)?.id ?? row.category,
      cells: [
        row.category,
        row.from ? formatQuantity(row.from.count) : 'no figure printed',
        row.to ? formatQuantity(row.to.count) : 'no figure printed',
        row.change !== null
          ? formatChange(row.change)
          : row.notComparable
            ? 'not computed: the later figure may count another group'
            : '—',
      ],
    })),
  };
}
