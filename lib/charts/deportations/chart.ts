import { known } from '@/lib/data/quantity';
import { formatCount } from '@/lib/format';

import { attributed, defineChart, notesOf, resourceOf } from '../definition';
import { deportationsDrawing } from './layout';
import { deportationSeries } from './series';
import { deportationsTable } from './table';

export const deportationsChart = defineChart({
  slug: 'deportations',
  title: 'Deportations of 1930–31, and the famine of 1932–33',
  subtitle:
    'Persons. Blue: figures printed in the lecture notes. Orange-red: archival counts and scholarship. An “of which” bar is a part of the figure above it, not a rival figure. A bar with an arrow is a minimum (“at least”); end caps mark a range.',
  slideSubtitle:
    'Persons. Blue: the notes; orange-red: records, scholarship. “Of which”: part of the bar above. Arrow: “at least”; caps: a range. One scale throughout.',
  summary:
    'The peasants deported with their families in dekulakisation, and, as a separate event, the dead of the famine of 1932–33: the lecture notes’ figures beside archival counts and historians’ estimates.',
  datasets: ['collectivisation', 'scholarship'],
  read: (pkg) => ({
    groups: deportationSeries(
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
  table: ({ groups, grain }, sources) => deportationsTable(groups, grain, sources.title),
  notes: ({ groups }) =>
    notesOf(
      groups.flatMap((g) => g.figures),
      (f) => f.label,
    ),
  headline({ groups }) {
    const largest = groups[0]!.figures
      .filter((f) => f.kind === 'scholarship')
      .reduce((a, b) => (b.high > a.high ? b : a));
    // "persons people deported" would say the unit twice.
    const what = largest.label.replace(/^people /i, '');
    return {
      figure: formatCount(largest.high),
      unit: 'persons',
      label: attributed(
        `${what.charAt(0).toLowerCase()}${what.slice(1)}, ${largest.period}`,
        largest.attribution,
      ),
    };
  },
  explorer: ({ groups }, sources) => ({
    measures: [
      { key: 'low', label: 'Figure (low end of a range)', unit: 'persons' },
      { key: 'high', label: 'Figure (high end of a range)', unit: 'persons' },
    ],
    rows: groups
      .flatMap((g) => g.figures)
      .map((f) => ({
        id: f.id,
        label: `${f.label} (${f.kind === 'source' ? 'notes' : sources.title(f.sourceName)})`,
        values: { low: known(f.low), high: known(f.high) },
      })),
  }),
});
