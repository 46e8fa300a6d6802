import type { SentencesRecord } from '@/lib/data/records';
import { known } from '@/lib/data/quantity';
import { COMPACT_SLIDE_HEIGHT, palette } from '@/lib/grammar/theme';

import { personsAxis } from './axes';
import { attributed, cellOf, countHeadline, defineChart } from './definition';
import { yearBarChart } from './year-bar-chart';

const DATASET = 'secret-police-sentences';
const deathId = (year: number) => `death-${year}`;

const yearsOf = (records: readonly SentencesRecord[]) =>
  [...records].sort((a, b) => a.year - b.year).map((r) => ({ ...r, id: `sentenced-${r.year}` }));
type Year = ReturnType<typeof yearsOf>[number];

/** Every year on one scale, those sentenced to death drawn inside those sentenced. */
export const sentencesChart = defineChart({
  slug: 'sentences',
  datasets: [DATASET],
  read: (pkg) => yearsOf(pkg.records[DATASET]),
  ...yearBarChart<Year>({
    value: (y) => y.sentenced,
    fill: palette.sky,
    ofWhich: {
      id: (y) => deathId(y.year),
      value: (y) => y.sentenced_to_death,
      fill: palette.vermillion,
    },
    aside: (y) => y.context,
    axis: personsAxis,
    messageValues: (y) => ({
      year: String(y.year),
      sentenced: y.sentenced,
      toDeath: y.sentenced_to_death,
      share: y.sentenced_to_death / y.sentenced,
      context: y.context,
    }),
    columns: [
      { key: 'year' },
      ...['sentenced', 'death', 'share'].map((key) => ({ key, numeric: true })),
      { key: 'context' },
    ],
    // The peak, 1937–38's death sentences and the 1920s' range: the shape, for a listener.
    describe(years, say) {
      const peak = years.reduce((a, b) => (b.sentenced > a.sentenced ? b : a));
      const deathsIn = (year: number) => years.find((y) => y.year === year)!.sentenced_to_death;
      const twenties = years.filter((y) => y.year < 1930).map((y) => y.sentenced);
      return say('describe', {
        peak: peak.sentenced,
        peakYear: String(peak.year),
        peakDeaths: peak.sentenced_to_death,
        deaths1937: deathsIn(1937),
        deaths1938: deathsIn(1938),
        quietLeast: Math.min(...twenties),
        quietMost: Math.max(...twenties),
      });
    },
    explore: {
      measures: [
        { key: 'sentenced', value: (y) => known(y.sentenced) },
        { key: 'toDeath', column: 'death', value: (y) => known(y.sentenced_to_death) },
      ],
      unit: 'persons',
    },
    // Its slides share the screen with a long takeaway, and its rows carry asides.
    slideHeight: COMPACT_SLIDE_HEIGHT,
  }),
  figures: (pkg) =>
    yearsOf(pkg.records[DATASET]).flatMap((y) => [
      [y.id, cellOf(DATASET, y, 'sentenced')] as const,
      [deathId(y.year), cellOf(DATASET, y, 'sentenced_to_death')] as const,
    ]),
  headline(years, { say, attributions }) {
    const peak = years.reduce((a, b) => (b.sentenced_to_death > a.sentenced_to_death ? b : a));
    return countHeadline(
      say,
      peak.sentenced_to_death,
      'persons',
      attributed(
        say('headline', { year: String(peak.year) }),
        attributions.get(deathId(peak.year)),
      ),
    );
  },
  predict: { measure: 'sentenced' },
});
