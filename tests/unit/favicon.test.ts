import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';

import { palette } from '@/lib/grammar/theme';
import { faviconPng, icoOf } from '@/lib/downloads/favicon';
import { FAVICON_PNG_SIZE, faviconSvg } from '@/lib/site/favicon';

const png = faviconPng();
const hex = (r: number, g: number, b: number) =>
  `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`.toLowerCase();

describe('the favicon', () => {
  it('is a PNG of 32 × 32 pixels', () => {
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The IHDR chunk: width and height, big-endian, after the 8-byte signature and 8 bytes of
    // chunk length and type.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
    expect(FAVICON_PNG_SIZE).toBe(32);
  });

  it('draws the charts’ colours, the unknown’s grey among them', () => {
    const { pixels } = new Resvg(faviconSvg(), { fitTo: { mode: 'width', value: 32 } }).render();
    const colours = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4)
      colours.add(hex(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!));
    for (const colour of [palette.blue, palette.vermillion, palette.unknown, palette.ink])
      expect(colours, colour).toContain(colour.toLowerCase());
  });

  it('is a .ico of one image whose directory points at the PNG', () => {
    const ico = Buffer.from(icoOf(png, 32));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(ico.readUInt32LE(14)).toBe(png.length);
    expect(ico.readUInt32LE(18)).toBe(22);
    expect(ico.subarray(22).equals(png)).toBe(true);
  });
});
