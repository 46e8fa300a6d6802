import QRCode from 'qrcode';

/** The light margin a reader needs around a code, in modules (the QR standard asks for four). */
const QUIET_ZONE = 4;

/**
 * A QR code as one SVG path of unit squares, drawn at build time: no script, no image file, and
 * sharp at any print size. Medium error correction survives a photocopy of a photocopy.
 */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row++)
    for (let column = 0; column < modules.size; column++)
      if (modules.get(row, column))
        squares.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
  return { size: modules.size + 2 * QUIET_ZONE, d: squares.join('') };
}
