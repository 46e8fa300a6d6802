import type { GulagRecord } from '@/lib/data/records';
import { known, type Quantity } from '@/lib/data/quantity';
import { composeScene, subtitleOn } from '@/lib/grammar/compose';
import { yearPanels, type PanelRow } from '@/lib/grammar/panels';
import type { Scene } from '@/lib/grammar/scene';
import { frame, palette, type Variant } from '@/lib/grammar/theme';
import { dataText } from '@/lib/text/localized-package';

import { personsAxis } from './axes';
import {
  attributed,
  cellOf,
  countHeadline,
  defineChart,
  notesOf,
  type SceneWords,
} from './definition';
import { keyedTable } from './table';

const DATASET = 'gulag-population';

/**
 * A year's four figures: those held on 1 January (camps, then colonies, one bar) and the deaths
 * during the year, in two series never spliced (each its own lane). Each is a mark `<key>-<year>`
 * whose words are the text file's `mark-<key>`, `figure-<key>`, `col-<key>` and `explorer-<key>`;
 * the two that may have no figure print theirs bold in their colour, to say which bar they go with.
 */
const MEASURES = [
  { key: 'camps', field: 'camps', fill: palette.sky, panel: 0, lane: 0 },
  { key: 'colonies', field: 'colonies', fill: palette.purple, panel: 0, lane: 0, emphasised: true },
  {
    key: 'camp-deaths',
    field: 'camp_deaths',
    fill: palette.vermillion,
    panel: 1,
    lane: 0,
    emphasised: true,
  },
  { key: 'wider-deaths', field: 'deaths_wider', fill: palette.orange, panel: 1, lane: 1 },
] as const;
type Measure = (typeof MEASURES)[number];

const idOf = (measure: Measure, year: number) => `${measure.key}-${year}`;
const quantityOf = (r: GulagRecord, { field }: Measure): Quantity => {
  const value = r[field];
  return typeof value === 'number' ? known(value) : value;
};
/** A figure for a message: its value, or "none", which the message says in words, never as 0. */
const countOf = (q: Quantity) => (q.status === 'known' ? q.value : 'none');
const camelCase = (key: string) => key.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const yearsOf = (records: readonly GulagRecord[]) => [...records].sort((a, b) => a.year - b.year);

/** Two panels of the years, each on its own scale: those held, and the deaths, far fewer. */
function gulagScene(years: readonly GulagRecord[], variant: Variant, words: SceneWords): Scene {
  const { heading, say } = words;
  const stacked = variant === 'narrow';
  const row = (r: GulagRecord, panel: number): PanelRow => ({
    year: r.year,
    lanes: [0, 1].flatMap((lane) => {
      const parts = MEASURES.filter((m) => m.panel === panel && m.lane === lane).map((m) => {
        const value = quantityOf(r, m);
        const count = countOf(value);
        return {
          id: idOf(m, r.year),
          label: say(`mark-${m.key}`, { year: String(r.year), count }),
          note: (m.key === 'camps' && r.note) || undefined,
          value,
          fill: m.fill,
          figure: say(`figure-${m.key}`, { count }),
          emphasised: 'emphasised' in m,
        };
      });
      return parts.length > 0 ? [parts] : [];
    }),
  });
  const worst = years.reduce((a, b) => (b.deaths_wider > a.deaths_wider ? b : a));
  const description = say('describe', {
    firstCamps: years[0]!.camps,
    firstYear: String(years[0]!.year),
    lastCamps: years.at(-1)!.camps,
    lastYear: String(years.at(-1)!.year),
    worstYear: String(worst.year),
    worstWider: worst.deaths_wider,
    worstCamps: countOf(worst.camp_deaths),
  });
  const chartWords = {
    ...words,
    title: heading.title,
    subtitle: subtitleOn(heading, variant),
    description,
  };
  const f = frame[variant];
  return composeScene(f, chartWords, (top) =>
    yearPanels(f, top + 6, {
      panels: [
        { heading: say('panel-held'), rows: years.map((r) => row(r, 0)), weight: 2 },
        {
          heading: say(stacked ? 'panel-deaths-stacked' : 'panel-deaths'),
          rows: years.map((r) => row(r, 1)),
          weight: 1,
        },
      ],
      stacked,
      axis: personsAxis(say),
    }),
  );
}

export const gulagChart = defineChart({
  slug: 'gulag',
  datasets: [DATASET],
  read: (pkg) => yearsOf(pkg.records[DATASET]),
  sourceNamesOf: (years, ofDatasets) => [
    ...new Set([...years.map((y) => y.camps_source), ...ofDatasets]),
  ],
  scene: gulagScene,
  slides: (years, words) => [gulagScene(years, 'projector', words)],
  table: (years, { say }) =>
    keyedTable(
      say,
      ['year', ...MEASURES.map(({ key }) => ({ key, numeric: true }))],
      years.map((r) => ({
        id: idOf(MEASURES[0], r.year),
        cells: [
          String(r.year),
          ...MEASURES.map((m) => say('cell-figure', { count: countOf(quantityOf(r, m)) })),
        ],
      })),
    ),
  notes: (years) =>
    notesOf(
      years.map((r) => ({ id: idOf(MEASURES[0], r.year), note: r.note, year: r.year })),
      (r) => String(r.year),
    ),
  figures: (pkg) =>
    pkg.records[DATASET].flatMap((r) =>
      MEASURES.map((m) => [idOf(m, r.year), cellOf(DATASET, r, m.field)] as const),
    ),
  headline(years, { say, attributions }) {
    const last = years.at(-1)!;
    return countHeadline(
      say,
      last.camps,
      'persons',
      attributed(
        say('headline', { year: String(last.year) }),
        attributions.get(idOf(MEASURES[0], last.year)) ?? null,
      ),
    );
  },
  // The camps' figures alone: from the two works the rows name, not the deaths' sources.
  predict: {
    measure: 'camps',
    sourceNames: (years) => [...new Set(years.map((y) => y.camps_source))],
  },
  // Each measure keyed in the explorer's links as it always was: campDeaths, not camp-deaths.
  explorer: (years, { say }) => ({
    measures: MEASURES.map((m) => ({
      key: camelCase(m.key),
      label: say(`explorer-${m.key}`),
      unit: dataText(say, 'persons'),
    })),
    rows: years.map((r) => ({
      id: idOf(MEASURES[0], r.year),
      label: String(r.year),
      values: Object.fromEntries(MEASURES.map((m) => [camelCase(m.key), quantityOf(r, m)])),
    })),
  }),
});
