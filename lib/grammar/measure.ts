import { BOLD_CHARACTER_WIDTH, CHARACTER_WIDTH } from './theme';

/** An estimate of a text's width, for placing labels where no browser can measure them. */
export function textWidth(
  text: string,
  size: number,
  weight: 'normal' | 'bold' = 'normal',
): number {
  return text.length * size * (weight === 'bold' ? BOLD_CHARACTER_WIDTH : CHARACTER_WIDTH);
}

/** Breaks text into lines of at most maxWidth, at spaces; a word longer than a line is cut. */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (size * CHARACTER_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest.length > 0;) {
      const candidate = line === '' ? rest : `${line} ${rest}`;
      if (candidate.length <= perLine) {
        line = candidate;
        rest = '';
      } else if (line !== '') {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, perLine));
        rest = rest.slice(perLine);
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
