import type { Quantity } from '@/lib/data/quantity';
import type { ValueAxisWords } from '@/lib/grammar/figure-rows';
import { numbered } from '@/lib/grammar/paging';
import { yearBarSlides, yearBars, type YearBarsSpec } from '@/lib/grammar/year-bars';
import { dataText } from '@/lib/text/localized-package';
import type { MessageValues, Say } from '@/lib/text/messages';

import { notesOf, type SceneWords } from './definition';
import type { ExplorerData } from './explorer-data';
import { keyedTable } from './table';

/** A year of such a chart: its mark's id, the year, and the data's note on it. */
interface Year {
  id: string;
  year: number;
  note: string;
}

/**
 * A chart of one bar per year as a chart declares it; its words are its text file's messages:
 * `value` (printed after a bar), `mark` (a bar's accessible name), `axis` and `tick` (unless it
 * gives its own axis), `of-which-value` and `of-which-mark` (where a part is drawn inside each bar),
 * `table-caption`, `col-<key>` and `cell-<key>` for each column of its table, and `explore-unit`,
 * the unit of the explorer's measures (unless the data names it).
 */
interface YearBarChart<Y extends Year> {
  value(year: Y): number;
  fill: string;
  /** A part of the year's figure ("of which"), drawn inside its bar from the same start. */
  ofWhich?: { id(year: Y): string; value(year: Y): number; fill: string };
  /** Words on the year from elsewhere on the site, set small under it. */
  aside?(year: Y): string;
  /** Its value axis; by default the text file's `axis`, with each tick its `tick`. */
  axis?(say: Say): ValueAxisWords;
  /** The figures and words its messages (`value`, `mark`, `cell-<key>`, …) take, for a year. */
  messageValues(year: Y): MessageValues;
  columns: readonly { key: string; numeric?: boolean }[];
  describe(years: readonly Y[], say: Say): string;
  /**
   * The explorer's measures, each its key in the explorer's links, the table's column it shows
   * (by default the column of that key) and its value as the table shows it, and their unit as the
   * data package names it (by default the text file's `explore-unit`).
   */
  explore: {
    measures: readonly { key: string; column?: string; value(year: Y): Quantity }[];
    unit?: string;
  };
  /** The height each slide keeps to; by default the projector's (`SLIDE_HEIGHT`). */
  slideHeight?: number;
}

/** The scene, slides, table, explorer and notes of a year-bar chart, as `defineChart` takes them. */
export function yearBarChart<Y extends Year>(chart: YearBarChart<Y>) {
  const { ofWhich, aside } = chart;
  const spec = (years: readonly Y[], { say }: SceneWords): YearBarsSpec => ({
    axis: chart.axis?.(say) ?? {
      title: say('axis'),
      format: (value) => say('tick', { value }),
    },
    bars: years.map((y) => {
      const values = chart.messageValues(y);
      return {
        id: y.id,
        year: String(y.year),
        value: chart.value(y),
        text: say('value', values),
        label: say('mark', values),
        note: y.note || undefined,
        fill: chart.fill,
        aside: aside?.(y) || undefined,
        ...(ofWhich && {
          ofWhich: {
            id: ofWhich.id(y),
            value: ofWhich.value(y),
            text: say('of-which-value', values),
            label: say('of-which-mark', values),
            fill: ofWhich.fill,
          },
        }),
      };
    }),
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
        chart.slideHeight,
      ),
    table: (years: readonly Y[], { say }: SceneWords) =>
      keyedTable(
        say,
        chart.columns,
        years.map((y) => ({
          id: y.id,
          cells: chart.columns.map(({ key }) => say(`cell-${key}`, chart.messageValues(y))),
        })),
      ),
    notes: (years: readonly Y[]) => notesOf(years, (y) => String(y.year)),
    explorer: (years: readonly Y[], { say }: SceneWords): ExplorerData => {
      const { measures, unit } = chart.explore;
      return {
        measures: measures.map(({ key, column }) => ({
          key,
          label: say(`col-${column ?? key}`),
          unit: unit ? dataText(say, unit) : say('explore-unit'),
        })),
        rows: years.map((y) => ({
          id: y.id,
          label: String(y.year),
          values: Object.fromEntries(measures.map(({ key, value }) => [key, value(y)])),
        })),
      };
    },
  };
}
