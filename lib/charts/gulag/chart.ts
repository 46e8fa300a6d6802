import { known } from '@/lib/data/quantity';
import { formatCount } from '@/lib/locale/format';
import { dataText } from '@/lib/text/localized-package';
import { attributed, cellOf, defineChart, notesOf } from '../definition';
import { gulagScene } from './layout';
import { gulagSeries, ids as gulagIds } from './series';
import { gulagTable } from './table';

export const gulagChart = defineChart({
  slug: 'gulag',
  datasets: ['gulag-population'],
  read: (pkg) => gulagSeries(pkg.records['gulag-population']),
  sourceNamesOf: (years, ofDatasets) => [
    ...new Set([...years.map((y) => y.campsSource), ...ofDatasets]),
  ],
  scene: gulagScene,
  slides: (years, words) => [gulagScene(years, 'projector', words)],
  table: gulagTable,
  notes: (years) =>
    notesOf(
      years.map((y) => ({ id: gulagIds.camps(y.year), note: y.note, year: y.year })),
      (y) => String(y.year),
    ),
  figures: (pkg) =>
    pkg.records['gulag-population'].flatMap((r) =>
      (
        [
          [gulagIds.camps, 'camps'],
          [gulagIds.colonies, 'colonies'],
          [gulagIds.campDeaths, 'camp_deaths'],
          [gulagIds.widerDeaths, 'deaths_wider'],
        ] as const
      ).map(([id, field]) => [id(r.year), cellOf('gulag-population', r, field)] as const),
    ),
  headline(years, { say, attributions }) {
    const last = years.at(-1)!;
    return {
      figure: formatCount(say, last.camps),
      unit: dataText(say, 'persons'),
      label: attributed(
        say('headline', { year: String(last.year) }),
        attributions.get(gulagIds.camps(last.year)) ?? null,
      ),
    };
  },
  // The camps' figures alone: from the two works the rows name, not the deaths' sources.
  predict: {
    measure: 'camps',
    sourceNames: (years) => [...new Set(years.map((y) => y.campsSource))],
  },
  explorer: (years, { say }) => ({
    measures: [
      { key: 'camps', label: say('explorer-camps'), unit: dataText(say, 'persons') },
      { key: 'colonies', label: say('explorer-colonies'), unit: dataText(say, 'persons') },
      { key: 'campDeaths', label: say('explorer-camp-deaths'), unit: dataText(say, 'persons') },
      { key: 'widerDeaths', label: say('explorer-wider-deaths'), unit: dataText(say, 'persons') },
    ],
    rows: years.map((y) => ({
      id: gulagIds.camps(y.year),
      label: String(y.year),
      values: {
        camps: known(y.camps),
        colonies: y.colonies,
        campDeaths: y.campDeaths,
        widerDeaths: known(y.widerDeaths),
      },
    })),
  }),
});
