import type { Metadata } from 'next';

import { chartCitations } from '@/lib/cite';
import { loadPackage } from '@/lib/data/load-package';
import { siteUrl } from '@/lib/site';
import { loadChartText } from '@/lib/text/load-text';

import type { ChartDefinition } from './definition';
import { chartBySlug } from './registry';
import { chartPath } from '@/lib/paths';

/** What a chart's pages (the page itself, its handout) are made from, or null for no such chart. */
export function chartPageData(slug: string) {
  const definition = chartBySlug(slug);
  if (!definition) return null;
  const pkg = loadPackage();
  return {
    definition,
    pkg,
    chart: definition.build(pkg),
    text: loadChartText(slug),
    citations: chartCitations({
      title: definition.title,
      url: `${siteUrl}${chartPath(slug)}`,
      year: pkg.descriptor.created.slice(0, 4),
      version: pkg.descriptor.version,
      slug,
    }),
  };
}

export type ChartPageData = NonNullable<ReturnType<typeof chartPageData>>;

/** What Next.js passes to a page of one chart. */
export type ChartRouteProps = { params: Promise<{ slug: string }> };

/** A chart route's `generateMetadata`: the page's metadata from the chart's definition. */
export const chartMetadata =
  (describe: (chart: ChartDefinition) => Metadata) =>
  async ({ params }: ChartRouteProps): Promise<Metadata> => {
    const chart = chartBySlug((await params).slug);
    return chart ? describe(chart) : {};
  };
