import type { ScaleLinear } from 'd3';

import { belowValueAxis, fittedTicks, valueAxis } from './axis';
import { textBlock } from './chrome';
import { composeScene, type ChartWords } from './compose';
import type { SceneWords } from '@/lib/charts/definition';
import type { Say } from '@/lib/text/messages';

import { arrowhead } from './marks/arrow';
import { bar } from './marks/bar';
import { pairedBars } from './marks/paired';
import { rangeBar } from './marks/range';
import { valueLabel } from './marks/value-label';
import { numbered, pageUnits } from './paging';
import { groupHeading, partIndent, rowLabel } from './rows';
import { zeroBasedScale } from './scale';
import type { Mark, Scene, Shape } from './scene';
import { aside, bold, soft, text, type TextStyle } from './shapes';
import { textWidth } from './measure';
import {
  figureColumns,
  frame,
  palette,
  spacing,
  type Frame,
  type PageVariant,
  type Variant,
} from './theme';

/** Figures in named groups, each figure a row: a whole, or a part of the row above it. */
interface RowGroup<R> {
  title: string;
  rows: readonly R[];
}

/** A figure as a mark names it: its id, its accessible name and the data's note on it. */
interface Named {
  id: string;
  label: string;
  note: string;
}

/** A figure that the data gives beside a row's own: the limit it answers, or a subset of it. */
type Beside = Named & { value: number; text: string };

/**
 * What a row's bar shows: one figure (thinner as a part of a whole, with an arrowhead when it is a
 * floor, "at least"), a range between two estimates, or a result against the limit it answered,
 * the limit drawn as an outline around it. Any of them may have a subset of its people counted
 * apart, drawn as a thin bar inside it. Its value in words goes beside it; each figure is a mark.
 */
export type FigureBar = Named & {
  text: string;
  fill: string;
  subset?: Beside & { fill: string };
} & (
    | { value: number; atLeast?: boolean; thin?: boolean }
    | { low: number; high: number }
    | { value: number; planned: Beside }
  );

/** What a chart of figure rows says about itself; the layout does the rest. */
export interface FigureRowsSpec<R> {
  /** Every figure of the chart, so that every scene of it (page or slide) has one scale. */
  values: readonly number[];
  label(row: R): string;
  /** Whose figure it is: under the label, or under the bar on slides where the chart asks. */
  caption(row: R, variant: Variant): string;
  /** On slides, the caption runs under the bar across the width: a line or two, not four. */
  captionUnderOnSlides?: boolean;
  /** A part is set in under its whole, so that it reads as "of which". */
  isPart(row: R): boolean;
  /** A bracket from the whole's bar down to each of its parts ties them together. */
  brackets?: boolean;
  bar(row: R): FigureBar;
  /** The value axis: its title (the unit) and how its ticks are written. */
  axis: ValueAxisWords;
  /** A part's label as a part of the figure above it: "of which, …". */
  ofWhich(label: string): string;
}

/** How a value axis is labelled: its title (the unit, in the chart's words) and its ticks. */
export interface ValueAxisWords {
  title: string;
  format(value: number): string;
}

const BAR = 20;
const mark = ({ id, label, note }: Named, shapes: Shape[]): Mark => ({
  id,
  label,
  note: note || undefined,
  shapes,
});

/**
 * A row's bar and its value: after the bar where it fits, else before or below it (the overflow
 * rule of `valueLabel`). A limit's and a subset's words follow the value on its line, or where the
 * line has no room left (a phone), go on lines of their own under the bar.
 */
