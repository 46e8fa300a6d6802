import type { Shape } from '../scene';
import { bold, text, type TextStyle } from '../shapes';
import { labelInside, textWidth } from '../measure';
import type { Frame } from '../theme';

/**
 * A figure's value beside its bar: after its end when it fits before the right edge, else before
 * its start when there is room, else on a line below, flush with the end (or, under a bar shorter
 * than it, with the left edge). Returns where it went,
 * so a row can make room for a label below.
 */
export function valueLabel({
  text: words,
  size,
  y,
  start,
  end,
  gap,
  left,
  right,
  belowY,
}: {
  text: string;
  size: number;
  /** The baseline beside the bar. */
  y: number;
  /** The bar's start and end, and the space between the end and a label after it. */
  start: number;
  end: number;
  gap: number;
  /** The edges it must stay within. */
  left: number;
  right: number;
  /** The baseline of a label below the bar. */
  belowY: number;
}): { shape: Shape; below: boolean } {
  const width = textWidth(words, size, 'bold');
  const at = (x: number, baseline: number, style: TextStyle = {}) =>
    text(x, baseline, words, size, { ...bold, ...style });
  if (end + gap + width <= right) return { shape: at(end + gap, y), below: false };
  if (start - 8 - width >= left)
    return { shape: at(start - 8, y, { anchor: 'end' }), below: false };
  // Flush with the bar's end, unless the bar is shorter than the words: then from the left edge.
  const flush = Math.max(Math.min(end, right), left + width);
  return { shape: at(flush, belowY, { anchor: 'end' }), below: true };
}

/** A value centred over its mark (a dot), flush with the frame's edge where it would cross it. */
export const valueAbove = (f: Frame, x: number, y: number, words: string): Shape => ({
  ...text(x, y, words, f.small),
  ...labelInside(x, words, f.small, f.margin, f.width - f.margin),
});
