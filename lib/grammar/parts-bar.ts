import { scaleLinear } from 'd3';

import type { Body } from './compose';
import type { Mark } from './scene';
import { rect, text } from './shapes';
import type { Frame } from './theme';

/** A part of a whole: its mark's id and name, its value, colour, and its line in the key. */
interface Part {
  id: string;
  label: string;
  value: number;
  fill: string;
  key: string;
}

const BAR = 20;
/** A key's colour swatch, and where its words start after the swatch's left edge. */
const SWATCH = 14;
const KEY_TEXT = 22;

/**
 * A whole as one bar across the frame, in its parts end to end (each at least 2 units, so a
 * small part still shows), with a key under it: a swatch and words for each part, a line each.
 */
export function partsBar(f: Frame, parts: readonly Part[], top: number): Body {
  const whole = parts.reduce((sum, part) => sum + part.value, 0);
  const x = scaleLinear()
    .domain([0, whole])
    .range([f.margin, f.width - f.margin]);
  const keyTop = top + BAR + 8;
  const keyRow = f.small + 10;
  let start = 0;
  const marks = parts.map((part, index): Mark => {
    const rowY = keyTop + index * keyRow;
    const shapes = [
      rect(x(start), top, Math.max(2, x(start + part.value) - x(start)), BAR, part.fill),
      rect(f.margin, rowY, SWATCH, SWATCH, part.fill),
      text(f.margin + KEY_TEXT, rowY + 12, part.key, f.small),
    ];
    start += part.value;
    return { id: part.id, label: part.label, shapes };
  });
  return { shapes: [], marks, bottom: keyTop + parts.length * keyRow + 8 };
}