function drawBar(
  f: Frame,
  figure: FigureBar,
  barY: number,
  x: ScaleLinear<number, number>,
): { marks: Mark[]; bottom: number } {
  const [x0] = x.range() as [number, number];
  const mid = barY + BAR / 2;
  const high = 'high' in figure ? figure.high : figure.value;
  const atLeast = 'atLeast' in figure && figure.atLeast;
  const end = Math.max(x(high), 'planned' in figure ? x(figure.planned.value) : 0);
  const value = valueLabel({
    text: figure.text,
    size: f.small,
    y: mid + 5,
    start: 'low' in figure ? x(figure.low) : x0,
    end,
    gap: atLeast ? 20 : 8,
    left: x0,
    right: f.width - f.margin,
    belowY: barY + BAR + 4 + f.small,
  });
  let below = value.below ? barY + BAR + 8 + f.small : barY + BAR;
  let after = end + 16 + textWidth(figure.text, f.small, 'bold');
  const beside = (words: string, style: TextStyle): Shape => {
    const width = textWidth(words, f.small, style.weight);
    if (after + width > f.width - f.margin) {
      below += f.small + 6;
      return text(x0, below, words, f.small, style);
    }
    after += width + 12;
    return text(after - width - 12, mid + 5, words, f.small, style);
  };
  const marks: Mark[] = [];
  let shapes: Shape[];
  if ('planned' in figure) {
    const { planned, result } = pairedBars({
      scale: x,
      y: barY,
      height: BAR,
      planned: figure.planned.value,
      result: figure.value,
      fill: figure.fill,
      stroke: palette.ink,
    });
    shapes = [result];
    marks.push(mark(figure.planned, [planned, beside(figure.planned.text, aside)]));
  } else if ('low' in figure) {
    shapes = rangeBar({ x0: x(figure.low), x1: end, y: barY, height: BAR, fill: figure.fill });
  } else {
    const inset = figure.thin ? 5 : 0;
    const { fill } = figure;
    shapes = [bar({ x0, x1: end, y: barY + inset, height: BAR - 2 * inset, fill })];
    if (atLeast)
      shapes.push(
        arrowhead({
          at: end,
          from: barY - 4,
          to: barY + BAR + 4,
          length: 14,
          direction: 'right',
          fill,
        }),
      );
  }
  marks.push(mark(figure, [...shapes, value.shape]));
  const { subset } = figure;
  if (subset) {
    const inside = bar({
      x0,
      x1: x(subset.value),
      y: barY + 5,
      height: BAR / 2,
      fill: subset.fill,
    });
    marks.push(mark(subset, [inside, beside(subset.text, { ...bold, fill: subset.fill })]));
  }
  return { marks, bottom: below };
}

/** Every row in words, group by group: the chart as a screen reader hears it. */
export const describeRows = <R>(groups: readonly RowGroup<R>[], words: (row: R) => string) =>
  groups.map((group) => `${group.title}: ${group.rows.map(words).join('; ')}.`).join(' ');

/** "of which, people resettled …": a part reads as a part of the figure drawn above it. */
export const ofWhich = (say: Say, label: string) =>
  say('of-which', { label: `${label.charAt(0).toLowerCase()}${label.slice(1)}` });

/** A bracket at the left of the bars, from a whole's bar down to one of its parts. */
const bracket = (x0: number, from: number, to: number): Shape => ({
  type: 'path',
  d: `M${x0 - 2},${from} H${x0 - 10} V${to} H${x0 - 2}`,
  fill: 'none',
  stroke: palette.inkSoft,
  width: 2,
});

/** The words a row sets after its bar's end, one line: its value, then its limit and subset. */
function lineAfterBar(f: Frame, figure: FigureBar): number {
  const besides = ['planned' in figure ? figure.planned.text : null, figure.subset?.text];
  return besides.reduce(
    (width, words) => (words ? width + 12 + textWidth(words, f.small) : width),
    16 + textWidth(figure.text, f.small, 'bold'),
  );
}

/** Where the label column ends and the scale of the bars, for the rows of `groups`. */
function columnsOf<R>(
  spec: FigureRowsSpec<R>,
  groups: readonly RowGroup<R>[],
  variant: Variant,
  labelWidth: number,
): Columns {
  const f = frame[variant];
  const x0 = variant === 'narrow' ? f.margin : f.margin + labelWidth + 16;
  // Room after the bars for the longest line of words set after one, up to a share of that side.
  const rows = groups.flatMap((group) => group.rows);
  const words = Math.max(...rows.map((row) => lineAfterBar(f, spec.bar(row))));
  const right = f.width - f.margin;
  const room = Math.min(words + spacing.gap, (right - x0) * figureColumns.wordsAfterBars);
  return { labelWidth, x: zeroBasedScale(spec.values, [x0, right - room]) };
}

