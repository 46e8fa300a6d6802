import type { Shape } from '../scene';
import { line, rect } from '../shapes';

import type { Span } from './bar';

/** A range from low to high: a thin bar between two end caps, as a low–high estimate reads. */
export function rangeBar({ x0, x1, y, height, fill }: Span): Shape[] {
  const cap = (x: number) => line(x, y, x, y + height, fill, { width: 3 });
  return [rect(x0, y + height / 5, x1 - x0, (height * 3) / 5, fill), cap(x0), cap(x1)];
}
