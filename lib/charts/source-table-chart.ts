import type { Quantity } from '@/lib/data/quantity';
import type { ResourceName, Unit } from '@/lib/data/records';
import { barTable, barTableRows, barTableScaled, type BarTableRow } from '@/lib/grammar/bar-table';
import { composeScene, stackParts, type Body } from '@/lib/grammar/compose';
import { numbered } from '@/lib/grammar/paging';
import { partsBar } from '@/lib/grammar/parts-bar';
import { sectionHeading } from '@/lib/grammar/rows';
import type { Scene } from '@/lib/grammar/scene';
import { rule } from '@/lib/grammar/shapes';
import { frame, palette, type Frame, type Variant } from '@/lib/grammar/theme';
import { formatCount } from '@/lib/locale/format';
import { dataText } from '@/lib/text/localized-package';
import type { Say } from '@/lib/text/messages';

import { cellOf, type SceneWords } from './definition';
import { checkedTotal, type StatedTotal } from './stated-total';

/**
 * A row of a source's table: its category, what its cells count (persons, organisations,
 * letters: the unit of every column that has none of its own), a cell per column (a figure, a "?"
 * or nothing printed), the figures the source prints inside the row, and the data's note.
 */
export interface SourceRow<K extends string> {
  id: string;
  category: string;
  unit: Unit;
  values: Record<K, Quantity>;
  details: readonly { figure: string; value: number; unit: Unit; note: string }[];
  note: string;
}

/** A printed total, checked: the chart names its column from its text file. */
type PrintedTotal<K extends string> = Omit<StatedTotal<K>, 'label'>;

export interface SourceTable<K extends string> {
  rows: SourceRow<K>[];
  totals: PrintedTotal<K>[];
}

/** A column of the source's table; `unit`, where the column counts one thing in every row. */
interface SourceColumn<K extends string> {
  key: K;
  fill: string;
  unit?: Unit;
}

/** The colours of the parts of a printed total that adds up figures in several units. */
const UNIT_COLOUR: Partial<Record<Unit, string>> = {
  persons: palette.blue,
  organisations: palette.orange,
  letters: palette.sky,
};

/**
 * A table a source prints, with the totals it prints under its columns, as a chart declares it:
 * its dataset and its columns. It draws three parts, on the page one under the other and on three
 * slides: the rows that count people, each column of bars on a scale of its own; the rows counted
 * in other units, as figures in words, on no scale of people; and each printed total, checked
 * against the figures, split by what they count where it adds units. An unknown is a hatched box,
 * never a bar of zero. Its words are its text file's: `measure`, `measure-short` and
 * `measure-in-sentence` (of `measure`, a column's key), `unit-name` and `figure-counted` (of
 * `unit`), `figure-in-unit`, `figure-unknown`, `figure-not-printed`, `heading-people`,
 * `heading-other-units`, `column-heading`, `column-heading-own-scale`, `scales-note` (each column's
 * largest figure by its key), `cell-unknown`, `cell-not-printed`, `mark-cell`, `detail-part`,
 * `detail-parts-separator`, `detail-included`, `detail-operations`, `details-separator`,
 * `total-heading`, `total-key`, `total-part`, `slide-people`, `slide-others`, `slide-totals`,
 * `table-caption`, `table-detail`, `table-total`, `table-total-unit`, `table-none`,
 * `col-category`, `col-unit` and `col-details`, and the description `describe` writes.
 */
