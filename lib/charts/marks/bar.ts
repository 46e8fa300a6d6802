import type { Shape } from '../scene';

/** Where a bar or a range lies: from x0 to x1 on its scale, at y, this tall, in this colour. */
export interface Span {
  x0: number;
  x1: number;
  y: number;
  height: number;
  fill: string;
}

/** A bar from x0 to x1: at least a pixel wide, so a small figure still shows. */
export function bar({ x0, x1, y, height, fill }: Span): Shape {
  return { type: 'rect', x: x0, y, width: Math.max(1, x1 - x0), height, fill };
}
