import type { GpuActionRecord, GpuDetailRecord, GpuTotalRecord } from '@/lib/data/records';
import { palette } from '@/lib/grammar/theme';
import { dataText } from '@/lib/text/localized-package';

import { countHeadline, defineChart } from './definition';
import { sourceTableChart } from './source-table-chart';

/**
 * The summary's two columns, their names the `measure` messages of the chart's text file: those
 * arrested or checked (people, organisations or letters, as each row says) and those killed
 * (always persons).
 */
const gpu = sourceTableChart({
  dataset: 'gpu-actions-1924',
  columns: [
    { key: 'arrested_or_checked', fill: palette.blue },
    { key: 'killed', fill: palette.vermillion, unit: 'persons' },
  ],
  // The largest figure of people, what the printed total is made of, and how many are unknown.
  describe({ rows, totals }, say) {
    const arrested = totals.find((t) => t.measure === 'arrested_or_checked');
    const letters = arrested?.byUnit.find((u) => u.unit === 'letters');
    const people = rows.flatMap(({ unit, category, values: { arrested_or_checked: q } }) =>
      unit === 'persons' && q.status === 'known' ? [{ count: q.value, category }] : [],
    );
    const largest = people.reduce<(typeof people)[number] | null>(
      (a, b) => (a && a.count >= b.count ? a : b),
      null,
    );
    const unknowns = rows.flatMap((row) =>
      Object.values(row.values).filter((q) => q.status === 'unknown'),
    );
    return [
      largest &&
        say('describe-largest', { count: largest.count, category: largest.category.toLowerCase() }),
      arrested &&
        letters &&
        say('describe-letters', {
          stated: arrested.stated,
          share: letters.sum / arrested.stated,
          letters: letters.sum,
        }),
      say('describe-unknowns', { count: unknowns.length }),
    ]
      .filter(Boolean)
      .join(' ');
  },
});

/** The summary's rows with the figures printed inside them, and its totals, checked. */
export const gpuSeries = (
  actions: readonly GpuActionRecord[],
  details: readonly GpuDetailRecord[],
  totals: readonly GpuTotalRecord[],
) =>
  gpu.tableOf(
    actions.map(({ id, category, unit, arrested_or_checked, killed, note }) => ({
      ...{ id, category, unit, note },
      values: { arrested_or_checked, killed },
      details: details.filter((d) => d.action_id === id),
    })),
    totals,
  );

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
  ...gpu.parts,
  // The printed totals and the sums by unit are the source's own or worked out from its cells.
  figures: (pkg) => gpu.figures(pkg.records['gpu-actions-1924']),
  headline(series, { say }) {
    const letters = series.totals.flatMap((t) => t.byUnit).find((u) => u.unit === 'letters')!;
    return countHeadline(say, letters.sum, letters.unit, say('headline'));
  },
});
