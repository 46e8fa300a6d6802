import type { Shape } from './scene';
import { bold, rule, soft, text, type TextStyle } from './shapes';
import { wrapText } from './measure';
import { type Frame } from './theme';

export interface Block {
  shapes: Shape[];
  /** The y just below the block. */
  bottom: number;
}

/** Lines of text stacked from a top y, wrapped to a width. */
export function textBlock(
  words: string,
  {
    x,
    top,
    width,
    size,
    ...style
  }: { x: number; top: number; width: number; size: number } & TextStyle,
): Block {
  const lineHeight = Math.round(size * 1.3);
  const lines = wrapText(words, width, size, style.weight);
  const shapes = lines.map((line, index) =>
    text(x, top + size + index * lineHeight, line, size, style),
  );
  return { shapes, bottom: top + lines.length * lineHeight + Math.round(size * 0.3) };
}

/**
 * A column's heading, bold at the small size with its first baseline at `top` + size, wrapped
 * within the column's room: its lines, and how much deeper than one line it runs (a language
 * whose words are longer may take two).
 */
export function columnHeading(
  f: Frame,
  words: string,
  { x, top, width }: { x: number; top: number; width: number },
): { shapes: Shape[]; deeper: number } {
  const lines = wrapText(words, width, f.small, 'bold');
  const lineHeight = Math.round(f.small * 1.3);
  return {
    shapes: lines.map((line, i) => text(x, top + f.small + i * lineHeight, line, f.small, bold)),
    deeper: (lines.length - 1) * lineHeight,
  };
}

/** Where a block of text across the whole frame, between its margins, starts and how wide it is. */
export const acrossFrame = (f: Frame) => ({ x: f.margin, width: f.width - 2 * f.margin });

/** A title at the frame's title size, or smaller (not under its text size) if that keeps it to its lines. */
function fittedTitle(f: Frame, title: string): Block {
  const at = (size: number) =>
    textBlock(title, { ...acrossFrame(f), top: f.margin, size, ...bold });
  for (let size = f.title; size > f.text; size--) {
    const heading = at(size);
    if (heading.shapes.length <= f.titleLines) return heading;
  }
  return at(f.text);
}

/** Title and subtitle at the top of a chart, so it stands alone when saved or embedded. */
export function chartHeader(
  f: Frame,
  title: string,
  subtitle: string,
): Block & { titleBottom: number } {
  const heading = fittedTitle(f, title);
  const sub = textBlock(subtitle, {
    ...acrossFrame(f),
    top: heading.bottom + 2,
    size: f.subtitle,
    ...soft,
  });
  const titled = heading.shapes.map((shape) =>
    shape.type === 'text' ? { ...shape, title: true as const } : shape,
  );
  return {
    shapes: [...titled, ...sub.shapes],
    bottom: sub.bottom + f.inner,
    titleBottom: heading.bottom,
  };
}

/** The source line (with the site's name and licence, on frames that carry it) at a chart's foot. */
export function chartFooter(f: Frame, line: string, top: number): Block {
  const words = textBlock(line, {
    ...acrossFrame(f),
    top: top + 4,
    size: f.source,
    ...soft,
  });
  return { shapes: [rule(f, top), ...words.shapes], bottom: words.bottom + f.inner };
}
