import type { ScaleLinear } from 'd3';

import type { Shape } from './scene';
import { palette, type Frame } from './theme';

/**
 * Vertical gridlines with tick labels beneath, for a horizontal value scale, and the unit under
 * the right end when a title is given.
 */
export function valueGrid(
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
  const unit: Shape[] = title
    ? [
        {
          type: 'text',
          x: x.range()[1]!,
          y: bottom + 2 * f.small + 10,
          text: title,
          size: f.small,
          fill: palette.inkSoft,
          anchor: 'end',
        },
      ]
    : [];
  return x
    .ticks(ticks)
    .flatMap<Shape>((tick) => [
      {
        type: 'line',
        x1: x(tick),
        y1: top,
        x2: x(tick),
        y2: bottom,
        stroke: tick === 0 ? palette.rule : palette.grid,
      },
      {
        type: 'text',
        x: x(tick),
        y: bottom + f.small + 4,
        text: format(tick),
        size: f.small,
        fill: palette.inkSoft,
        anchor: 'middle',
      },
    ])
    .concat(unit);
}

/** The y below a value grid's tick labels and unit title. */
export const belowValueGrid = (f: Frame, bottom: number) => bottom + 2 * f.small + 24;
