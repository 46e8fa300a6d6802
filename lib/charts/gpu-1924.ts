import { checkedTotal, type StatedTotal } from '@/lib/charts/stated-total';
import type { Quantity } from '@/lib/data/quantity';
import type { GpuActionRecord, GpuDetailRecord, GpuTotalRecord, Unit } from '@/lib/data/records';
import {
  barTable,
  barTableRows,
  barTableScaled,
  type BarTable,
  type BarTableRow,
} from '@/lib/grammar/bar-table';
import { composeScene, stackParts, type Body } from '@/lib/grammar/compose';
import { numbered } from '@/lib/grammar/paging';
import { partsBar } from '@/lib/grammar/parts-bar';
import type { Scene } from '@/lib/grammar/scene';
import { sectionHeading } from '@/lib/grammar/rows';
import { rule } from '@/lib/grammar/shapes';
import { frame, palette, type Frame, type Variant } from '@/lib/grammar/theme';
import { formatCount } from '@/lib/locale/format';
import { dataText } from '@/lib/text/localized-package';
import type { Say } from '@/lib/text/messages';

import { cellOf, countHeadline, defineChart, type SceneWords } from './definition';
import type { DataTable } from './table';

/** The source's two columns; their names are the `measure` messages of the chart's text file. */
const MEASURES = ['arrested_or_checked', 'killed'] as const;

type MeasureKey = (typeof MEASURES)[number];

interface GpuRow {
  id: string;
  category: string;
  /** What the first column counts in this row; "killed" always counts persons. */
  unit: Unit;
  values: Record<MeasureKey, Quantity>;
  details: { figure: string; value: number; unit: Unit; note: string }[];
  note: string;
}

interface GpuSeries {
  rows: GpuRow[];
  totals: PrintedTotal[];
}

/** A printed total, checked: the chart names its column from its text file. */
type PrintedTotal = Omit<StatedTotal<MeasureKey>, 'label'>;

const cellId = (rowId: string, measure: MeasureKey) => `${rowId}-${measure.replace(/_/g, '-')}`;

function unitOf(row: GpuRow, measure: MeasureKey): Unit {
  return measure === 'killed' ? 'persons' : row.unit;
}

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

export function gpuSeries(
  actions: readonly GpuActionRecord[],
  details: readonly GpuDetailRecord[],
  totals: readonly GpuTotalRecord[],
): GpuSeries {
  const rows: GpuRow[] = actions.map((action) => ({
    id: action.id,
    category: action.category,
    unit: action.unit,
    values: { arrested_or_checked: action.arrested_or_checked, killed: action.killed },
    details: details
      .filter((d) => d.action_id === action.id)
      .map(({ figure, value, unit, note }) => ({ figure, value, unit, note })),
    note: action.note,
  }));

  const cells = (field: MeasureKey) =>
    rows.map((row) => ({ value: row.values[field], unit: unitOf(row, field) }));
  return { rows, totals: totals.map((total) => checkedTotal(total, cells(total.field))) };
}

const MEASURE_COLOUR: Record<MeasureKey, string> = {
  arrested_or_checked: palette.blue,
  killed: palette.vermillion,
};
const UNIT_COLOUR = {
  persons: palette.blue,
  organisations: palette.orange,
  letters: palette.sky,
} as Record<string, string>;

