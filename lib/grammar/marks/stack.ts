import type { ScaleLinear } from 'd3';

import type { Quantity } from '@/lib/data/quantity';

import type { Shape } from '../scene';
import { rect } from '../shapes';
import { unknownBox } from './unknown';

/** One part of a stacked bar: its value (known or not) and its colour. */
export interface StackPart {
  value: Quantity;
  fill: string;
}

/** How wide an unknown part is drawn: wide enough to see its hatching, with no length to read. */
export const UNKNOWN_PART = 24;

/**
 * A bar of parts end to end, each part's shapes apart so that each can be its own mark. Known
 * parts take their length on the scale; a part the source does not give is drawn after them as
 * a hatched box of fixed width, never as a part of zero, and says "?".
 */
export function stackedBar({
  scale,
  y,
  height,
  parts,
}: {
  scale: ScaleLinear<number, number>;
  y: number;
  height: number;
  parts: readonly StackPart[];
}): Shape[][] {
  let sum = 0;
  const known = parts.map((part): Shape[] | null => {
    if (part.value.status !== 'known') return null;
    const x0 = scale(sum);
    sum += part.value.value;
    return [rect(x0, y, Math.max(1, scale(sum) - x0), height, part.fill)];
  });
  let next = sum > 0 ? scale(sum) + 4 : scale(0);
  return parts.map((part, index) => {
    const shapes = known[index];
    if (shapes) return shapes;
    const x = next;
    next += UNKNOWN_PART + 4;
    return [unknownBox(x, y, UNKNOWN_PART, height)];
  });
}
