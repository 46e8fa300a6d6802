import type { Shape } from '../scene';

/**
 * An arrowhead whose base spans from–to across the direction it points, at `at` along it: the mark
 * of a figure that goes on ("at least", or past the end of the axis).
 */
export function arrowhead({
  at,
  from,
  to,
  length,
  direction,
  fill,
}: {
  at: number;
  from: number;
  to: number;
  length: number;
  direction: 'right' | 'down';
  fill: string;
}): Extract<Shape, { type: 'path' }> {
  const mid = (from + to) / 2;
  const d =
    direction === 'right'
      ? `M${at},${from} L${at + length},${mid} L${at},${to} Z`
      : `M${from},${at} L${mid},${at + length} L${to},${at} Z`;
  return { type: 'path', d, fill };
}
