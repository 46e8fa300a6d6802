import type { ScaleLinear } from 'd3';

import { belowValueAxis, valueAxis } from './axis';
import { composeScene, type ChartWords } from './compose';
import { numbered } from './paging';
import { groupHeading, partIndent, rowLabel } from './rows';
import { zeroBasedScale } from './scale';
import type { Mark, Scene, Shape } from './scene';
import { frame, type Frame, type Variant } from './theme';

/** Figures in named groups, each figure a row: a whole, or a part of the row above it. */
interface RowGroup<R> {
  title: string;
  rows: readonly R[];
}

/** Where a row's marks go: the bar's top, the value scale's start and the scale itself. */
interface RowPlace {
  f: Frame;
  variant: Variant;
  barY: number;
  x0: number;
  x: ScaleLinear<number, number>;
  /** The row's label, drawn by the layout: a caption under the bar starts below it. */
  labelBottom: number;
  indent: number;
  /** For a part, where the bar of its whole starts (the row of the last whole above it). */
  wholeBarY: number | null;
}

/** What a chart of figure rows says about itself; the layout does the rest. */
export interface FigureRowsSpec<R> {
  /** Every figure of the chart, so that every scene of it (page or slide) has one scale. */
  values: readonly number[];
  /** The label column's width on the frames where it stands beside the bars. */
  labelWidth: Record<Exclude<Variant, 'narrow'>, number>;
  /** Room right of the bars, for their value labels. */
  rightRoom: Record<Variant, number>;
  ticks: Record<Variant, number>;
  label(row: R): string;
  /** Whose figure it is, under the label; '' where the row draws its caption itself. */
  caption(row: R, variant: Variant): string;
  /** A part is set in under its whole, so that it reads as "of which". */
  isPart(row: R): boolean;
  /** The row's marks and any shapes of its own, and how far down they reach. */
  draw(row: R, at: RowPlace): { marks: Mark[]; shapes: Shape[]; bottom: number };
  /** Space under each row on the projector, where captions may run under the bars. */
  projectorRowGap: number;
}

/** "of which, people resettled …": a part reads as a part of the figure drawn above it. */
export const ofWhich = (label: string) =>
  `of which, ${label.charAt(0).toLowerCase()}${label.slice(1)}`;

/**
 * Rows of figures in groups down the chart, on one value scale in persons: each row's label (and
 * whose figure it is) beside its bar on wide frames, above it on narrow ones. Group headings are
 * left to a slide's title. The chart's own marks come from `spec.draw`.
 */
export function figureRows<R>(
  spec: FigureRowsSpec<R>,
  shown: readonly RowGroup<R>[],
  variant: Variant,
  words: ChartWords,
): Scene {
  const f = frame[variant];
  const narrow = variant === 'narrow';
  const labelWidth = narrow ? f.width - 2 * f.margin : spec.labelWidth[variant];
  const x0 = narrow ? f.margin : f.margin + labelWidth + 16;
  const x = zeroBasedScale(spec.values, [x0, f.width - f.margin - spec.rightRoom[variant]]);
  return composeScene(f, words, (top) => {
    const shapes: Shape[] = [];
    const marks: Mark[] = [];
    let y = top + 4;
    const plotTop = y;
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
          part ? ofWhich(spec.label(row)) : spec.label(row),
          spec.caption(row, variant),
          {
            x: f.margin + indent,
            top: y,
            width: labelWidth - indent,
          },
        );
        shapes.push(...label.shapes);
        const barY = narrow ? label.bottom + 2 : y + 4;
        const drawn = spec.draw(row, {
          f,
          variant,
          barY,
          x0,
          x,
          labelBottom: label.label.bottom,
          indent,
          wholeBarY: part ? wholeBarY : null,
        });
        if (!part) wholeBarY = barY;
        shapes.push(...drawn.shapes);
        marks.push(...drawn.marks);
        const gap = narrow ? 14 : variant === 'projector' ? spec.projectorRowGap : 12;
        y = Math.max(label.bottom, drawn.bottom) + gap;
      }
      y += 8;
    }
    return {
      beneath: valueAxis(f, x, {
        top: plotTop,
        bottom: y,
        ticks: spec.ticks[variant],
        format: (v) => (v === 0 ? '0' : `${v / 1e6}M`),
        title: 'persons (M = million)',
      }),
      shapes,
      marks,
      bottom: belowValueAxis(f, y),
    };
  });
}

/**
 * A chart of figure rows on slides, a page of rows each: the page's group is the slide's title (so
 * not repeated as a heading), its sources those of its own figures, its scale the whole chart's.
 */
export function figureRowSlides<R>(
  spec: FigureRowsSpec<R>,
  pages: readonly RowGroup<R>[],
  words: { subtitle: string; description: string; source: (page: RowGroup<R>) => string },
): Scene[] {
  return pages.map((page, index) =>
    figureRows(spec, [page], 'projector', {
      title: numbered(page.title, index, pages.length),
      subtitle: words.subtitle,
      description: words.description,
      source: words.source(page),
    }),
  );
}
