import type { SentencesRecord } from '@/lib/data/records';
import { known } from '@/lib/data/quantity';
import { palette } from '@/lib/grammar/theme';

import { attributed, cellOf, defineChart } from './definition';
import { yearBarChart } from './year-bar-chart';

const DATASET = 'secret-police-sentences';

/** Each year of the certificate, with the share of those sentenced who were sentenced to death. */
const yearsOf = (records: readonly SentencesRecord[]) =>
  [...records]
    .sort((a, b) => a.year - b.year)
    .map((r) => ({ ...r, id: `death-share-${r.year}`, share: r.sentenced_to_death / r.sentenced }));
type Year = ReturnType<typeof yearsOf>[number];
const byShare = (years: readonly Year[]) => [...years].sort((a, b) => b.share - a.share);

export const deathShareChart = defineChart({
  slug: 'death-share',
  datasets: [DATASET],
  read: (pkg) => yearsOf(pkg.records[DATASET]),
  ...yearBarChart<Year>({
    value: (y) => y.share,
    fill: palette.vermillion,
    messageValues: (y) => ({
      year: String(y.year),
      share: y.share,
      toDeath: y.sentenced_to_death,
      sentenced: y.sentenced,
    }),
    columns: [
      { key: 'year' },
      ...['sentenced', 'to-death', 'share'].map((key) => ({ key, numeric: true })),
    ],
    // The two highest years, the highest of the rest and the lowest: the shape, for a listener.
    describe: (years, say) => {
      const ranked = byShare(years);
      const shown = [...ranked.slice(0, 3), ranked.at(-1)!].map((y, i) => [
        [`year${i}`, String(y.year)],
        [`share${i}`, y.share],
      ]);
      return say('describe', Object.fromEntries(shown.flat()));
    },
    explore: { measures: [{ key: 'share', value: (y) => known(Math.round(y.share * 1000) / 10) }] },
  }),
  figures: (pkg) =>
    yearsOf(pkg.records[DATASET]).map(
      (y) => [y.id, cellOf(DATASET, y, 'sentenced_to_death')] as const,
    ),
  headline(years, { say, attributions }) {
    const { share, year, id } = byShare(years)[0]!;
    const label = say('headline', { year: String(year) });
    return {
      figure: say('value', { share }),
      unit: '',
      label: attributed(label, attributions.get(id)),
    };
  },
});
