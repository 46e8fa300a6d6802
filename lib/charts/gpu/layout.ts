import { scaleLinear, type ScaleLinear } from 'd3';

import type { Quantity } from '@/lib/data/quantity';
import { formatCount } from '@/lib/locale/format';

import { valueAxis } from '@/lib/grammar/axis';
import { acrossFrame, textBlock } from '@/lib/grammar/chrome';
import { composeScene, stackParts, type Body } from '@/lib/grammar/compose';
import type { SceneWords } from '../definition';
import { numbered } from '@/lib/grammar/paging';
import { rowLabel } from '@/lib/grammar/rows';
import { bar } from '@/lib/grammar/marks/bar';
import { unknownBox } from '@/lib/grammar/marks/unknown';
import { zeroBasedScale } from '@/lib/grammar/scale';
import type { Mark, Scene, Shape } from '@/lib/grammar/scene';
import { aside, bold, rect, rule, soft, text } from '@/lib/grammar/shapes';
import { frame, palette, type Frame, type PageVariant, type Variant } from '@/lib/grammar/theme';
import { MEASURES, cellId, type GpuRow, type GpuSeries, type MeasureKey } from './series';
import type { StatedTotal } from '../stated-total';

const BAR = 20;
const MEASURE_COLOUR: Record<MeasureKey, string> = {
  arrested_or_checked: palette.blue,
  killed: palette.vermillion,
};
const UNIT_COLOUR = {
  persons: palette.blue,
  organisations: palette.orange,
  letters: palette.sky,
} as Record<string, string>;
const UNIT_NAME = {
  persons: 'People (persons)',
  organisations: 'Organisations',
  letters: 'Letters',
} as Record<string, string>;

function valueText(quantity: Quantity, unit: string): string {
  if (quantity.status === 'known') return `${formatCount(quantity.value)} ${unit}`;
  return quantity.status === 'unknown'
    ? 'unknown (“?” in the source)'
    : 'not printed in the source';
}

/**
 * One figure: a bar on its column's scale when it counts people, the number in words when it
 * counts something else, a hatched box when the source prints "?", a dash when it prints nothing.
 * An unknown is never a bar of zero length.
 */
function cellShapes(
  f: Frame,
  quantity: Quantity,
  unit: string,
  scale: ScaleLinear<number, number> | null,
  x0: number,
  y: number,
  colour: string,
): Shape[] {
  const baseline = y + BAR / 2 + f.small * 0.35;
  if (quantity.status === 'unknown') {
    return [
      unknownBox(x0, y, 44, BAR),
      text(x0 + 52, baseline, '? unknown', f.small, { italic: true }),
    ];
  }
  if (quantity.status === 'not-given') {
    return [text(x0, baseline, '— not printed', f.small, aside)];
  }
  if (scale === null) {
    return [text(x0, baseline, `${formatCount(quantity.value)} ${unit}`, f.text, bold)];
  }
  const end = scale(quantity.value);
  return [
    bar({ x0, x1: end, y, height: BAR, fill: colour }),
    text(end + 6, baseline, formatCount(quantity.value), f.small),
  ];
}

function detailText(row: GpuRow): string {
  const parts = row.details
    .filter((d) => d.unit !== 'operations')
    .map((d) => `${formatCount(d.value)} ${d.figure}`);
  const operations = row.details
    .filter((d) => d.unit === 'operations')
    .map((d) => `in ${formatCount(d.value)} operations`);
  return [parts.length > 0 ? `incl. ${parts.join(', ')}` : '', ...operations]
    .filter(Boolean)
    .join('; ');
}

