import glyphWidths from './glyph-widths.json' with { type: 'json' };
import { MEASURE_ALLOWANCE } from './theme';

type Weight = 'normal' | 'bold';

/**
 * A text's width, for placing labels where no browser can measure them: the sum of its
 * characters' widths in DejaVu Sans (`scripts/measure-glyphs.ts`), the widest face of the site's
 * font stack and the one its PNG downloads are drawn in, with an allowance for other faces and
 * their kerning. A table of widths, as Observable Plot's text mark estimates them
 * (`defaultWidth` in `src/marks/text.js`), rather than one width for every character, because a
 * Russian line is a tenth wider than an English line of as many characters. A character the
 * table lacks counts as an em.
 */
export function textWidth(text: string, size: number, weight: Weight = 'normal'): number {
  const widths: Record<string, number> = glyphWidths[weight];
  let thousandths = 0;
  for (const character of text) thousandths += widths[character] ?? 1000;
  return (thousandths / 1000) * size * MEASURE_ALLOWANCE;
}

/**
 * Breaks text into lines no wider than maxWidth, at spaces but never at a no-break space (a
 * figure grouped as "1 500 524", a licence's name); a word longer than a line is cut.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  weight: Weight = 'normal',
): string[] {
  const fits = (line: string) => textWidth(line, size, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    for (let rest = word; rest.length > 0;) {
      const candidate = line === '' ? rest : `${line} ${rest}`;
      if (fits(candidate)) {
        line = candidate;
        rest = '';
      } else if (line !== '') {
        lines.push(line);
        line = '';
      } else {
        const characters = [...rest];
        let cut = 1;
        while (cut < characters.length && fits(characters.slice(0, cut + 1).join(''))) cut++;
        lines.push(characters.slice(0, cut).join(''));
        rest = characters.slice(cut).join('');
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Where to anchor a label centred on x so that it stays inside [left, right]: centred when it fits,
 * otherwise flush with the edge it would cross.
 */
export function labelInside(
  x: number,
  text: string,
  size: number,
  left: number,
  right: number,
): { x: number; anchor: 'start' | 'middle' | 'end' } {
  const half = textWidth(text, size) / 2;
  if (x + half > right) return { x: right, anchor: 'end' };
  if (x - half < left) return { x: left, anchor: 'start' };
  return { x, anchor: 'middle' };
}
