import type { ScaleLinear } from 'd3';

import { belowValueAxis, fittedTicks, valueAxis } from './axis';
import { composeScene, type ChartWords } from './compose';
import type { ValueAxisWords } from './figure-rows';
import { bar } from './marks/bar';
import { textWidth } from './measure';
import { zeroBasedScale } from './scale';
import type { Mark, Scene, Shape } from './scene';
import { aside, bold, text } from './shapes';
import { frame, SLIDE_HEIGHT, spacing, type Variant } from './theme';

/** A year's bar as a chart declares it: the figure, its words and its colour. */
export interface YearBar {
  id: string;
  year: string;
  value: number;
  /** The value as printed after the bar. */
  text: string;
  /** The mark's accessible name, and the data's note on it. */
  label: string;
  note?: string;
  fill: string;
  /**
   * Those of the bar's figure counted apart, "of which": a thinner bar inside it from the same
   * start, a mark of its own, its value printed after the bar's in its colour.
   */
  ofWhich?: Omit<YearBar, 'year' | 'ofWhich' | 'aside'>;
  /** Words on the year from elsewhere on the site, set small on a line under the year. */
  aside?: string;
}

/** A chart of one bar per year, on one scale, declared by its bars and its axis. */
export interface YearBarsSpec {
  bars: readonly YearBar[];
  axis: ValueAxisWords;
  /** The scale's domain; by default from zero to the largest bar, rounded out. */
  domain?: [number, number];
}

/**
 * Bars of years down the chart, each with its value after it. The years' column is as wide as the
 * widest year, the room right of the bars as wide as the widest value, the rows as tall as the
 * frame's type: nothing here is set per frame.
 */
export function yearBars(
  spec: YearBarsSpec,
  shown: readonly YearBar[],
  variant: Variant,
  words: ChartWords,
): Scene {
  const f = frame[variant];
  const widest = (texts: string[], weight?: 'bold') =>
    Math.max(...texts.map((t) => textWidth(t, f.text, weight)));
  const x0 =
    f.margin +
    widest(
      spec.bars.map((b) => b.year),
      'bold',
    ) +
    spacing.gap;
  // A value and its "of which" value are one line after the bar, so they take their room together.
  const valueWidth = (b: YearBar) =>
    textWidth(b.text, f.text) +
    (b.ofWhich ? spacing.gap + textWidth(b.ofWhich.text, f.text, 'bold') : 0);
  const x1 = f.width - f.margin - Math.max(...spec.bars.map(valueWidth)) - spacing.gap;
  const x: ScaleLinear<number, number> = spec.domain
    ? zeroBasedScale(spec.domain, [x0, x1]).domain(spec.domain)
    : zeroBasedScale(
        spec.bars.map((b) => b.value),
        [x0, x1],
      );
  const height = Math.round(f.text * spacing.bar);
  const innerHeight = Math.round(height * spacing.ofWhich);
  const rowHeight = height + Math.round(f.text * spacing.row);
  const asideHeight = f.small + spacing.gap / 2;
  return composeScene(f, words, (top) => {
    const plotTop = top + spacing.gap;
    const decorations: Shape[] = [];
    const marks: Mark[] = [];
    let rowTop = plotTop;
    for (const year of shown) {
      const mid = rowTop + rowHeight / 2;
      const baseline = mid + spacing.baseline(f.text);
      decorations.push(text(f.margin, baseline, year.year, f.text, bold));
      if (year.aside)
        decorations.push(text(f.margin, baseline + asideHeight, year.aside, f.small, aside));
      const valueAt = x(year.value) + spacing.gap;
      marks.push({
        id: year.id,
        label: year.label,
        note: year.note,
        shapes: [
          bar({ x0, x1: x(year.value), y: mid - height / 2, height, fill: year.fill }),
          text(valueAt, baseline, year.text, f.text),
        ],
      });
      const inner = year.ofWhich;
      if (inner)
        marks.push({
          id: inner.id,
          label: inner.label,
          note: inner.note,
          shapes: [
            bar({
              x0,
              x1: x(inner.value),
              y: mid - innerHeight / 2,
              height: innerHeight,
              fill: inner.fill,
            }),
            text(
              valueAt + textWidth(year.text, f.text) + spacing.gap,
              baseline,
              inner.text,
              f.text,
              { ...bold, fill: inner.fill },
            ),
          ],
        });
      rowTop += rowHeight + (year.aside ? asideHeight : 0);
    }
    const bottom = rowTop;
    return {
      beneath: valueAxis(f, x, {
        top: plotTop,
        bottom,
        ticks: fittedTicks(x, f.small, spec.axis.format),
        ...spec.axis,
      }),
      shapes: decorations,
      marks,
      bottom: belowValueAxis(f, bottom),
    };
  });
}

/**
 * The chart on as few slides as keep each within a projector's height, the years shared out
 * evenly and every slide on the whole chart's scale; `title` names each slide of `count`.
 */
export function yearBarSlides(
  spec: YearBarsSpec,
  words: ChartWords,
  title: (index: number, count: number, shown: readonly YearBar[]) => string,
  maxHeight = SLIDE_HEIGHT,
): Scene[] {
  for (let count = 1; ; count++) {
    const size = Math.ceil(spec.bars.length / count);
    const pages = Array.from({ length: count }, (_, i) =>
      spec.bars.slice(i * size, (i + 1) * size),
    ).filter((page) => page.length > 0);
    const slides = pages.map((shown, index) =>
      yearBars(spec, shown, 'projector', { ...words, title: title(index, pages.length, shown) }),
    );
    if (slides.every((s) => s.height <= maxHeight) || size === 1) return slides;
  }
}
