import { dataText } from '@/lib/text/localized-package';
import { scaleLinear, type ScaleLinear } from 'd3';

import type { Quantity } from '@/lib/data/quantity';
import type { Unit } from '@/lib/data/records';
import { formatCount } from '@/lib/locale/format';
import type { Say } from '@/lib/text/messages';

import { valueAxis } from '@/lib/grammar/axis';
import { acrossFrame, columnHeading, textBlock } from '@/lib/grammar/chrome';
import { composeScene, stackParts, type Body } from '@/lib/grammar/compose';
import type { SceneWords } from '../definition';
import { numbered } from '@/lib/grammar/paging';
import { rowLabel } from '@/lib/grammar/rows';
import { bar } from '@/lib/grammar/marks/bar';
import { unknownBox } from '@/lib/grammar/marks/unknown';
import { zeroBasedScale } from '@/lib/grammar/scale';
import type { Mark, Scene, Shape } from '@/lib/grammar/scene';
import { aside, bold, rect, rule, soft, text } from '@/lib/grammar/shapes';
import { textWidth } from '@/lib/grammar/measure';
import {
  frame,
  palette,
  spacing,
  type Frame,
  type PageVariant,
  type Variant,
} from '@/lib/grammar/theme';
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

const BAR = 20;
/** Between a bar's end and its value. */
const VALUE_GAP = 6;
const MEASURE_COLOUR: Record<MeasureKey, string> = {
  arrested_or_checked: palette.blue,
  killed: palette.vermillion,
};
const UNIT_COLOUR = {
  persons: palette.blue,
  organisations: palette.orange,
  letters: palette.sky,
} as Record<string, string>;

/**
 * One figure: a bar on its column's scale when it counts people, the number in words when it
 * counts something else, a hatched box when the source prints "?", a dash when it prints nothing.
 * An unknown is never a bar of zero length.
 */
function cellShapes(
  { f, say }: Drawing,
  quantity: Quantity,
  unit: Unit,
  scale: ScaleLinear<number, number> | null,
  x0: number,
  y: number,
  colour: string,
): Shape[] {
  const baseline = y + BAR / 2 + f.small * 0.35;
  if (quantity.status === 'unknown') {
    return [
      unknownBox(x0, y, 44, BAR),
      text(x0 + 52, baseline, say('cell-unknown'), f.small, { italic: true }),
    ];
  }
  if (quantity.status === 'not-given') {
    return [text(x0, baseline, say('cell-not-printed'), f.small, aside)];
  }
  if (scale === null) {
    return [text(x0, baseline, quantityText(say, quantity, unit), f.text, bold)];
  }
  const end = scale(quantity.value);
  return [
    bar({ x0, x1: end, y, height: BAR, fill: colour }),
    text(end + VALUE_GAP, baseline, formatCount(say, quantity.value), f.small),
  ];
}

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

interface Columns {
  /** Where each measure's cell starts and its bars may end, and its y offset within a row. */
  [key: string]: { x0: number; x1: number; dy: number };
}

/** Beside the cells on a page, the rows' labels take a third of the width inside the margins. */
const labelColumn = (f: Frame) => (f.width - 2 * f.margin) / 3;

/**
 * Where each measure's cells go. On a page beside the labels, on a slide under them, the two
 * columns share the width equally; on a phone one column holds both, each after its short name.
 * A column's bars end where the widest value of its column still fits after them.
 */
function columnsFor(variant: Variant, f: Frame, series: GpuSeries, say: Say): Columns {
  const people = series.rows.filter((row) => row.unit === 'persons');
  const valueRoom = (measure: MeasureKey) =>
    VALUE_GAP +
    spacing.gap +
    Math.max(
      ...people.map(({ values: { [measure]: q } }) =>
        q.status === 'known' ? textWidth(formatCount(say, q.value), f.small) : 0,
      ),
    );
  const right = f.width - f.margin;
  if (variant === 'narrow') {
    const names = Math.max(
      ...MEASURES.map((measure) => textWidth(say('measure-short', { measure }), f.small)),
    );
    const x0 = f.margin + Math.min(names + spacing.gap, (right - f.margin) / 2);
    return Object.fromEntries(
      MEASURES.map((m, i) => [m, { x0, x1: right - valueRoom(m), dy: i * (BAR + 10) }]),
    );
  }
  const start = variant === 'wide' ? f.margin + labelColumn(f) + 2 * spacing.gap : f.margin;
  const width = (right - start) / MEASURES.length;
  return Object.fromEntries(
    MEASURES.map((m, i) => {
      const x0 = start + i * width;
      return [
        m,
        {
          x0,
          x1: x0 + width - valueRoom(m) - (i < MEASURES.length - 1 ? 2 * spacing.gap : 0),
          dy: 0,
        },
      ];
    }),
  );
}

