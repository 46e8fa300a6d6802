import type { ScaleLinear } from 'd3';

import type { Shape } from '../scene';
import { rect } from '../shapes';

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
    planned: rect(start, y, Math.max(1, scale(planned) - start), height, 'none', { stroke }),
    result: rect(start, y + height / 4, Math.max(1, scale(result) - start), height / 2, fill),
  };
}
