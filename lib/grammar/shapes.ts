import type { Shape } from './scene';
import { palette, type Frame } from './theme';

type Of<T extends Shape['type']> = Extract<Shape, { type: T }>;
export type TextStyle = Partial<Pick<Of<'text'>, 'fill' | 'weight' | 'anchor' | 'italic'>>;

/** The words of a chart in their usual voices: a name, a soft aside, a caveat in italics. */
export const bold: TextStyle = { weight: 'bold' };
export const soft: TextStyle = { fill: palette.inkSoft };
export const aside: TextStyle = { italic: true, fill: palette.inkSoft };

/** One line of text, its baseline at y: the primitive that every label, heading and value is. */
export const text = (
  x: number,
  y: number,
  words: string,
  size: number,
  style: TextStyle = {},
): Of<'text'> => ({ type: 'text', x, y, text: words, size, ...style });

export const line = (
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  style: Partial<Pick<Of<'line'>, 'width' | 'dash'>> = {},
): Of<'line'> => ({ type: 'line', x1, y1, x2, y2, stroke, ...style });

/** A rule across a frame between its margins, at y. */
export const rule = (f: Frame, y: number) => line(f.margin, y, f.width - f.margin, y, palette.rule);

export const rect = (
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string,
  style: Partial<Pick<Of<'rect'>, 'stroke' | 'unknown'>> = {},
): Of<'rect'> => ({ type: 'rect', x, y, width, height, fill, ...style });
