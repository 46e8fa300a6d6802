import {
  barTable,
  barTableRows,
  barTableScaled,
  type BarTable,
  type BarTableRow,
} from '@/lib/grammar/bar-table';
import { acrossFrame, textBlock } from '@/lib/grammar/chrome';
import { composeScene, stackParts, type Body } from '@/lib/grammar/compose';
import { numbered } from '@/lib/grammar/paging';
import { partsBar } from '@/lib/grammar/parts-bar';
import type { Scene } from '@/lib/grammar/scene';
import { aside, bold, rule } from '@/lib/grammar/shapes';
import { frame, palette, type Frame, type PageVariant, type Variant } from '@/lib/grammar/theme';
import { formatCount } from '@/lib/locale/format';
import { dataText } from '@/lib/text/localized-package';
import type { Say } from '@/lib/text/messages';

import type { SceneWords } from '../definition';
import {
  MEASURES,
  cellId,
  quantityText,
  unitOf,
  type GpuRow,
  type GpuSeries,
  type MeasureKey,
  type PrintedTotal,
} from './series';

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

function describeGpu(series: GpuSeries, say: Say): string {
  const arrested = series.totals.find((t) => t.measure === 'arrested_or_checked');
  const letters = arrested?.byUnit.find((u) => u.unit === 'letters');
  const unknowns = series.rows.flatMap((row) =>
    MEASURES.filter((m) => row.values[m].status === 'unknown'),
  ).length;
  const people = series.rows.filter((row) => row.unit === 'persons');
  const largest = people.reduce<GpuRow | null>((best, row) => {
    const v = row.values.arrested_or_checked;
    const b = best?.values.arrested_or_checked;
    return v.status === 'known' && (b?.status !== 'known' || v.value > b.value) ? row : best;
  }, null);
  const largestValue = largest?.values.arrested_or_checked;
  return [
    largest && largestValue?.status === 'known'
      ? say('describe-largest', {
          count: largestValue.value,
          category: largest.category.toLowerCase(),
        })
      : '',
    arrested && letters
      ? say('describe-letters', {
          stated: arrested.stated,
          share: letters.sum / arrested.stated,
          letters: letters.sum,
        })
      : '',
    say('describe-unknowns', { count: unknowns }),
  ]
    .filter(Boolean)
    .join(' ');
}

/** A bold line across the chart that names what follows it. */
function heading(f: Frame, words: string, top: number): Body {
  const block = textBlock(words, { ...acrossFrame(f), top, size: f.text, ...bold });
  return { shapes: block.shapes, marks: [], bottom: block.bottom + 4 };
}

/** The figures of people, on a scale per measure, under the columns' headings. */
function people(d: Drawing, top: number): Body {
  const { f, say, variant, table } = d;
  const shown = d.rows.filter((row) => row.unit === 'persons').map(d.asTableRow);
  if (variant === 'narrow') {
    // One column holds both measures here, so the two scales are stated rather than drawn.
    const [arrested = 0, killed = 0] = table.scales.map((scale) => scale.domain()[1] ?? 0);
    const note = say('scales-note', { arrested, killed });
    return stackParts(top, [
      (y) => heading(f, say('unit-name', { unit: 'persons' }), y),
      (y) => barTableRows(table, shown, true, y),
      (y) => {
        const block = textBlock(note, { ...acrossFrame(f), top: y - 6, size: f.small, ...aside });
        return { shapes: block.shapes, marks: [], bottom: block.bottom + 10 };
      },
    ]);
  }
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
    { headings, lead: slide ? undefined : say('heading-people') },
    top,
  );
}

/** The rows counted in other units, as numbers in words: not people, so on no scale of people. */
const others = (d: Drawing, top: number): Body =>
  stackParts(top, [
    (y) => heading(d.f, d.say('heading-other-units'), y),
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
  const title = heading(f, say('total-heading', { ...printed, ...verdict }), top);
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

/** The whole chart, as a page shows it. */
export function gpuScene(
  series: GpuSeries,
  variant: PageVariant,
  { heading, say, source, credit }: SceneWords,
): Scene {
  return drawGpu(
    series,
    variant,
    { say, source, credit },
    {
      title: heading.title,
      subtitle: heading.subtitle,
      parts: ['people', 'others', 'totals'],
    },
  );
}

/**
 * The chart on three slides, since its labels at projector size take more than one screen: the
 * people first, then what the other rows count, then what the printed totals add up (the slide
 * that carries the chart's takeaway).
 */
export function gpuSlides(series: GpuSeries, { heading, say, source }: SceneWords): Scene[] {
  const slides: { titleKey: string; parts: (keyof typeof PARTS)[] }[] = [
    { titleKey: 'slide-people', parts: ['people'] },
    { titleKey: 'slide-others', parts: ['others'] },
    { titleKey: 'slide-totals', parts: ['totals'] },
  ];
  return slides.map((slide, index) =>
    drawGpu(
      series,
      'projector',
      { say, source },
      {
        title: say(slide.titleKey, { title: numbered(say, heading.title, index, slides.length) }),
        subtitle: heading.slideSubtitle,
        parts: slide.parts,
      },
    ),
  );
}
