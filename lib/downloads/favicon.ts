import { Resvg } from '@resvg/resvg-js';

import { FAVICON_PNG_SIZE, faviconSvg } from '@/lib/site/favicon';

/** The icon as a square PNG of `size` pixels, drawn by resvg from the SVG. */
export function faviconPng(size = FAVICON_PNG_SIZE): Buffer {
  return new Resvg(faviconSvg(), { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/**
 * A .ico file holding one PNG image (an ICO may carry PNG data since Windows Vista; every current
 * browser reads it): a 6-byte header, one 16-byte directory entry, then the PNG.
 */
export function icoOf(png: Uint8Array, size: number): Uint8Array {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6); // width (0 means 256)
  header.writeUInt8(size >= 256 ? 0 : size, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // size of the image data
  header.writeUInt32LE(22, 18); // where it starts
  return Buffer.concat([header, png]);
}
