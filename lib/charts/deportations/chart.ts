import { known } from '@/lib/data/quantity';
import { formatCount } from '@/lib/locale/format';
import { dataText } from '@/lib/text/localized-package';

import { attributed, cellOf, defineChart, notesOf, resourceOf } from '../definition';
import { deportationsDrawing } from './layout';
import { deportationSeries } from './series';
import { deportationsTable } from './table';

export const deportationsChart = defineChart({
  slug: 'deportations',
  datasets: ['collectivisation', 'scholarship'],
  read: (pkg, say) => ({
    groups: deportationSeries(
      say,
      resourceOf(pkg, 'collectivisation'),
      pkg.records.collectivisation,
      pkg.records.scholarship,
      pkg.descriptor.sources,
    ),
    grain: pkg.records.collectivisation.filter((r) => r.unit === 'million tonnes'),
  }),
  sourceNamesOf: ({ groups }) => [
    ...new Set(groups.flatMap((g) => g.figures.map((f) => f.sourceName))),
  ],
  scene: ({ groups }, variant, words) => deportationsDrawing.scene(groups, variant, words),
  slides: ({ groups }, words) => deportationsDrawing.slides(groups, words),
  table: ({ groups, grain }, words) => deportationsTable(groups, grain, words),
  notes: ({ groups }) =>
    notesOf(
      groups.flatMap((g) => g.figures),
      (f) => f.label,
    ),
  // Each row is a mark of its own: the notes' figures, and the scholarship set beside them.
  figures: (pkg) => [
    ...pkg.records.collectivisation.map(
      (r) => [r.id, cellOf('collectivisation', r, 'value')] as const,
    ),
    ...pkg.records.scholarship
      .filter((r) => r.dataset === 'collectivisation')
      .map((r) => [r.id, cellOf('scholarship', r, 'value')] as const),
  ],
  headline({ groups }, { say }) {
    const largest = groups[0]!.figures
      .filter((f) => f.kind === 'scholarship')
      .reduce((a, b) => (b.high > a.high ? b : a));
    // "persons people deported" would say the unit twice.
    const what = largest.label.replace(/^people /i, '');
    return {
      figure: formatCount(say, largest.high),
      unit: dataText(say, 'persons'),
      label: attributed(
        say('headline', {
          what: `${what.charAt(0).toLowerCase()}${what.slice(1)}`,
          period: largest.period,
        }),
        largest.attribution,
      ),
    };
  },
  explorer: ({ groups }, { sources, say }) => ({
    measures: [
      { key: 'low', label: say('explorer-low'), unit: dataText(say, 'persons') },
      { key: 'high', label: say('explorer-high'), unit: dataText(say, 'persons') },
    ],
    rows: groups
      .flatMap((g) => g.figures)
      .map((f) => ({
        id: f.id,
        label: say('explorer-figure', {
          label: f.label,
          whose: f.kind === 'source' ? say('explorer-notes') : sources.title(f.sourceName),
        }),
        values: { low: known(f.low), high: known(f.high) },
      })),
  }),
});
