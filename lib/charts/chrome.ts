import type { Shape } from './scene';
import { rule, text, type TextStyle } from './shapes';
import { wrapText } from './text';
import { palette, type Frame } from './theme';

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

/** Title and subtitle at the top of a chart, so it stands alone when saved or embedded. */
export function chartHeader(f: Frame, title: string, subtitle: string): Block {
  const width = f.width - 2 * f.margin;
  const heading = textBlock(title, {
    x: f.margin,
    top: f.margin,
    width,
    size: f.title,
    weight: 'bold',
  });
  const sub = textBlock(subtitle, {
    x: f.margin,
    top: heading.bottom + 2,
    width,
    size: f.subtitle,
    fill: palette.inkSoft,
  });
  return { shapes: [...heading.shapes, ...sub.shapes], bottom: sub.bottom + f.margin / 2 };
}

/** The source line, and the licence where the frame asks for it, at the foot of a chart. */
export function chartFooter(f: Frame, source: string, top: number): Block {
  const width = f.width - 2 * f.margin;
  const words = textBlock(f.credit ? `${source} · Repression in Numbers, CC BY 4.0` : source, {
    x: f.margin,
    top: top + 4,
    width,
    size: f.source,
    fill: palette.inkSoft,
  });
  return { shapes: [rule(f, top), ...words.shapes], bottom: words.bottom + f.margin / 2 };
}
