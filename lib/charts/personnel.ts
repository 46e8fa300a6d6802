import { notGiven, type Quantity } from '@/lib/data/quantity';
import type { PersonnelRecord } from '@/lib/data/records';
import { subtitleOn } from '@/lib/grammar/compose';
import { dumbbells, type DumbbellRow } from '@/lib/grammar/dumbbells';
import type { Scene } from '@/lib/grammar/scene';
import { palette, type Variant } from '@/lib/grammar/theme';
import { formatChange, formatCount, formatQuantity } from '@/lib/locale/format';
import { dataText } from '@/lib/text/localized-package';
import type { Say } from '@/lib/text/messages';

import { personsAxis } from './axes';
import { cellOf, countHeadline, defineChart, type SceneWords } from './definition';

const DATASET = 'cheka-personnel';
const FROM_YEAR = 1921;
const TO_YEAR = 1925;
/** The two years as messages take them: strings, which a locale does not write as "1,921". */
const YEARS = { fromYear: String(FROM_YEAR), toYear: String(TO_YEAR) };
/** 1921 hollow in blue, 1925 filled in vermillion: the years differ by shape as well as colour. */
const KEYS = [
  { name: YEARS.fromYear, fill: palette.paper, stroke: palette.blue },
  { name: YEARS.toYear, fill: palette.vermillion, stroke: palette.vermillion },
];

interface Point {
  id: string;
  year: number;
  count: Quantity;
  note: string;
}

interface Row {
  /** The category as the reader's language names it. */
  label: string;
  /** Null when the source prints no figure for that year at all (not even "?"). */
  from: Point | null;
  to: Point | null;
  /** The change from 1921 to 1925 as a ratio, when both figures are known and comparable. */
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
 * Each category's 1921 and 1925 figures, in the order the source prints them; `name` gives a
 * category in the reader's language.
 */
export function personnelRows(
  records: readonly PersonnelRecord[],
  name: (category: string) => string,
): Row[] {
  return [...new Set(records.map((r) => r.category))].map((category) => {
    const recordOf = (year: number) =>
      records.find((r) => r.category === category && r.year === year);
    const point = (year: number): Point | null => {
      const record = recordOf(year);
      return record
        ? { id: markId(category, year), year, count: record.count, note: record.note }
        : null;
    };
    const [from, to] = [point(FROM_YEAR), point(TO_YEAR)];
    const known = from?.count.status === 'known' && to?.count.status === 'known';
    const [a, b] = [from?.count, to?.count].map((q) => (q?.status === 'known' ? q.value : 0));
    const comparable = recordOf(TO_YEAR)?.comparable === 'yes';
    return {
      label: name(category),
      from,
      to,
      change: known && comparable && a! > 0 ? b! / a! - 1 : null,
      notComparable: known && a! > 0 && !comparable,
    };
  });
}

/** The main finding in words, built from the figures so it cannot disagree with them. */
function describe(rows: readonly Row[], say: Say): string {
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

/**
 * A category's two figures; one printed for one year has one dot and says so, and no value is
 * invented for the other year. The change in per cent ends the row where the data allows one.
 */
const dumbbellRow = (say: Say, row: Row): DumbbellRow => ({
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
      key: year === FROM_YEAR ? 0 : 1,
      label:
        row.notComparable && year === TO_YEAR
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

/** A dumbbell per category: a hollow dot for 1921, a filled dot for 1925 on one scale of persons. */
function personnelScene(rows: readonly Row[], variant: Variant, words: SceneWords): Scene {
  const { heading, say } = words;
  return dumbbells(
    { keys: KEYS, rows: rows.map((row) => dumbbellRow(say, row)), axis: personsAxis(say) },
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
const rowId = (row: Row) => (row.to ?? row.from)!.id;

export const personnelChart = defineChart({
  slug: 'personnel',
  datasets: [DATASET],
  read: (pkg, say) => personnelRows(pkg.records[DATASET], (category) => dataText(say, category)),
  scene: personnelScene,
  slides: (rows, words) => [personnelScene(rows, 'projector', words)],
  table: (rows, { say }) => ({
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
  notes: (rows) =>
    rows.flatMap((row) =>
      [row.from, row.to].flatMap((p) =>
        p?.note ? [{ marks: [p.id], heading: `${row.label}, ${p.year}`, text: p.note }] : [],
      ),
    ),
  figures: (pkg) =>
    pkg.records[DATASET].map(
      (r) => [markId(r.category, r.year), cellOf(DATASET, r, 'count')] as const,
    ),
  headline(rows, { say }) {
    const row = rows.find((r) => r.change !== null) ?? rows.find((r) => r.to)!;
    const to = row.to!.count;
    const label = say('headline', { category: row.label.toLowerCase(), year: YEARS.toYear });
    return to.status === 'known'
      ? countHeadline(say, to.value, 'persons', label)
      : { figure: say('headline-unknown'), unit: '', label };
  },
  explorer: (rows, { say }) => ({
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
});
