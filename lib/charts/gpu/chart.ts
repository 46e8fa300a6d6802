import { dataText } from '@/lib/text/localized-package';

import { cellOf, countHeadline, defineChart } from '../definition';
import { gpuScene, gpuSlides } from './layout';
import { MEASURES, cellId, gpuSeries } from './series';
import { gpuTable } from './table';

export const gpu1924Chart = defineChart({
  slug: 'gpu-1924',
  datasets: ['gpu-actions-1924', 'gpu-actions-1924-details', 'gpu-actions-1924-totals'],
  read: (pkg, say) =>
    gpuSeries(
      pkg.records['gpu-actions-1924'],
      // A detail's figure is a part of its key, which the package keeps as it is; it is shown.
      pkg.records['gpu-actions-1924-details'].map((d) => ({
        ...d,
        figure: dataText(say, d.figure),
      })),
      pkg.records['gpu-actions-1924-totals'],
    ),
  scene: gpuScene,
  slides: gpuSlides,
  statedTotals: (series, { say }) =>
    series.totals.map(({ measure, ...total }) => ({
      measure,
      label: say('measure', { measure }),
      ...total,
    })),
  table: gpuTable,
  notes: (series) =>
    series.rows.flatMap((row) => {
      const text = [row.note, ...row.details.map((d) => d.note)].filter(Boolean).join(' ');
      return text
        ? [{ marks: MEASURES.map((m) => cellId(row.id, m)), heading: row.category, text }]
        : [];
    }),
  // The printed totals and the sums by unit are the source's own or worked out from its cells.
  figures: (pkg) =>
    pkg.records['gpu-actions-1924'].flatMap((r) =>
      MEASURES.map((m) => [cellId(r.id, m), cellOf('gpu-actions-1924', r, m)] as const),
    ),
  headline(series, { say }) {
    const letters = series.totals.flatMap((t) => t.byUnit).find((u) => u.unit === 'letters')!;
    return countHeadline(say, letters.sum, letters.unit, say('headline'));
  },
  explorer: (series, { say }) => ({
    measures: MEASURES.map((m) => ({
      key: m,
      label: say('measure', { measure: m }),
      unit: dataText(say, 'persons'),
    })),
    rows: series.rows
      .filter((row) => row.unit === 'persons')
      .map((row) => ({ id: row.id, label: row.category, values: row.values })),
  }),
});
