import { qrPath } from '@/lib/handout/qr';
import { siteSay } from '@/lib/text/chart-file';

/** A QR code of an address, drawn at build time; its label says where it leads. */
export function QrCode({ text }: { text: string }) {
  const { size, d } = qrPath(text);
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      className="qr-code"
      role="img"
      aria-label={siteSay('en')('qr-label', { url: text })}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
