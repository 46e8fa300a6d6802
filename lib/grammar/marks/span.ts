import type { Shape } from '../scene';
import { rect } from '../shapes';
import { palette } from '../theme';
import { arrowhead } from './arrow';

/**
 * A span of time as a bar: along the time axis from `from` to `to` (at least 2 px, so a span of
 * days still shows), across it from `across` for `thickness`; time runs right or down. A span that
 * goes on past the axis ends in an arrowhead.
 */
export function spanBar({
  from,
  to,
  across,
  thickness,
  direction,
  fill,
  open,
}: {
  from: number;
  to: number;
  across: number;
  thickness: number;
  direction: 'right' | 'down';
  fill: string;
  open: boolean;
}): Shape[] {
  const length = Math.max(2, to - from);
  const style = { stroke: palette.paper };
  const bar =
    direction === 'right'
      ? rect(from, across, length, thickness, fill, style)
      : rect(across, from, thickness, length, fill, style);
  if (!open) return [bar];
  const end = { from: across - 4, to: across + thickness + 4, length: 10 };
  return [bar, arrowhead({ at: to, ...end, direction, fill })];
}