interface Columns {
  labelWidth: number;
  x: ScaleLinear<number, number>;
}

/** The rows of `shown` down from `top`, in `columns`. */
function drawRows<R>(
  spec: FigureRowsSpec<R>,
  shown: readonly RowGroup<R>[],
  variant: Variant,
  { labelWidth, x }: Columns,
  top: number,
) {
  const f = frame[variant];
  const narrow = variant === 'narrow';
  const [x0] = x.range() as [number, number];
  const shapes: Shape[] = [];
  const marks: Mark[] = [];
  let y = top + 4;
  let wholeBarY: number | null = null;
  for (const group of shown) {
    if (variant !== 'projector') {
      const heading = groupHeading(f, group.title, y);
      shapes.push(...heading.shapes);
      y = heading.bottom + 4;
    }
    for (const row of group.rows) {
      const part = spec.isPart(row);
      const indent = part ? partIndent(narrow) : 0;
      const label = rowLabel(
        f,
        part ? spec.ofWhich(spec.label(row)) : spec.label(row),
        variant === 'projector' && spec.captionUnderOnSlides ? '' : spec.caption(row, variant),
        { x: f.margin + indent, top: y, width: labelWidth - indent },
      );
      shapes.push(...label.shapes);
      const barY = narrow ? label.bottom + 2 : y + 4;
      const drawn = drawBar(f, spec.bar(row), barY, x);
      marks.push(...drawn.marks);
      if (part && wholeBarY !== null && spec.brackets && !narrow)
        shapes.push(bracket(x0, wholeBarY + 16, barY + BAR / 2));
      if (!part) wholeBarY = barY;
      const under =
        variant === 'projector' && spec.captionUnderOnSlides
          ? textBlock(spec.caption(row, variant), {
              x: f.margin + indent,
              top: Math.max(label.label.bottom, drawn.bottom + 4) - 2,
              width: f.width - 2 * f.margin - indent,
              size: f.small,
              ...soft,
            })
          : null;
      shapes.push(...(under?.shapes ?? []));
      const gap = narrow ? 14 : variant === 'projector' ? 6 : 12;
      y = Math.max(label.bottom, drawn.bottom, under?.bottom ?? 0) + gap;
    }
    y += 8;
  }
  return { shapes, marks, plotTop: top + 4, bottom: y };
}

/**
 * Rows of figures in groups down the chart, on one value scale in persons: each row's label (and
 * whose figure it is) beside its bar on wide frames, above it on narrow ones. Group headings are
 * left to a slide's title. Each row's bar is a `FigureBar` the chart gives.
 *
 * Nothing is set per chart or per frame: beside the bars, the label column is the width (a share
 * of the frame between `figureColumns.label`'s bounds) that draws the rows of `all` shortest (on
 * slides, the tallest of its pages), the narrowest of equals, so that a language's longer words take room from the bars rather than add
 * lines; the room after the bars is that of the longest line of words set after one. Slides,
 * each a page of the chart's rows, pass every row as `all`, so that all are on one scale.
 */
