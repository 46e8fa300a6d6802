import type { Shape } from '../scene';
import { rect } from '../shapes';
import { palette } from '../theme';

/** A hatched, dashed box where the source prints "?": unknown, never a bar of zero. */
export const unknownBox = (x: number, y: number, width: number, height: number): Shape =>
  rect(x, y, width, height, palette.paper, { stroke: palette.unknown, unknown: true });
