import type { Scene } from '@/lib/charts/scene';
import { thumbnail } from '@/lib/charts/thumbnail';
import { palette } from '@/lib/charts/theme';

import { HatchPattern, ShapeElement } from './chart-svg';

/** A chart's marks as a small static picture: no words, no script, hidden from screen readers. */
export function ChartThumbnail({ scene, idPrefix }: { scene: Scene; idPrefix: string }) {
  const { viewBox, shapes } = thumbnail(scene);
  const hatchId = `${idPrefix}-hatch`;
  return (
    <svg
      viewBox={viewBox}
      className="chart-thumbnail"
      aria-hidden="true"
      focusable="false"
      preserveAspectRatio="xMidYMid meet"
    >
      <HatchPattern id={hatchId} />
      <rect x="-10000" y="-10000" width="20000" height="20000" fill={palette.paper} />
      {shapes.map((shape, index) => (
        <ShapeElement key={index} shape={shape} hatchId={hatchId} />
      ))}
    </svg>
  );
}