function describeGpu(series: GpuSeries): string {
  const arrested = series.totals.find((t) => t.measure === 'arrested_or_checked');
  const letters = arrested?.byUnit.find((u) => u.unit === 'letters');
  const unknowns = series.rows.flatMap((row) =>
    MEASURES.filter((m) => row.values[m.key].status === 'unknown'),
  ).length;
  const people = series.rows.filter((row) => row.unit === 'persons');
  const largest = people.reduce<GpuRow | null>((best, row) => {
    const v = row.values.arrested_or_checked;
    const b = best?.values.arrested_or_checked;
    return v.status === 'known' && (b?.status !== 'known' || v.value > b.value) ? row : best;
  }, null);
  const largestValue = largest?.values.arrested_or_checked;
  const share =
    arrested && letters ? Math.round((letters.sum / arrested.stated) * 1000) / 10 : null;
  return [
    largest && largestValue?.status === 'known'
      ? `The largest figure for people is ${formatCount(largestValue.value)} persons: ${largest.category.toLowerCase()}.`
      : '',
    arrested && letters
      ? `The printed total of ${formatCount(arrested.stated)} “persons” is ${share}% letters read (${formatCount(letters.sum)}).`
      : '',
    `${unknowns} figures are marked “?” in the source and stay unknown.`,
  ]
    .filter(Boolean)
    .join(' ');
}

interface Columns {
  /** Where each measure's cell starts and its bars may end, and its y offset within a row. */
  [key: string]: { x0: number; x1: number; dy: number };
}

/** How each layout places a row: its label beside the bars (wide) or above them. */
function columnsFor(variant: Variant, f: Frame): Columns {
  switch (variant) {
    case 'wide':
      return {
        arrested_or_checked: { x0: 344, x1: 600, dy: 0 },
        killed: { x0: 668, x1: 880, dy: 0 },
      };
    case 'narrow':
      return {
        arrested_or_checked: { x0: f.margin + 128, x1: f.width - f.margin - 62, dy: 0 },
        killed: { x0: f.margin + 128, x1: f.width - f.margin - 62, dy: BAR + 10 },
      };
    case 'projector':
      return {
        arrested_or_checked: { x0: f.margin, x1: 380, dy: 0 },
        killed: { x0: 500, x1: 840, dy: 0 },
      };
  }
}

