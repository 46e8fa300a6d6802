import type { Shape } from '../scene';
import { rect } from '../shapes';

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
  return rect(x0, y, Math.max(1, x1 - x0), height, fill);
}
