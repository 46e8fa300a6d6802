import type { GulagRecord } from '@/lib/data/records';
import { palette } from '@/lib/grammar/theme';

import { attributed, countHeadline, defineChart } from './definition';
import { countOf, yearPanelsChart } from './year-panels-chart';

const DATASET = 'gulag-population';
const yearsOf = (records: readonly GulagRecord[]) => [...records].sort((a, b) => a.year - b.year);

/**
 * Two panels of the years, each on its own scale: those held on 1 January (camps, then colonies,
 * one bar), and the deaths during the year, far fewer, in two series never spliced (each its own
 * lane). The two measures that may have no figure print theirs bold in their colour.
 */
const panels = yearPanelsChart<GulagRecord>({
  dataset: DATASET,
  measures: [
    { key: 'camps', field: 'camps', fill: palette.sky, panel: 0, lane: 0 },
    {
      key: 'colonies',
      field: 'colonies',
      fill: palette.purple,
      panel: 0,
      lane: 0,
      emphasised: true,
    },
    {
      key: 'camp-deaths',
      field: 'camp_deaths',
      fill: palette.vermillion,
      panel: 1,
      lane: 0,
      emphasised: true,
    },
    { key: 'wider-deaths', field: 'deaths_wider', fill: palette.orange, panel: 1, lane: 1 },
  ],
  panels: [
    { heading: 'panel-held', weight: 2 },
    { heading: 'panel-deaths', narrowHeading: 'panel-deaths-stacked', weight: 1 },
  ],
  describe(years, say) {
    const worst = years.reduce((a, b) => (b.deaths_wider > a.deaths_wider ? b : a));
    return say('describe', {
      firstCamps: years[0]!.camps,
      firstYear: String(years[0]!.year),
      lastCamps: years.at(-1)!.camps,
      lastYear: String(years.at(-1)!.year),
      worstYear: String(worst.year),
      worstWider: worst.deaths_wider,
      worstCamps: countOf(worst.camp_deaths),
    });
  },
});

export const gulagChart = defineChart({
  slug: 'gulag',
  datasets: [DATASET],
  read: (pkg) => yearsOf(pkg.records[DATASET]),
  sourceNamesOf: (years, ofDatasets) => [
    ...new Set([...years.map((y) => y.camps_source), ...ofDatasets]),
  ],
  ...panels.parts,
  figures: (pkg) => panels.figures(pkg.records[DATASET]),
  headline(years, { say, attributions }) {
    const last = years.at(-1)!;
    return countHeadline(
      say,
      last.camps,
      'persons',
      attributed(
        say('headline', { year: String(last.year) }),
        attributions.get(panels.idOf('camps', last.year)),
      ),
    );
  },
  // The camps' figures alone: from the two works the rows name, not the deaths' sources.
  predict: {
    measure: 'camps',
    sourceNames: (years) => [...new Set(years.map((y) => y.camps_source))],
  },
});
