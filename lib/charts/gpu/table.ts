import { dataText } from '@/lib/text/localized-package';
import type { SceneWords } from '../definition';
import type { DataTable } from '../table';
import { MEASURES, cellId, quantityText, type GpuSeries } from './series';

export function gpuTable(series: GpuSeries, { say }: SceneWords): DataTable {
  const none = say('table-none');
  return {
    caption: say('table-caption'),
    columns: [
      { label: say('col-action') },
      ...MEASURES.map((measure) => ({ label: say('measure', { measure }), numeric: true })),
      { label: say('col-unit') },
      { label: say('col-details') },
    ],
    rows: [
      ...series.rows.map((row) => ({
        id: cellId(row.id, 'arrested_or_checked'),
        cells: [
          row.category,
          ...MEASURES.map((m) => quantityText(say, row.values[m])),
          dataText(say, row.unit),
          row.details
            .map((d) =>
              say('table-detail', {
                count: d.value,
                unit: dataText(say, d.unit),
                figure: d.figure,
              }),
            )
            .join(say('details-separator')) || none,
        ],
      })),
      {
        id: 'total-printed',
        cells: [
          say('table-total'),
          ...MEASURES.map((m) => {
            const total = series.totals.find((t) => t.measure === m);
            return total
              ? say('figure-in-unit', {
                  count: total.stated,
                  unit: dataText(say, total.unitAsPrinted),
                })
              : none;
          }),
          say('table-total-unit'),
          none,
        ],
      },
    ],
  };
}
