import type { Scene } from '@/lib/grammar/scene';
import type { PageVariant } from '@/lib/grammar/theme';
import { siteClientWords } from '@/lib/text/chart-file';

import { ChartInteraction } from './chart-interaction';
import { BENCH_BUILD, ChartSvg } from './chart-svg';

/**
 * A chart in both its layouts. A container query shows the layout that fits, so a phone gets a
 * chart made for it rather than a desktop chart shrunk. Static: no script.
 */
export function ChartLayouts({
  id,
  scenes,
  labelledBy,
  className = '',
}: {
  /** Unique on the page: the chart's slug, or more where a page shows it twice (the printed deck). */
  id: string;
  scenes: Record<PageVariant, Scene>;
  /** The page's heading of the chart, where the page gives the title (see ChartSvg). */
  labelledBy?: string;
  className?: string;
}) {
  return (
    <figure className={`chart-figure ${className}`.trim()}>
      {(['wide', 'narrow'] as const).map((variant) => (
        <ChartSvg
          key={variant}
          className={`chart-${variant}`}
          scene={scenes[variant]}
          idPrefix={`${id}-${variant}`}
          labelledBy={labelledBy}
          reportPaint={BENCH_BUILD}
        />
      ))}
    </figure>
  );
}

/** A chart in both its layouts with the interactive layer over them, its keys in the page's language. */
export function ChartFigure({
  locale,
  ...props
}: Parameters<typeof ChartLayouts>[0] & { locale: string }) {
  return (
    <ChartInteraction words={siteClientWords('chartKeys', locale)}>
      <ChartLayouts {...props} />
    </ChartInteraction>
  );
}