export function sourceTableChart<K extends string>(chart: {
  dataset: ResourceName;
  columns: readonly SourceColumn<K>[];
  describe(table: SourceTable<K>, say: Say): string;
}) {
  const { columns } = chart;
  const keys = columns.map((c) => c.key);
  const cellId = (rowId: string, key: K) => `${rowId}-${key.replace(/_/g, '-')}`;
  const unitOf = (row: SourceRow<K>, key: K): Unit =>
    columns.find((c) => c.key === key)?.unit ?? row.unit;

  /**
   * A figure in words: its number (counted in its unit, if given: "15,501 organisations", in the
   * reader's language and plural), or what the source prints instead.
   */
  function quantityText(say: Say, quantity: Quantity, unit?: Unit): string {
    if (quantity.status === 'unknown') return say('figure-unknown');
    if (quantity.status === 'not-given') return say('figure-not-printed');
    return unit
      ? say('figure-counted', { count: quantity.value, unit })
      : formatCount(say, quantity.value);
  }

  /** What a row's label adds under its name: the figures printed inside it, and its operations. */
  function detailText(say: Say, row: SourceRow<K>): string {
    const parts = row.details
      .filter((d) => d.unit !== 'operations')
      .map((d) => say('detail-part', { count: d.value, figure: d.figure }));
    const operations = row.details
      .filter((d) => d.unit === 'operations')
      .map((d) => say('detail-operations', { count: d.value }));
    const included = parts.join(say('detail-parts-separator'));
    return [parts.length > 0 ? say('detail-included', { parts: included }) : '', ...operations]
      .filter(Boolean)
      .join(say('details-separator'));
  }

  /** What every part of the chart is drawn with, for one frame. */
  interface Drawing {
    f: Frame;
    say: Say;
    variant: Variant;
    table: SourceTable<K>;
    bars: ReturnType<typeof barTable>;
    /** A row of the source as a row of the drawing: its label, what it includes, and its cells. */
    asBarRow(row: SourceRow<K>): BarTableRow;
  }

  /** The figures of people, on a scale per column, under the columns' headings. */
  function people(d: Drawing, top: number): Body {
    const { say, variant, bars } = d;
    const shown = d.table.rows.filter((row) => row.unit === 'persons').map(d.asBarRow);
    const slide = variant === 'projector';
    // A slide has no subtitle to say that each column has its own scale, so its headings do; on
    // the projector the columns start at the margin, and the subtitle names the section.
    const headings = keys.map((measure, i) =>
      say(slide && i > 0 ? 'column-heading-own-scale' : 'column-heading', {
        measure: say('measure', { measure }),
      }),
    );
    return barTableScaled(
      bars,
      shown,
      {
        headings,
        lead: slide ? undefined : say('heading-people'),
        onPhone: {
          heading: say('unit-name', { unit: 'persons' }),
          scales: (largest) =>
            say('scales-note', Object.fromEntries(keys.map((key, i) => [key, largest[i] ?? 0]))),
        },
      },
      top,
    );
  }

  /** The rows counted in other units, as numbers in words: not people, so on no scale of people. */
  const others = (d: Drawing, top: number): Body =>
    stackParts(top, [
      (y) => sectionHeading(d.f, d.say('heading-other-units'), y),
      (y) =>
        barTableRows(
          d.bars,
          d.table.rows.filter((row) => row.unit !== 'persons').map(d.asBarRow),
          false,
          y,
        ),
    ]);

  /** Each printed total, whether the figures add up to it, and what it is made of. */
  const totals = (d: Drawing, top: number): Body =>
    stackParts(top, [
      () => ({ shapes: [rule(d.f, top + 8)], marks: [], bottom: top + 16 }),
      ...d.table.totals.map((total) => (y: number) => totalPart(d, total, y)),
    ]);

  function totalPart({ f, say }: Drawing, total: PrintedTotal<K>, top: number): Body {
    const printed = {
      measure: say('measure-in-sentence', { measure: total.measure }),
      stated: total.stated,
      unit: dataText(say, total.unitAsPrinted),
    };
    const verdict = {
      agrees: total.agrees ? 'yes' : 'no',
      unknown: total.unknownCells,
      empty: total.emptyCells,
      sum: total.sumOfKnown,
      discrepancy: total.knownDiscrepancy,
    };
    const title = sectionHeading(f, say('total-heading', { ...printed, ...verdict }), top);
    if (total.byUnit.length < 2) return title;
    // What the total is made of, unit by unit: one bar in parts, with a key under it.
    const parts = partsBar(
      f,
      total.byUnit.map((part) => {
        const share = part.sum / total.sumOfKnown;
        const name = say('unit-name', { unit: part.unit });
        return {
          id: `total-${total.measure.replace(/_/g, '-')}-${part.unit}`,
          label: say('total-part', {
            ...printed,
            sum: part.sum,
            part: part.unit,
            share,
            without: total.sumOfKnown - part.sum,
          }),
          value: part.sum,
          fill: UNIT_COLOUR[part.unit] ?? palette.purple,
          key: say('total-key', { name, sum: part.sum, share }),
        };
      }),
      title.bottom + 2,
    );
    return { ...parts, shapes: title.shapes };
  }

  const PARTS = { people, others, totals };

  function draw(
    table: SourceTable<K>,
    variant: Variant,
    { say, source, credit }: { say: Say; source: string; credit?: string },
    { title, subtitle, parts }: { title: string; subtitle: string; parts: (keyof typeof PARTS)[] },
  ): Scene {
    const f = frame[variant];
    const asBarRow = (row: SourceRow<K>): BarTableRow => ({
      label: row.category,
      detail: detailText(say, row),
      cells: keys.map((key) => ({
        id: cellId(row.id, key),
        label: say('mark-cell', {
          category: row.category,
          measure: say('measure-in-sentence', { measure: key }),
          value: quantityText(say, row.values[key], unitOf(row, key)),
        }),
        note: row.note || undefined,
        value: row.values[key],
        words: quantityText(say, row.values[key], unitOf(row, key)),
      })),
    });
    const bars = barTable(
      variant,
      columns.map(({ key, fill }) => ({ short: say('measure-short', { measure: key }), fill })),
      table.rows.filter((row) => row.unit === 'persons').map(asBarRow),
      {
        unknown: say('cell-unknown'),
        notPrinted: say('cell-not-printed'),
        format: (value) => formatCount(say, value),
      },
    );
    const d: Drawing = { f, say, variant, table, bars, asBarRow };
    const words = { title, subtitle, description: chart.describe(table, say), source, credit };
    return composeScene(f, words, (top) => {
      const body = stackParts(
        top + 6,
        parts.map((part) => (y: number) => PARTS[part](d, y)),
      );
      return { ...body, bottom: body.bottom + 6 };
    });
  }

  /**
   * The chart on three slides, since its labels at projector size take more than one screen: the
   * people first, then what the other rows count, then what the printed totals add up.
   */
  const SLIDES = [
    { titleKey: 'slide-people', part: 'people' },
    { titleKey: 'slide-others', part: 'others' },
    { titleKey: 'slide-totals', part: 'totals' },
  ] as const;

  /** Each column's cells, with the unit each counts, for the total printed under it. */
  const cellsOf = (rows: readonly SourceRow<K>[], key: K) =>
    rows.map((row) => ({ value: row.values[key], unit: unitOf(row, key) }));

  return {
    /** The source's table: its rows, and the totals it prints, each checked against its column. */
    tableOf: (
      rows: SourceRow<K>[],
      printed: readonly Parameters<typeof checkedTotal<K>>[0][],
    ): SourceTable<K> => ({
      rows,
      totals: printed.map((total) => checkedTotal(total, cellsOf(rows, total.field))),
    }),
    /** Where each cell's figure is in the dataset, by its mark's id. */
    figures: (records: readonly (Record<K, unknown> & { id: string })[]) =>
      records.flatMap((r) =>
        keys.map((key) => [cellId(r.id, key), cellOf(chart.dataset, r, key)] as const),
      ),
    parts: {
      scene: (
        table: SourceTable<K>,
        variant: Variant,
        { heading, say, source, credit }: SceneWords,
      ) =>
        draw(
          table,
          variant,
          { say, source, credit },
          {
            title: heading.title,
            subtitle: heading.subtitle,
            parts: ['people', 'others', 'totals'],
          },
        ),
      slides: (table: SourceTable<K>, { heading, say, source }: SceneWords) =>
        SLIDES.map(({ titleKey, part }, index) =>
          draw(
            table,
            'projector',
            { say, source },
            {
              title: say(titleKey, { title: numbered(say, heading.title, index, SLIDES.length) }),
              subtitle: heading.slideSubtitle,
              parts: [part],
            },
          ),
        ),
      statedTotals: (table: SourceTable<K>, { say }: SceneWords) =>
        table.totals.map(({ measure, ...total }) => ({
          measure,
          label: say('measure', { measure }),
          ...total,
        })),
      table: (table: SourceTable<K>, { say }: SceneWords) => {
        const none = say('table-none');
        return {
          caption: say('table-caption'),
          columns: [
            { label: say('col-category') },
            ...keys.map((measure) => ({ label: say('measure', { measure }), numeric: true })),
            { label: say('col-unit') },
            { label: say('col-details') },
          ],
          rows: [
            ...table.rows.map((row) => ({
              id: cellId(row.id, keys[0]!),
              cells: [
                row.category,
                ...keys.map((key) => quantityText(say, row.values[key])),
                dataText(say, row.unit),
                row.details
                  .map((d) =>
                    say('table-detail', {
                      count: d.value,
                      unit: dataText(say, d.unit),
                      figure: d.figure,
                    }),
                  )
                  .join(say('details-separator')) || none,
              ],
            })),
            {
              id: 'total-printed',
              cells: [
                say('table-total'),
                ...keys.map((key) => {
                  const total = table.totals.find((t) => t.measure === key);
                  return total
                    ? say('figure-in-unit', {
                        count: total.stated,
                        unit: dataText(say, total.unitAsPrinted),
                      })
                    : none;
                }),
                say('table-total-unit'),
                none,
              ],
            },
          ],
        };
      },
      notes: (table: SourceTable<K>) =>
        table.rows.flatMap((row) => {
          const text = [row.note, ...row.details.map((d) => d.note)].filter(Boolean).join(' ');
          return text
            ? [{ marks: keys.map((key) => cellId(row.id, key)), heading: row.category, text }]
            : [];
        }),
      // The rows of people, each column a measure in persons.
      explorer: (table: SourceTable<K>, { say }: SceneWords) => ({
        measures: keys.map((key) => ({
          key,
          label: say('measure', { measure: key }),
          unit: dataText(say, 'persons'),
        })),
        rows: table.rows
          .filter((row) => row.unit === 'persons')
          .map((row) => ({ id: row.id, label: row.category, values: row.values })),
      }),
    },
  };
}
