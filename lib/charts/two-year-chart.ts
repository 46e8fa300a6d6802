import { notGiven, type Quantity } from '@/lib/data/quantity';
import type { ResourceName } from '@/lib/data/records';
import { subtitleOn } from '@/lib/grammar/compose';
import { dumbbells, type DumbbellRow } from '@/lib/grammar/dumbbells';
import type { Scene } from '@/lib/grammar/scene';
import { palette, type Variant } from '@/lib/grammar/theme';
import { formatChange, formatCount, formatQuantity } from '@/lib/locale/format';
import { dataText } from '@/lib/text/localized-package';
import type { Say } from '@/lib/text/messages';

import { personsAxis } from './axes';
import { cellOf, type SceneWords } from './definition';

/**
 * A row of a dataset that compares two years: a category's count in a year (a figure or a "?"),
 * whether the later year's figure counts the same group as the earlier (`comparable`), and a note.
 */
interface TwoYearRecord {
  category: string;
  year: number;
  count: Quantity;
  comparable: '' | 'yes' | 'no';
  note: string;
}

interface Point {
  id: string;
  year: number;
  count: Quantity;
  note: string;
}

export interface TwoYearRow {
  /** The category as the reader's language names it. */
  label: string;
  /** Null when the source prints no figure for that year at all (not even "?"). */
  from: Point | null;
  to: Point | null;
  /** The change between the years as a ratio, when both figures are known and comparable. */
  change: number | null;
  /** Both figures are known, but the data says the later one may count another group. */
  notComparable: boolean;
}

const markId = (category: string, year: number) =>
  `${category
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${year}`;

/**
 * Each category's figures for the two years, in the order the source prints them; `name` gives a
 * category in the reader's language.
 */
export function twoYearRows(
  records: readonly TwoYearRecord[],
  [fromYear, toYear]: readonly [number, number],
  name: (category: string) => string,
): TwoYearRow[] {
  return [...new Set(records.map((r) => r.category))].map((category) => {
    const recordOf = (year: number) =>
      records.find((r) => r.category === category && r.year === year);
    const point = (year: number): Point | null => {
      const record = recordOf(year);
      return record
        ? { id: markId(category, year), year, count: record.count, note: record.note }
        : null;
    };
    const [from, to] = [point(fromYear), point(toYear)];
    const known = from?.count.status === 'known' && to?.count.status === 'known';
    const [a, b] = [from?.count, to?.count].map((q) => (q?.status === 'known' ? q.value : 0));
    const comparable = recordOf(toYear)?.comparable === 'yes';
    return {
      label: name(category),
      from,
      to,
      change: known && comparable && a! > 0 ? b! / a! - 1 : null,
      notComparable: known && a! > 0 && !comparable,
    };
  });
}

/**
 * A chart of categories compared between two years, a dumbbell each on one scale of persons: the
 * earlier year a hollow dot in blue, the later filled in vermillion, so the years differ by shape
 * as well as colour. A category printed for one year has one dot and says so, and no value is
 * invented for the other; the change in per cent ends a row where the data allows one. Its words
 * are its text file's: `describe` (with `parts`, each category's `describe-change`,
 * `describe-not-comparable`, `describe-later-only` or `describe-unknown`, joined by
 * `describe-separator`), `mark-point`, `mark-point-caveat`, `not-comparable`, `point-unknown`,
 * `change-not-comparable`, `later-only`, `table-caption`, `col-category`, `col-change`,
 * `cell-no-figure`, `cell-not-comparable` and `cell-no-change`; each takes the years as `fromYear`
 * and `toYear`.
 */