/** What a row's label adds under its name: the figures printed inside it, and its operations. */
function detailText(say: Say, row: GpuRow): string {
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

/** The largest figure of people, what the printed total is made of, and how many are unknown. */
function describeGpu({ rows, totals }: GpuSeries, say: Say): string {
  const arrested = totals.find((t) => t.measure === 'arrested_or_checked');
  const letters = arrested?.byUnit.find((u) => u.unit === 'letters');
  const people = rows.flatMap(({ unit, category, values: { arrested_or_checked: q } }) =>
    unit === 'persons' && q.status === 'known' ? [{ count: q.value, category }] : [],
  );
  const largest = people.reduce<(typeof people)[number] | null>(
    (a, b) => (a && a.count >= b.count ? a : b),
    null,
  );
  const unknowns = rows.flatMap((row) =>
    MEASURES.filter((m) => row.values[m].status === 'unknown'),
  );
  return [
    largest &&
      say('describe-largest', { count: largest.count, category: largest.category.toLowerCase() }),
    arrested &&
      letters &&
      say('describe-letters', {
        stated: arrested.stated,
        share: letters.sum / arrested.stated,
        letters: letters.sum,
      }),
    say('describe-unknowns', { count: unknowns.length }),
  ]
    .filter(Boolean)
    .join(' ');
}

/** The figures of people, on a scale per measure, under the columns' headings. */
function people(d: Drawing, top: number): Body {
  const { say, variant, table } = d;
  const shown = d.rows.filter((row) => row.unit === 'persons').map(d.asTableRow);
  const slide = variant === 'projector';
  // A slide has no subtitle to say that each column has its own scale, so its heading does; on
  // the projector the columns start at the margin, and the subtitle names the section.
  const headings = MEASURES.map((measure) =>
    say(slide && measure === 'killed' ? 'column-heading-own-scale' : 'column-heading', {
      measure: say('measure', { measure }),
    }),
  );
  return barTableScaled(
    table,
    shown,
    {
      headings,
      lead: slide ? undefined : say('heading-people'),
      onPhone: {
        heading: say('unit-name', { unit: 'persons' }),
        scales: ([arrested = 0, killed = 0]) => say('scales-note', { arrested, killed }),
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
        d.table,
        d.rows.filter((row) => row.unit !== 'persons').map(d.asTableRow),
        false,
        y,
      ),
  ]);

/** Each printed total, whether the figures add up to it, and what it is made of. */
function totals(d: Drawing, top: number): Body {
  const { f } = d;
  return stackParts(top, [
    () => ({ shapes: [rule(f, top + 8)], marks: [], bottom: top + 16 }),
    ...d.series.totals.map((total) => (y: number) => totalPart(d, total, y)),
  ]);
}

function totalPart({ f, say }: Drawing, total: PrintedTotal, top: number): Body {
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

/** The chart's three parts: figures of people, figures in other units, the printed totals. */
const PARTS = { people, others, totals };

/** What every part of the chart is drawn with, for one frame. */
interface Drawing {
  f: Frame;
  say: Say;
  variant: Variant;
  series: GpuSeries;
  rows: readonly GpuRow[];
  table: BarTable;
  /** A row of the source as a row of the table: its label, what it includes, and its cells. */
  asTableRow(row: GpuRow): BarTableRow;
}

function drawGpu(
  series: GpuSeries,
  variant: Variant,
  { say, source, credit }: { say: Say; source: string; credit?: string },
  { title, subtitle, parts }: { title: string; subtitle: string; parts: (keyof typeof PARTS)[] },
): Scene {
  const f = frame[variant];
  const asTableRow = (row: GpuRow): BarTableRow => ({
    label: row.category,
    detail: detailText(say, row),
    cells: MEASURES.map((measure) => ({
      id: cellId(row.id, measure),
      label: say('mark-cell', {
        category: row.category,
        measure: say('measure-in-sentence', { measure }),
        value: quantityText(say, row.values[measure], unitOf(row, measure)),
      }),
      note: row.note || undefined,
      value: row.values[measure],
      words: quantityText(say, row.values[measure], unitOf(row, measure)),
    })),
  });
  const table = barTable(
    variant,
    MEASURES.map((measure) => ({
      short: say('measure-short', { measure }),
      fill: MEASURE_COLOUR[measure],
    })),
    series.rows.filter((row) => row.unit === 'persons').map(asTableRow),
    {
      unknown: say('cell-unknown'),
      notPrinted: say('cell-not-printed'),
      format: (value) => formatCount(say, value),
    },
  );
  const d: Drawing = { f, say, variant, series, rows: series.rows, table, asTableRow };
  const words = { title, subtitle, description: describeGpu(series, say), source, credit };
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
 * people first, then what the other rows count, then what the printed totals add up (the slide
 * that carries the chart's takeaway).
 */
const SLIDES = [
  { titleKey: 'slide-people', part: 'people' },
  { titleKey: 'slide-others', part: 'others' },
  { titleKey: 'slide-totals', part: 'totals' },
] as const;

function gpuTable(series: GpuSeries, { say }: SceneWords): DataTable {
  const none = say('table-none');
  return {
    caption: say('table-caption'),
    columns: [
      { label: say('col-action') },
      ...MEASURES.map((measure) => ({ label: say('measure', { measure }), numeric: true })),
      { label: say('col-unit') },
      { label: say('col-details') },
    ],
    rows: [
      ...series.rows.map((row) => ({
        id: cellId(row.id, 'arrested_or_checked'),
        cells: [
          row.category,
          ...MEASURES.map((m) => quantityText(say, row.values[m])),
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
          ...MEASURES.map((m) => {
            const total = series.totals.find((t) => t.measure === m);
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
}

export const gpu1924Chart = defineChart({
  slug: 'gpu-1924',
  datasets: ['gpu-actions-1924', 'gpu-actions-1924-details', 'gpu-actions-1924-totals'],
  read: (pkg, say) =>
    gpuSeries(
      pkg.records['gpu-actions-1924'],
      // A detail's figure is a part of its key, which the package keeps as it is; it is shown.
      pkg.records['gpu-actions-1924-details'].map((d) => ({
        ...d,
        figure: dataText(say, d.figure),
      })),
      pkg.records['gpu-actions-1924-totals'],
    ),
  scene: (series, variant, { heading, say, source, credit }) =>
    drawGpu(
      series,
      variant,
      { say, source, credit },
      { title: heading.title, subtitle: heading.subtitle, parts: ['people', 'others', 'totals'] },
    ),
  slides: (series, { heading, say, source }) =>
    SLIDES.map(({ titleKey, part }, index) =>
      drawGpu(
        series,
        'projector',
        { say, source },
        {
          title: say(titleKey, { title: numbered(say, heading.title, index, SLIDES.length) }),
          subtitle: heading.slideSubtitle,
          parts: [part],
        },
      ),
    ),
  statedTotals: (series, { say }) =>
    series.totals.map(({ measure, ...total }) => ({
      measure,
      label: say('measure', { measure }),
      ...total,
    })),
  table: gpuTable,
  notes: (series) =>
    series.rows.flatMap((row) => {
      const text = [row.note, ...row.details.map((d) => d.note)].filter(Boolean).join(' ');
      return text
        ? [{ marks: MEASURES.map((m) => cellId(row.id, m)), heading: row.category, text }]
        : [];
    }),
  // The printed totals and the sums by unit are the source's own or worked out from its cells.
  figures: (pkg) =>
    pkg.records['gpu-actions-1924'].flatMap((r) =>
      MEASURES.map((m) => [cellId(r.id, m), cellOf('gpu-actions-1924', r, m)] as const),
    ),
  headline(series, { say }) {
    const letters = series.totals.flatMap((t) => t.byUnit).find((u) => u.unit === 'letters')!;
    return countHeadline(say, letters.sum, letters.unit, say('headline'));
  },
  explorer: (series, { say }) => ({
    measures: MEASURES.map((m) => ({
      key: m,
      label: say('measure', { measure: m }),
      unit: dataText(say, 'persons'),
    })),
    rows: series.rows
      .filter((row) => row.unit === 'persons')
      .map((row) => ({ id: row.id, label: row.category, values: row.values })),
  }),
});
