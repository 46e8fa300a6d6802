import { acrossFrame, textBlock, type Block } from './chrome';
import type { Body } from './compose';
import { bold, soft } from './shapes';
import type { Frame } from './theme';

/**
 * A row's label with a note in smaller, softer type under it: the name of a category or figure,
 * and where it comes from or what it includes. Beside the marks on wide frames, above them on
 * narrow ones: the caller says where, by the x, top and width it gives.
 */
export function rowLabel(
  f: Frame,
  name: string,
  note: string,
  { x, top, width }: { x: number; top: number; width: number },
): Block & { label: Block; note: Block | null } {
  const label = textBlock(name, { x, top, width, size: f.text });
  const under = note
    ? textBlock(note, { x, top: label.bottom - 2, width, size: f.small, ...soft })
    : null;
  return {
    label,
    note: under,
    shapes: [...label.shapes, ...(under?.shapes ?? [])],
    bottom: under?.bottom ?? label.bottom,
  };
}

/** A group's heading across the whole chart, in bold: the rows under it belong together. */
export function groupHeading(f: Frame, title: string, top: number): Block {
  return textBlock(title, { ...acrossFrame(f), top, size: f.text + 1, ...bold });
}

/** A bold line across the chart, in its text size, that names the part of the chart under it. */
export function sectionHeading(f: Frame, words: string, top: number): Body {
  const block = textBlock(words, { ...acrossFrame(f), top, size: f.text, ...bold });
  return { shapes: block.shapes, marks: [], bottom: block.bottom + 4 };
}

/** How far a part is set in under its whole, so that it reads as "of which". */
export const partIndent = (narrow: boolean) => (narrow ? 12 : 20);
