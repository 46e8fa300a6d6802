import type { Shape } from '../scene';

import type { Span } from './bar';

/** A range from low to high: a thin bar between two end caps, as a low–high estimate reads. */
export function rangeBar({ x0, x1, y, height, fill }: Span): Shape[] {
  const cap = (x: number): Shape => ({
    type: 'line',
    x1: x,
    y1: y,
    x2: x,
    y2: y + height,
    stroke: fill,
    width: 3,
  });
  return [
    { type: 'rect', x: x0, y: y + height / 5, width: x1 - x0, height: (height * 3) / 5, fill },
    cap(x0),
    cap(x1),
  ];
}
