import type { Metadata } from 'next';

import { siteSay } from '@/lib/text/chart-file';
import { chartCitations } from '@/lib/text/cite';
import { loadPackage } from '@/lib/data/load-package';
import { siteUrl } from '@/lib/site/pages';
import { loadChartText } from '@/lib/text/load-text';

import type { ChartDefinition } from './definition';
import { chartBySlug } from './registry';
import { PNG_WIDTH, chartFile } from '@/lib/downloads/files';
import { chartPath } from '@/lib/site/paths';

/**
 * What a chart's pages (the page itself, its handout) are made from, or null for no such chart;
 * with the site's address they are made for (null: none was set).
 */
export function chartPageData(slug: string, url: string | null = siteUrl) {
  const definition = chartBySlug(slug);
  if (!definition) return null;
  const pkg = loadPackage();
  return {
    definition,
    pkg,
    chart: definition.build(pkg, 'en'),
    text: loadChartText(slug, 'en'),
    siteUrl: url,
    citations: chartCitations(siteSay('en'), {
      title: definition.title,
      url: url && `${url}${chartPath(slug)}`,
      year: pkg.descriptor.created.slice(0, 4),
      version: pkg.descriptor.version,
      slug,
    }),
  };
}

export type ChartPageData = NonNullable<ReturnType<typeof chartPageData>>;

/**
 * A chart page's title and description, and, where the site's address is known, its canonical
 * address and the chart's PNG for Open Graph and Twitter cards, which must be absolute (with the
 * site's folder: metadataBase would resolve "/downloads/…" to its host's root). Without the address
 * the page names none.
 */
export function chartPageMetadata(
  chart: Pick<ChartDefinition, 'slug' | 'title' | 'summary'>,
  siteUrl: string | null,
): Metadata {
  const described = { title: chart.title, description: chart.summary };
  if (!siteUrl) return described;
  const image = {
    url: `${siteUrl}${chartFile(chart.slug, 'png')}`,
    width: PNG_WIDTH,
    alt: chart.title,
  };
  return {
    ...described,
    alternates: { canonical: `${siteUrl}${chartPath(chart.slug)}` },
    openGraph: { ...described, type: 'article', images: [image] },
    twitter: { card: 'summary_large_image', ...described, images: [image] },
  };
}

/** What Next.js passes to a page of one chart. */
export type ChartRouteProps = { params: Promise<{ slug: string }> };

/** A chart route's `generateMetadata`: the page's metadata from the chart's definition. */
export const chartMetadata =
  (describe: (chart: ChartDefinition) => Metadata) =>
  async ({ params }: ChartRouteProps): Promise<Metadata> => {
    const chart = chartBySlug((await params).slug);
    return chart ? describe(chart) : {};
  };
