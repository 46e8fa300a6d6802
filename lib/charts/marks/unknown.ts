import type { Shape } from '../scene';
import { palette } from '../theme';

/** A hatched, dashed box where the source prints "?": unknown, never a bar of zero. */
export function unknownBox({
  x,
  y,
  width,
  height,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
}): Shape {
  return {
    type: 'rect',
    x,
    y,
    width,
    height,
    fill: palette.paper,
    stroke: palette.unknown,
    unknown: true,
  };
}
