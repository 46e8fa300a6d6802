import { formatCount, formatQuantity } from '@/lib/locale/format';

import type { DataTable } from '../table';
import { MEASURES, cellId, type GpuSeries } from './series';

export function gpuTable(series: GpuSeries): DataTable {
  return {
    caption:
      'What the OGPU (“the GPU” in the notes) did in 1924, as given in the lecture notes, with the totals the source prints',
    columns: [
      { label: 'Action' },
      ...MEASURES.map((m) => ({ label: m.label, numeric: true })),
      { label: 'Unit of the first column' },
      { label: 'Printed inside the row' },
    ],
    rows: [
      ...series.rows.map((row) => ({
        id: cellId(row.id, 'arrested_or_checked'),
        cells: [
          row.category,
          ...MEASURES.map((m) => formatQuantity(row.values[m.key])),
          row.unit,
          row.details
            .map(
              (d) => `${formatCount(d.value)} ${d.unit === 'operations' ? 'operations' : d.figure}`,
            )
            .join('; ') || '—',
        ],
      })),
      {
        id: 'total-printed',
        cells: [
          'Total as printed',
          ...MEASURES.map((m) => {
            const total = series.totals.find((t) => t.measure === m.key);
            return total ? `${formatCount(total.stated)} ${total.unitAsPrinted}` : '—';
          }),
          'as printed: persons',
          '—',
        ],
      },
    ],
  };
}
