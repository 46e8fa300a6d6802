import { utcYear, type ScaleLinear, type ScaleTime } from 'd3';

import type { Shape } from './scene';
import { line, soft, text } from './shapes';
import { textWidth } from './measure';
import { palette, type Frame } from './theme';

/**
 * A value axis for a horizontal scale: vertical gridlines with tick labels beneath, and the unit
 * under the right end when a title is given.
 */
export function valueAxis(
  f: Frame,
  x: ScaleLinear<number, number>,
  {
    top,
    bottom,
    ticks,
    format,
    title,
  }: {
    top: number;
    bottom: number;
    ticks: number;
    format: (value: number) => string;
    title?: string;
  },
): Shape[] {
  const unit = title
    ? [text(x.range()[1]!, bottom + 2 * f.small + 10, title, f.small, { ...soft, anchor: 'end' })]
    : [];
  return x
    .ticks(ticks)
    .flatMap<Shape>((tick) => [
      line(x(tick), top, x(tick), bottom, tick === 0 ? palette.rule : palette.grid),
      text(x(tick), bottom + f.small + 4, format(tick), f.small, { ...soft, anchor: 'middle' }),
    ])
    .concat(unit);
}

/** The y below a value axis's tick labels and unit title. */
export const belowValueAxis = (f: Frame, bottom: number) => bottom + 2 * f.small + 24;

/**
 * A time axis of years: a line at the start of each year, darker and labelled every other year,
 * across the plot. Horizontal time has its lines upright and its labels beneath; vertical time
 * (a phone's timeline, read downwards) has its lines across and its labels at the left.
 */
export function yearAxis(
  f: Frame,
  scale: ScaleTime<number, number>,
  across: { from: number; to: number },
  orientation: 'horizontal' | 'vertical',
): Shape[] {
  const [start, end] = scale.domain();
  return utcYear.range(start!, new Date(end!.getTime() + 1)).flatMap<Shape>((year) => {
    const at = scale(year);
    const labelled = year.getUTCFullYear() % 2 === 1;
    const stroke = labelled ? palette.rule : palette.grid;
    const name = String(year.getUTCFullYear());
    const label =
      orientation === 'horizontal'
        ? text(at, across.to + f.small + 4, name, f.small, { ...soft, anchor: 'middle' })
        : text(f.margin, at + 5, name, f.small, soft);
    const rule =
      orientation === 'horizontal'
        ? line(at, across.from, at, across.to, stroke)
        : line(across.from, at, across.to, at, stroke);
    return labelled ? [rule, label] : [rule];
  });
}

/**
 * As many ticks as the axis has room for (and no more than `most`), so that their labels, as this
 * locale writes them, never run into each other.
 */
export function fittedTicks(
  x: ScaleLinear<number, number>,
  size: number,
  format: (value: number) => string,
  most = 5,
): number {
  const [start, end] = x.range() as [number, number];
  const widest = Math.max(...x.ticks(most).map((tick) => textWidth(format(tick), size)));
  const label = widest + 16;
  const counts = [5, 4, 3, 2, 1].filter((n) => n <= most);
  return counts.find((n) => x.ticks(n).length * label <= end - start + label) ?? 1;
}