/** What every part of the chart is drawn with, for one frame. */
interface Drawing {
  f: Frame;
  say: Say;
  variant: Variant;
  series: GpuSeries;
  columns: Columns;
  scales: Record<MeasureKey, ScaleLinear<number, number>>;
}

/** A bold line across the chart that names what follows it. */
function heading(f: Frame, words: string, top: number): Body {
  const block = textBlock(words, { ...acrossFrame(f), top, size: f.text, ...bold });
  return { shapes: block.shapes, marks: [], bottom: block.bottom + 4 };
}

/** Rows of the table: a label (with what the row includes) and a cell for each measure. */
function rows(d: Drawing, shown: readonly GpuRow[], onScale: boolean, top: number): Body {
  const { f, say, variant, columns } = d;
  const narrow = variant === 'narrow';
  const labelsAbove = variant !== 'wide';
  const shapes: Shape[] = [];
  const marks: Mark[] = [];
  let y = top;
  for (const row of shown) {
    const label = rowLabel(f, row.category, detailText(say, row), {
      x: f.margin,
      top: y,
      width: labelsAbove ? f.width - 2 * f.margin : labelColumn(f),
    });
    shapes.push(...label.shapes);
    // On a slide a label sits close over its bars and further from the row above, so each
    // label reads with its own bars.
    const cellsTop = labelsAbove ? label.bottom + (variant === 'projector' ? -4 : 2) : y + 2;
    for (const measure of MEASURES) {
      const column = columns[measure]!;
      const unit = unitOf(row, measure);
      const cellY = cellsTop + column.dy;
      if (narrow) {
        const short = say('measure-short', { measure });
        shapes.push(text(f.margin, cellY + BAR / 2 + f.small * 0.35, short, f.small, soft));
      }
      const quantity = row.values[measure];
      marks.push({
        id: cellId(row.id, measure),
        label: say('mark-cell', {
          category: row.category,
          measure: say('measure-in-sentence', { measure }),
          value: quantityText(say, quantity, unit),
        }),
        note: row.note || undefined,
        shapes: cellShapes(
          d,
          quantity,
          unit,
          onScale ? d.scales[measure] : null,
          column.x0,
          cellY,
          MEASURE_COLOUR[measure],
        ),
      });
    }
    const cellsBottom = cellsTop + BAR + Math.max(...Object.values(columns).map((c) => c.dy));
    y = Math.max(label.bottom, cellsBottom) + (narrow ? 14 : 10);
  }
  return { shapes, marks, bottom: y };
}