export function figureRows<R>(
  spec: FigureRowsSpec<R>,
  shown: readonly RowGroup<R>[],
  variant: Variant,
  words: ChartWords,
  all: readonly RowGroup<R>[] = shown,
): Scene {
  const f = frame[variant];
  const inner = f.width - 2 * f.margin;
  let columns = columnsOf(spec, all, variant, inner);
  if (variant !== 'narrow') {
    const [least, most] = figureColumns.label.map((share) => Math.round(inner * share)) as [
      number,
      number,
    ];
    let best = [Infinity, Infinity];
    for (let width = least; width <= most; width += 10) {
      const tried = columnsOf(spec, all, variant, width);
      const [x0, x1] = tried.x.range() as [number, number];
      // On a page, which scrolls, the bars keep at least the labels' width: they are what the
      // chart is read by. A slide must fit the projector, so there the labels may take more.
      if (variant !== 'projector' && x1 - x0 < width && width > least) break;
      // A slide is a page of its own: the tallest of them is what must fit the projector.
      const pages = variant === 'projector' ? all.map((page) => [page]) : [all];
      const heights = pages.map((page) => drawRows(spec, page, variant, tried, 0).bottom);
      const tried_ = [Math.max(...heights), heights.reduce((a, b) => a + b)];
      if (tried_[0]! < best[0]! || (tried_[0] === best[0] && tried_[1]! < best[1]!))
        [best, columns] = [tried_, tried];
    }
  }
  return composeScene(f, words, (top) => {
    const { x } = columns;
    const { shapes, marks, plotTop, bottom } = drawRows(spec, shown, variant, columns, top);
    return {
      beneath: valueAxis(f, x, {
        top: plotTop,
        bottom,
        ticks: fittedTicks(x, f.small, spec.axis.format),
        ...spec.axis,
      }),
      shapes,
      marks,
      bottom: belowValueAxis(f, bottom),
    };
  });
}

/** A group's rows in pages of at most `rows` rows, each whole with its parts; unpaged without. */
function paged<R>(group: RowGroup<R>, spec: FigureRowsSpec<R>, rows?: number): RowGroup<R>[] {
  if (rows === undefined) return [group];
  const units: R[][] = [];
  for (const row of group.rows)
    if (spec.isPart(row) && units.length > 0) units.at(-1)!.push(row);
    else units.push([row]);
  return pageUnits(units, rows).map((page) => ({ title: group.title, rows: page }));
}

/** A chart of figure rows, as its layout describes it. */
interface FigureRowsChart<D, R> {
  /** Its rows, in its words, with the sources' titles for their captions. */
  spec(data: D, words: SceneWords): Omit<FigureRowsSpec<R>, 'ofWhich'>;
  groups(data: D): readonly RowGroup<R>[];
  /**
   * At most this many rows on a slide, where a group's rows with their captions at projector size
   * would take more than one screen: a group is then paged, a whole always with its parts. By
   * default a slide is a group.
   */
  rowsPerSlide?: number;
  describe(data: D, words: SceneWords): string;
  /** The sources of a row's figures, for the source line of the slide it is on. */
  sourceNames(row: R): string[];
}

/**
 * A chart of figure rows, its scene and its slides as `defineChart` takes them. Each slide is a
 * page of rows titled with its group (so not repeated as a heading), with the sources of its own
 * figures and the scale of the whole chart.
 */
export function figureRowsChart<D, R>(chart: FigureRowsChart<D, R>) {
  const specOf = (data: D, words: SceneWords): FigureRowsSpec<R> => ({
    ...chart.spec(data, words),
    ofWhich: (label) => ofWhich(words.say, label),
  });
  return {
    scene: (data: D, variant: PageVariant, words: SceneWords): Scene =>
      figureRows(specOf(data, words), chart.groups(data), variant, {
        title: words.heading.title,
        subtitle: words.heading.subtitle,
        description: chart.describe(data, words),
        source: words.source,
        credit: words.credit,
      }),
    slides(data: D, words: SceneWords): Scene[] {
      const { heading, sources } = words;
      const spec = specOf(data, words);
      const pages = chart.groups(data).flatMap((group) => paged(group, spec, chart.rowsPerSlide));
      return pages.map((page, index) =>
        figureRows(
          spec,
          [page],
          'projector',
          {
            title: numbered(words.say, page.title, index, pages.length),
            subtitle: heading.slideSubtitle,
            description: chart.describe(data, words),
            source: sources.line([...new Set(page.rows.flatMap(chart.sourceNames))]),
          },
          pages,
        ),
      );
    },
  };
}
