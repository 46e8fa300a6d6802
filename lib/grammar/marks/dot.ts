import type { Shape } from '../scene';
import { line } from '../shapes';

/** A dot at a value, hollow or filled by its style. */
export function dot({
  cx,
  cy,
  r,
  fill,
  stroke,
}: {
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke: string;
}): Shape {
  return { type: 'circle', cx, cy, r, fill, stroke, width: 3 };
}

/** The line that links two dots of one row, as a dumbbell chart draws a change. */
export function link({
  x1,
  x2,
  y,
  stroke,
}: {
  x1: number;
  x2: number;
  y: number;
  stroke: string;
}): Shape {
  return line(x1, y, x2, y, stroke, { width: 2 });
}