export function twoYearChart<R extends TwoYearRecord>(chart: {
  dataset: ResourceName;
  years: readonly [number, number];
}) {
  const [fromYear, toYear] = chart.years;
  /** The two years as messages take them: strings, which a locale does not write as "1,921". */
  const YEARS = { fromYear: String(fromYear), toYear: String(toYear) };
  const keys = [
    { name: YEARS.fromYear, fill: palette.paper, stroke: palette.blue },
    { name: YEARS.toYear, fill: palette.vermillion, stroke: palette.vermillion },
  ];

  /** The main finding in words, built from the figures so it cannot disagree with them. */
  function describe(rows: readonly TwoYearRow[], say: Say): string {
    const parts = rows.map((row) => {
      const [from, to] = [row.from?.count, row.to?.count];
      const name = row.label.toLowerCase();
      if (from?.status === 'known' && to?.status === 'known' && row.change !== null)
        return say('describe-change', {
          name,
          direction: row.change < 0 ? 'fell' : 'rose',
          from: from.value,
          to: to.value,
          change: formatChange(say, row.change),
        });
      if (row.notComparable && from?.status === 'known' && to?.status === 'known')
        return say('describe-not-comparable', {
          ...{ name, from: from.value, to: to.value, ...YEARS },
          caveat: say('not-comparable'),
        });
      if (row.from === null && to?.status === 'known')
        return say('describe-later-only', { name, to: to.value, ...YEARS });
      return say('describe-unknown', { name });
    });
    return say('describe', { ...YEARS, parts: parts.join(say('describe-separator')) });
  }

  const dumbbellRow = (say: Say, row: TwoYearRow): DumbbellRow => ({
    label: row.label,
    points: [row.from, row.to].flatMap((point) => {
      if (!point) return [];
      const { id, year, count, note } = point;
      const label = say('mark-point', {
        category: row.label,
        year: String(year),
        count: count.status === 'known' ? count.value : 'unknown',
      });
      return {
        id,
        note,
        value: count,
        key: year === fromYear ? 0 : 1,
        label:
          row.notComparable && year === toYear
            ? say('mark-point-caveat', { label, caveat: say('not-comparable') })
            : label,
        text:
          count.status === 'known'
            ? formatCount(say, count.value)
            : say('point-unknown', { year: String(year) }),
      };
    }),
    // The data says the two years may count different groups: a percentage would mislead.
    end:
      row.change !== null
        ? { text: formatChange(say, row.change) }
        : row.notComparable
          ? { text: say('change-not-comparable'), aside: true }
          : undefined,
    after: row.from === null && row.to !== null ? say('later-only', YEARS) : undefined,
  });

  function scene(rows: readonly TwoYearRow[], variant: Variant, words: SceneWords): Scene {
    const { heading, say } = words;
    return dumbbells(
      { keys, rows: rows.map((row) => dumbbellRow(say, row)), axis: personsAxis(say) },
      variant,
      {
        ...words,
        title: heading.title,
        subtitle: subtitleOn(heading, variant),
        description: describe(rows, say),
      },
    );
  }

  /** A row's id: its later mark's, or its earlier where it has only that. */
  const rowId = (row: TwoYearRow) => (row.to ?? row.from)!.id;

  return {
    /** The rows of the package's records, their categories in the reader's language. */
    rows: (records: readonly R[], say: Say) =>
      twoYearRows(records, chart.years, (category) => dataText(say, category)),
    scene,
    slides: (rows: readonly TwoYearRow[], words: SceneWords) => [scene(rows, 'projector', words)],
    table: (rows: readonly TwoYearRow[], { say }: SceneWords) => ({
      caption: say('table-caption', YEARS),
      columns: [
        { label: say('col-category') },
        { label: YEARS.fromYear, numeric: true },
        { label: YEARS.toYear, numeric: true },
        { label: say('col-change'), numeric: true },
      ],
      rows: rows.map((row) => ({
        id: rowId(row),
        cells: [
          row.label,
          ...[row.from, row.to].map((p) =>
            p ? formatQuantity(say, p.count) : say('cell-no-figure'),
          ),
          row.change !== null
            ? formatChange(say, row.change)
            : say(row.notComparable ? 'cell-not-comparable' : 'cell-no-change'),
        ],
      })),
    }),
    notes: (rows: readonly TwoYearRow[]) =>
      rows.flatMap((row) =>
        [row.from, row.to].flatMap((p) =>
          p?.note ? [{ marks: [p.id], heading: `${row.label}, ${p.year}`, text: p.note }] : [],
        ),
      ),
    figures: (records: readonly R[]) =>
      records.map((r) => [markId(r.category, r.year), cellOf(chart.dataset, r, 'count')] as const),
    explorer: (rows: readonly TwoYearRow[], { say }: SceneWords) => ({
      measures: [YEARS.fromYear, YEARS.toYear].map((year) => ({
        key: year,
        label: year,
        unit: dataText(say, 'persons'),
      })),
      rows: rows.map((row) => ({
        id: rowId(row),
        label: row.label,
        values: {
          [YEARS.fromYear]: row.from?.count ?? notGiven,
          [YEARS.toYear]: row.to?.count ?? notGiven,
        },
      })),
    }),
  };
}