/** What every part of the chart is drawn with, for one frame. */
interface Drawing {
  f: Frame;
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
  const { f, variant, columns } = d;
  const narrow = variant === 'narrow';
  const labelsAbove = variant !== 'wide';
  const shapes: Shape[] = [];
  const marks: Mark[] = [];
  let y = top;
  for (const row of shown) {
    const label = rowLabel(f, row.category, detailText(row), {
      x: f.margin,
      top: y,
      width: labelsAbove ? f.width - 2 * f.margin : 300,
    });
    shapes.push(...label.shapes);
    // On a slide a label sits close over its bars and further from the row above, so each
    // label reads with its own bars.
    const cellsTop = labelsAbove ? label.bottom + (variant === 'projector' ? -4 : 2) : y + 2;
    for (const measure of MEASURES) {
      const column = columns[measure.key]!;
      const unit = measure.key === 'killed' ? 'persons' : row.unit;
      const cellY = cellsTop + column.dy;
      if (narrow)
        shapes.push(text(f.margin, cellY + BAR / 2 + f.small * 0.35, measure.short, f.small, soft));
      const quantity = row.values[measure.key];
      marks.push({
        id: cellId(row.id, measure.key),
        label: `${row.category}, ${measure.label.toLowerCase()}: ${valueText(quantity, unit)}`,
        note: row.note || undefined,
        shapes: cellShapes(
          f,
          quantity,
          unit,
          onScale ? d.scales[measure.key] : null,
          column.x0,
          cellY,
          MEASURE_COLOUR[measure.key],
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
  const { f, variant, columns, scales } = d;
  const shown = d.series.rows.filter((row) => row.unit === 'persons');
  if (variant === 'narrow') {
    // One column holds both measures here, so the two scales are stated rather than drawn.
    const [arrestedMax, killedMax] = MEASURES.map((m) =>
      formatCount(scales[m.key].domain()[1] ?? 0),
    );
    const note = `Each kind of bar has its own scale: arrested or checked, 0 to ${arrestedMax} across; killed, 0 to ${killedMax} across.`;
    return stackParts(top, [
      (y) => heading(f, 'People (persons)', y),
      (y) => rows(d, shown, true, y),
      (y) => {
        const block = textBlock(note, { ...acrossFrame(f), top: y - 6, size: f.small, ...aside });
        return { shapes: block.shapes, marks: [], bottom: block.bottom + 10 };
      },
    ]);
  }
  const slide = variant === 'projector';
  // A slide has no subtitle to say that each column has its own scale, so its heading does.
  const headings: Shape[] = MEASURES.map((measure) =>
    text(
      columns[measure.key]!.x0,
      top + f.small,
      `${measure.label} (persons)${slide && measure.key === 'killed' ? ', on a scale of its own' : ''}`,
      f.small,
      bold,
    ),
  );
  // On the projector the columns start at the margin, and the subtitle names the section.
  if (!slide) headings.push(text(f.margin, top + f.small, 'People', f.text, bold));
  const rowsTop = top + f.small + 12;
  const drawn = rows(d, shown, true, rowsTop);
  const axes = MEASURES.map((measure) =>
    valueAxis(f, scales[measure.key], {
      top: rowsTop - 4,
      bottom: drawn.bottom - 4,
      ticks: 3,
      format: formatCount,
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
    (y) => heading(d.f, 'Counted in other units: not people, so not on a scale of people', y),
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
    ...d.series.totals.map((total) => (y: number) => totalPart(f, total, y)),
  ]);
}

function totalPart(f: Frame, total: StatedTotal, top: number): Body {
  const measure = MEASURES.find((m) => m.key === total.measure)!;
  const verdict = total.agrees
    ? `equals the sum of the figures the source gives (${total.unknownCells} marked “?”, ${total.emptyCells} empty)`
    : `differs from the sum of the figures the source gives, ${formatCount(total.sumOfKnown)}: ${total.knownDiscrepancy}`;
  const title = heading(
    f,
    `Printed total, ${measure.label.toLowerCase()}: ${formatCount(total.stated)} ${total.unitAsPrinted}. It ${verdict}.`,
    top,
  );
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
    const percent = `${Math.round((part.sum / total.sumOfKnown) * 1000) / 10}%`;
    const words = `${UNIT_NAME[part.unit] ?? part.unit}: ${formatCount(part.sum)} (${percent})`;
    const rowY = legendTop + index * legendRow;
    const mark: Mark = {
      id: `total-${total.measure.replace(/_/g, '-')}-${part.unit}`,
      label: `Printed total, ${measure.label.toLowerCase()} (${formatCount(total.stated)} ${total.unitAsPrinted}): ${formatCount(part.sum)} ${part.unit}, ${percent} of it${part.unit === 'letters' ? `; without letters, ${formatCount(total.sumOfKnown - part.sum)}` : ''}`,
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
  { source, credit }: { source: string; credit?: string },
  { title, subtitle, parts }: { title: string; subtitle: string; parts: (keyof typeof PARTS)[] },
): Scene {
  const f = frame[variant];
  const columns = columnsFor(variant, f);
  const shownPeople = series.rows.filter((row) => row.unit === 'persons');
  const scaleFor = (measure: MeasureKey) =>
    zeroBasedScale(
      shownPeople.map((row) => row.values[measure]),
      [columns[measure]!.x0, columns[measure]!.x1],
    );
  const d: Drawing = {
    f,
    variant,
    series,
    columns,
    scales: { arrested_or_checked: scaleFor('arrested_or_checked'), killed: scaleFor('killed') },
  };
  const words = { title, subtitle, description: describeGpu(series), source, credit };
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
  { heading, source, credit }: SceneWords,
): Scene {
  return drawGpu(
    series,
    variant,
    { source, credit },
    {
      title: heading.title,
      subtitle: heading.subtitle,
      parts: ['people', 'others', 'totals'],
    },
  );
}

/**
 * The chart on two slides, since its labels at projector size take more than one screen: the
 * people first, then what the other rows count and what the printed totals add up.
 */
export function gpuSlides(series: GpuSeries, { heading, source }: SceneWords): Scene[] {
  const slides: { title: string; parts: (keyof typeof PARTS)[] }[] = [
    { title: 'people', parts: ['people'] },
    { title: 'other units, totals', parts: ['others', 'totals'] },
  ];
  return slides.map((slide, index) =>
    drawGpu(
      series,
      'projector',
      { source },
      {
        title: `${numbered(heading.title, index, slides.length)}: ${slide.title}`,
        subtitle: heading.slideSubtitle,
        parts: slide.parts,
      },
    ),
  );
}
