import type { ScaleLinear } from 'd3';

import type { Shape } from '../scene';

/**
 * A planned figure and its result on one scale, one row: the plan as a hollow outline (what was
 * set), the result as a solid bar inside it (what was done), so that "more than planned" shows
 * as a bar that runs past its outline.
 */
export function pairedBars({
  scale,
  y,
  height,
  planned,
  result,
  fill,
  stroke,
}: {
  scale: ScaleLinear<number, number>;
  y: number;
  height: number;
  planned: number;
  result: number;
  fill: string;
  stroke: string;
}): { planned: Shape; result: Shape } {
  const [start] = scale.range() as [number, number];
  return {
    planned: {
      type: 'rect',
      x: start,
      y,
      width: Math.max(1, scale(planned) - start),
      height,
      fill: 'none',
      stroke,
    },
    result: {
      type: 'rect',
      x: start,
      y: y + height / 4,
      width: Math.max(1, scale(result) - start),
      height: height / 2,
      fill,
    },
  };
}
