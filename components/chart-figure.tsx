import type { Scene } from '@/lib/charts/scene';
import type { Variant } from '@/lib/charts/theme';

import { ChartInteraction } from './chart-interaction';
import { ChartSvg } from './chart-svg';

/**
 * A chart in both its layouts with the interactive layer over them. A container query shows the
 * layout that fits, so a phone gets a chart made for it rather than a desktop chart shrunk.
 */
export function ChartFigure({
  slug,
  scenes,
  className = '',
}: {
  slug: string;
  scenes: Record<Variant, Scene>;
  className?: string;
}) {
  return (
    <ChartInteraction>
      <figure className={`chart-figure ${className}`.trim()}>
        <div className="chart-wide">
          <ChartSvg scene={scenes.wide} idPrefix={`${slug}-wide`} />
        </div>
        <div className="chart-narrow">
          <ChartSvg scene={scenes.narrow} idPrefix={`${slug}-narrow`} />
        </div>
      </figure>
    </ChartInteraction>
  );
}