/** The figures of people, on a scale per measure, under the columns' headings. */
function people(d: Drawing, top: number): Body {
  const { f, say, variant, columns, scales } = d;
  const shown = d.series.rows.filter((row) => row.unit === 'persons');
  if (variant === 'narrow') {
    // One column holds both measures here, so the two scales are stated rather than drawn.
    const max = (measure: MeasureKey) => scales[measure].domain()[1] ?? 0;
    const note = say('scales-note', {
      arrested: max('arrested_or_checked'),
      killed: max('killed'),
    });
    return stackParts(top, [
      (y) => heading(f, say('unit-name', { unit: 'persons' }), y),
      (y) => rows(d, shown, true, y),
      (y) => {
        const block = textBlock(note, { ...acrossFrame(f), top: y - 6, size: f.small, ...aside });
        return { shapes: block.shapes, marks: [], bottom: block.bottom + 10 };
      },
    ]);
  }
  const slide = variant === 'projector';
  // A slide has no subtitle to say that each column has its own scale, so its heading does.
  const columnHeadings = MEASURES.map((measure, i) => {
    const x = columns[measure]!.x0;
    const next = MEASURES[i + 1];
    const right = next ? columns[next]!.x0 - spacing.gap : f.width - f.margin;
    const words = say(
      slide && measure === 'killed' ? 'column-heading-own-scale' : 'column-heading',
      {
        measure: say('measure', { measure }),
      },
    );
    return columnHeading(f, words, { x, top, width: right - x });
  });
  const headings: Shape[] = columnHeadings.flatMap((heading) => heading.shapes);
  // On the projector the columns start at the margin, and the subtitle names the section.
  if (!slide) headings.push(text(f.margin, top + f.small, say('heading-people'), f.text, bold));
  const rowsTop = top + f.small + 12 + Math.max(...columnHeadings.map((h) => h.deeper));
  const drawn = rows(d, shown, true, rowsTop);
  const axes = MEASURES.map((measure) =>
    valueAxis(f, scales[measure], {
      top: rowsTop - 4,
      bottom: drawn.bottom - 4,
      ticks: 3,
      format: (value) => formatCount(say, value),
    }),
  );
  return {
    beneath: axes.reverse().flat(),
    shapes: [...headings, ...drawn.shapes],
    marks: drawn.marks,
    bottom: drawn.bottom + f.small + 16,
  };
}

/** The rows counted in other units, as numbers in words: not people, so on no scale of people. */
const others = (d: Drawing, top: number): Body =>
  stackParts(top, [
    (y) => heading(d.f, d.say('heading-other-units'), y),
    (y) =>
      rows(
        d,
        d.series.rows.filter((row) => row.unit !== 'persons'),
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
  const x = scaleLinear()
    .domain([0, total.sumOfKnown])
    .range([f.margin, f.width - f.margin]);
  const barY = title.bottom + 2;
  const legendTop = barY + BAR + 8;
  const legendRow = f.small + 10;
  let start = 0;
  const marks = total.byUnit.map((part, index): Mark => {
    const colour = UNIT_COLOUR[part.unit] ?? palette.purple;
    const share = part.sum / total.sumOfKnown;
    const name = say('unit-name', { unit: part.unit });
    const words = say('total-key', { name, sum: part.sum, share });
    const rowY = legendTop + index * legendRow;
    const mark: Mark = {
      id: `total-${total.measure.replace(/_/g, '-')}-${part.unit}`,
      label: say('total-part', {
        ...printed,
        sum: part.sum,
        part: part.unit,
        share,
        without: total.sumOfKnown - part.sum,
      }),
      shapes: [
        rect(x(start), barY, Math.max(2, x(start + part.sum) - x(start)), BAR, colour),
        rect(f.margin, rowY, 14, 14, colour),
        text(f.margin + 22, rowY + 12, words, f.small),
      ],
    };
    start += part.sum;
    return mark;
  });
  return {
    shapes: title.shapes,
    marks,
    bottom: legendTop + total.byUnit.length * legendRow + 8,
  };
}

/** The chart's three parts: figures of people, figures in other units, the printed totals. */
const PARTS = { people, others, totals };

function drawGpu(
  series: GpuSeries,
  variant: Variant,
  { say, source, credit }: { say: Say; source: string; credit?: string },
  { title, subtitle, parts }: { title: string; subtitle: string; parts: (keyof typeof PARTS)[] },
): Scene {
  const f = frame[variant];
  const columns = columnsFor(variant, f, series, say);
  const shownPeople = series.rows.filter((row) => row.unit === 'persons');
  const scaleFor = (measure: MeasureKey) =>
    zeroBasedScale(
      shownPeople.map((row) => row.values[measure]),
      [columns[measure]!.x0, columns[measure]!.x1],
    );
  const d: Drawing = {
    f,
    say,
    variant,
    series,
    columns,
    scales: { arrested_or_checked: scaleFor('arrested_or_checked'), killed: scaleFor('killed') },
  };
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
