import { known, type Quantity } from '@/lib/data/quantity';
import type { ResourceName } from '@/lib/data/records';
import { composeScene, subtitleOn } from '@/lib/grammar/compose';
import { yearPanels, type PanelRow } from '@/lib/grammar/panels';
import type { Scene } from '@/lib/grammar/scene';
import { frame, type Variant } from '@/lib/grammar/theme';
import { dataText } from '@/lib/text/localized-package';
import type { Say } from '@/lib/text/messages';

import { personsAxis } from './axes';
import { cellOf, notesOf, type SceneWords } from './definition';
import { keyedTable } from './table';

/** A year of such a chart: a row of its dataset, with its year and the data's note on it. */
interface Year {
  year: number;
  note: string;
}

/**
 * A measure of each year: a mark `<key>-<year>` in its panel and lane (parts of one lane are drawn
 * end to end), its figure from the dataset's column `field` (a number, or a "?" the data keeps).
 * Its words are the text file's `mark-<key>` (its accessible name, given `year` and `count`),
 * `figure-<key>` (printed after the row's bars), `col-<key>` and `explorer-<key>`; `emphasised`
 * sets its figure bold in its colour, to say which bar it goes with.
 */
interface PanelMeasure<Y extends Year> {
  key: string;
  field: keyof Y & string;
  fill: string;
  panel: number;
  lane: number;
  emphasised?: boolean;
}

/**
 * A chart of yearly panels as a chart declares it: its dataset, its measures, and its panels, each
 * headed by a message of the text file (on a phone, where the panels stand one under the other,
 * `narrowHeading` if given) and taking its `weight`'s share of the width side by side. Its other
 * words are `table-caption`, `col-year`, `cell-figure` (a figure given `count`, or "none") and
 * the description `describe` writes.
 */
interface YearPanelsChart<Y extends Year> {
  dataset: ResourceName;
  measures: readonly PanelMeasure<Y>[];
  panels: readonly { heading: string; narrowHeading?: string; weight: number }[];
  describe(years: readonly Y[], say: Say): string;
}

/** A figure for a message: its value, or "none", which the message says in words, never as 0. */
export const countOf = (q: Quantity) => (q.status === 'known' ? q.value : 'none');
const camelCase = (key: string) => key.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * A year-panels chart: its scene, slides, table, notes and explorer (`parts`, as `defineChart`
 * takes them), where each mark's figure is in the data (`figures`), and each mark's id (`idOf`).
 * The year's note goes with its first measure, whose mark is also its row's id.
 */
export function yearPanelsChart<Y extends Year>(chart: YearPanelsChart<Y>) {
  const { dataset, measures } = chart;
  const idOf = (key: string, year: number) => `${key}-${year}`;
  const rowId = (y: Y) => idOf(measures[0]!.key, y.year);
  const quantityOf = (y: Y, { field }: PanelMeasure<Y>): Quantity => {
    const value = y[field] as number | Quantity;
    return typeof value === 'number' ? known(value) : value;
  };
  function scene(years: readonly Y[], variant: Variant, words: SceneWords): Scene {
    const { heading, say } = words;
    const stacked = variant === 'narrow';
    const row = (y: Y, panel: number): PanelRow => ({
      year: y.year,
      lanes: [...new Set(measures.map((m) => m.lane))].sort().flatMap((lane) => {
        const parts = measures
          .filter((m) => m.panel === panel && m.lane === lane)
          .map((m) => {
            const value = quantityOf(y, m);
            const count = countOf(value);
            return {
              id: idOf(m.key, y.year),
              label: say(`mark-${m.key}`, { year: String(y.year), count }),
              note: (m === measures[0] && y.note) || undefined,
              value,
              fill: m.fill,
              figure: say(`figure-${m.key}`, { count }),
              emphasised: m.emphasised === true,
            };
          });
        return parts.length > 0 ? [parts] : [];
      }),
    });
    const f = frame[variant];
    const chartWords = {
      ...words,
      title: heading.title,
      subtitle: subtitleOn(heading, variant),
      description: chart.describe(years, say),
    };
    return composeScene(f, chartWords, (top) =>
      yearPanels(f, top + 6, {
        panels: chart.panels.map((panel, index) => ({
          heading: say((stacked && panel.narrowHeading) || panel.heading),
          rows: years.map((y) => row(y, index)),
          weight: panel.weight,
        })),
        stacked,
        axis: personsAxis(say),
      }),
    );
  }
  const parts = {
    scene,
    slides: (years: readonly Y[], words: SceneWords) => [scene(years, 'projector', words)],
    table: (years: readonly Y[], { say }: SceneWords) =>
      keyedTable(
        say,
        ['year', ...measures.map(({ key }) => ({ key, numeric: true }))],
        years.map((y) => ({
          id: rowId(y),
          cells: [
            String(y.year),
            ...measures.map((m) => say('cell-figure', { count: countOf(quantityOf(y, m)) })),
          ],
        })),
      ),
    notes: (years: readonly Y[]) =>
      notesOf(
        years.map((y) => ({ id: rowId(y), note: y.note, year: y.year })),
        (y) => String(y.year),
      ),
    // Each measure keyed in the explorer's links in camel case: campDeaths, not camp-deaths.
    explorer: (years: readonly Y[], { say }: SceneWords) => ({
      measures: measures.map((m) => ({
        key: camelCase(m.key),
        label: say(`explorer-${m.key}`),
        unit: dataText(say, 'persons'),
      })),
      rows: years.map((y) => ({
        id: rowId(y),
        label: String(y.year),
        values: Object.fromEntries(measures.map((m) => [camelCase(m.key), quantityOf(y, m)])),
      })),
    }),
  };
  const figures = (records: readonly Y[]) =>
    records.flatMap((y) =>
      measures.map((m) => [idOf(m.key, y.year), cellOf(dataset, y, m.field)] as const),
    );
  return { parts, figures, idOf };
}
