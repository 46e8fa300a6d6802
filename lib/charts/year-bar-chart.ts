import type { Quantity } from '@/lib/data/quantity';
import { numbered } from '@/lib/grammar/paging';
import { yearBarSlides, yearBars, type YearBarsSpec } from '@/lib/grammar/year-bars';
import type { MessageValues, Say } from '@/lib/text/messages';

import { notesOf, type SceneWords } from './definition';
import type { ExplorerData } from './explorer-data';
import type { DataTable } from './table';

/** A year of such a chart: its mark's id, the year, and the data's note on it. */
interface Year {
  id: string;
  year: number;
  note: string;
}

/**
 * A chart of one bar per year as a chart declares it; its words are its text file's messages:
 * `value` (printed after a bar), `mark` (a bar's accessible name), `axis` and `tick`,
 * `table-caption`, `col-<key>` and `cell-<key>` for each column of its table, and `explore-unit`, the
 * unit of the explorer's measure.
 */
interface YearBarChart<Y extends Year> {
  value(year: Y): number;
  fill: string;
  /** The figures and words its messages (`value`, `mark`, `cell-<key>`) take, for a year. */
  messageValues(year: Y): MessageValues;
  columns: readonly { key: string; numeric?: boolean }[];
  describe(years: readonly Y[], say: Say): string;
  /** The explorer's one measure: its column's key and its value as the table shows it. */
  explore: { key: string; value(year: Y): Quantity };
}

/** The scene, slides, table, explorer and notes of a year-bar chart, as `defineChart` takes them. */
export function yearBarChart<Y extends Year>(chart: YearBarChart<Y>) {
  const spec = (years: readonly Y[], { say }: SceneWords): YearBarsSpec => ({
    axis: { title: say('axis'), format: (value) => say('tick', { value }) },
    bars: years.map((y) => ({
      id: y.id,
      year: String(y.year),
      value: chart.value(y),
      text: say('value', chart.messageValues(y)),
      label: say('mark', chart.messageValues(y)),
      note: y.note || undefined,
      fill: chart.fill,
    })),
  });
  const chartWords = (years: readonly Y[], words: SceneWords, subtitle: string) => ({
    ...words,
    ...words.heading,
    subtitle,
    description: chart.describe(years, words.say),
  });
  return {
    scene: (years: readonly Y[], variant: 'wide' | 'narrow', words: SceneWords) =>
      yearBars(spec(years, words), spec(years, words).bars, variant, {
        ...chartWords(years, words, words.heading.subtitle),
      }),
    slides: (years: readonly Y[], words: SceneWords) =>
      yearBarSlides(
        spec(years, words),
        chartWords(years, words, words.heading.slideSubtitle),
        // One slide is the whole chart, whose title already names its years.
        (index, count, shown) =>
          count === 1
            ? words.heading.title
            : words.say('slide-years', {
                title: numbered(words.say, words.heading.title, index, count),
                from: shown[0]!.year,
                to: shown.at(-1)!.year,
              }),
      ),
    table: (years: readonly Y[], { say }: SceneWords): DataTable => ({
      caption: say('table-caption'),
      columns: chart.columns.map(({ key, numeric }) => ({ label: say(`col-${key}`), numeric })),
      rows: years.map((y) => ({
        id: y.id,
        cells: chart.columns.map(({ key }) => say(`cell-${key}`, chart.messageValues(y))),
      })),
    }),
    notes: (years: readonly Y[]) => notesOf(years, (y) => String(y.year)),
    explorer: (years: readonly Y[], { say }: SceneWords): ExplorerData => ({
      measures: [
        {
          key: chart.explore.key,
          label: say(`col-${chart.explore.key}`),
          unit: say('explore-unit'),
        },
      ],
      rows: years.map((y) => ({
        id: y.id,
        label: String(y.year),
        values: { [chart.explore.key]: chart.explore.value(y) },
      })),
    }),
  };
}
