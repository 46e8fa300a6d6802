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
  const lines = wrapText(words, width, size);
  const shapes = lines.map((line, index) =>
    text(x, top + size + index * lineHeight, line, size, style),
  );
  return { shapes, bottom: top + lines.length * lineHeight + Math.round(size * 0.3) };
}

/** Where a block of text across the whole frame, between its margins, starts and how wide it is. */
export const acrossFrame = (f: Frame) => ({ x: f.margin, width: f.width - 2 * f.margin });

/** Title and subtitle at the top of a chart, so it stands alone when saved or embedded. */
export function chartHeader(
  f: Frame,
  title: string,
  subtitle: string,
): Block & { titleBottom: number } {
  const heading = textBlock(title, { ...acrossFrame(f), top: f.margin, size: f.title, ...bold });
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
    bottom: sub.bottom + f.margin / 2,
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
  return { shapes: [rule(f, top), ...words.shapes], bottom: words.bottom + f.margin / 2 };
}
