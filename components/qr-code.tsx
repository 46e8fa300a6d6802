import { qrPath } from '@/lib/handout/qr';
import type { Say } from '@/lib/text/messages';

/** A QR code of an address, drawn at build time; its label says where it leads. */
export function QrCode({ text, say }: { text: string; say: Say }) {
  const { size, d } = qrPath(text);
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      className="qr-code"
      role="img"
      aria-label={say('qr-label', { url: text })}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
