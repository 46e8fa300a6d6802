/**
 * Writes lib/grammar/glyph-widths.json: the advance width of every character the charts may draw
 * (Basic Latin, Latin-1, Cyrillic with Ukrainian Ґ, and the punctuation, arrows and signs the
 * texts use), in thousandths of an em, in DejaVu Sans and DejaVu Sans Bold: the faces the PNG
 * downloads are drawn in and the widest of the site's font stack. Read from the font files of the
 * `dejavu-fonts-ttf` package (their `cmap` and `hmtx` tables), so no browser is needed.
 *
 *   npx tsx scripts/measure-glyphs.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const fonts = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);

const ranges: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x400, 0x45f],
  [0x490, 0x491],
  [0x2010, 0x2027],
  [0x202f, 0x2030],
  [0x2039, 0x203a],
  [0x2116, 0x2116],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x2248, 0x2248],
];
const characters = ranges.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i),
);

/** Each character's advance width in thousandths of an em, from a TrueType font's tables. */
function advanceWidths(file: string): Record<string, number> {
  const font = readFileSync(path.join(fonts, file));
  const tables = new Map<string, number>();
  for (let i = 0, count = font.readUInt16BE(4); i < count; i++) {
    const at = 12 + 16 * i;
    tables.set(font.toString('latin1', at, at + 4), font.readUInt32BE(at + 8));
  }
  const table = (tag: string) => tables.get(tag)!;
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const metrics = font.readUInt16BE(table('hhea') + 34);
  const advance = (glyph: number) =>
    font.readUInt16BE(table('hmtx') + 4 * Math.min(glyph, metrics - 1));
  // The Unicode BMP subtable (platform 3, encoding 1), format 4: segments of character codes.
  const cmap = table('cmap');
  let sub = 0;
  for (let i = 0, count = font.readUInt16BE(cmap + 2); i < count; i++) {
    const at = cmap + 4 + 8 * i;
    if (font.readUInt16BE(at) === 3 && font.readUInt16BE(at + 2) === 1)
      sub = cmap + font.readUInt32BE(at + 4);
  }
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const offsets = deltas + 2 * segments;
  const glyphOf = (code: number): number => {
    for (let s = 0; s < segments; s++) {
      if (font.readUInt16BE(ends + 2 * s) < code) continue;
      const start = font.readUInt16BE(starts + 2 * s);
      if (start > code) return 0;
      const delta = font.readInt16BE(deltas + 2 * s);
      const offset = font.readUInt16BE(offsets + 2 * s);
      if (offset === 0) return (code + delta) & 0xffff;
      const glyph = font.readUInt16BE(offsets + 2 * s + offset + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const widths: Record<string, number> = {};
  for (const code of characters) {
    const glyph = glyphOf(code);
    if (glyph !== 0)
      widths[String.fromCodePoint(code)] = Math.round((advance(glyph) / unitsPerEm) * 1000);
  }
  return widths;
}

const out = path.join(process.cwd(), 'lib/grammar/glyph-widths.json');
writeFileSync(
  out,
  `${JSON.stringify({
    normal: advanceWidths('DejaVuSans.ttf'),
    bold: advanceWidths('DejaVuSans-Bold.ttf'),
  })}\n`,
);
console.log(`Wrote ${path.relative(process.cwd(), out)}`);
