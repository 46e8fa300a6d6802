import type { Picture } from '@/lib/grammar/thumbnail';
import { fontFamily, palette } from '@/lib/grammar/theme';

import { HatchPattern, ShapeElement } from './chart-svg';

/**
 * A chart as a small static picture (lib/grammar/thumbnail.ts makes it): no script, hidden from
 * screen readers, beside words that say what it shows.
 */
export function ChartThumbnail({
  picture: { viewBox, shapes },
  idPrefix,
}: {
  picture: Picture;
  idPrefix: string;
}) {
  const hatchId = `${idPrefix}-hatch`;
  return (
    <svg
      viewBox={viewBox}
      className="chart-thumbnail"
      aria-hidden="true"
      focusable="false"
      preserveAspectRatio="xMidYMin meet"
      fontFamily={fontFamily}
    >
      <HatchPattern id={hatchId} />
      <rect x="-10000" y="-10000" width="20000" height="20000" fill={palette.paper} />
      {shapes.map((shape, index) => (
        <ShapeElement key={index} shape={shape} hatchId={hatchId} />
      ))}
    </svg>
  );
}
