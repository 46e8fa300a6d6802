import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';

import { qrPath } from '@/lib/handout/qr';

/** Draws the code as a printer would and reads it back as a phone's camera would. */
function decode(text: string): string | undefined {
  const { size, d } = qrPath(text);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size * 8 } }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

describe('qrPath', () => {
  it('draws a code that reads back as the chart’s address', () => {
    const address = 'https://example.org/some/folder/charts/mass-operations';
    expect(decode(address)).toBe(address);
  });

  it('leaves a quiet zone of four modules on every side', () => {
    const { size, d } = qrPath('https://example.org/');
    const coordinates = [...d.matchAll(/M(\d+) (\d+)/g)].flatMap((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(Math.min(...coordinates)).toBe(4);
    expect(Math.max(...coordinates)).toBe(size - 5);
  });
});
