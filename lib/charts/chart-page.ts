import type { Metadata } from 'next';

import { siteSay } from '@/lib/text/chart-file';
import { chartCitations } from '@/lib/text/cite';
import { loadPackage } from '@/lib/data/load-package';
import { localizedPackage } from '@/lib/text/localized-package';
import { siteUrl } from '@/lib/site/pages';
import { loadChartText } from '@/lib/text/load-text';

import { chartBySlug } from './registry';
import { PNG_WIDTH, chartFile } from '@/lib/downloads/files';
import { chartPath } from '@/lib/site/paths';
import { pageAlternates } from '@/lib/site/alternates';
import type { Heading } from '@/lib/grammar/compose';
import type { Say } from '@/lib/text/messages';

/**
 * What a chart's pages (the page itself, its handout) are made from in a language, or null for
 * no such chart; with the site's address they are made for (null: none was set).
 */
export function chartPageData(slug: string, locale: string, url: string | null = siteUrl) {
  const definition = chartBySlug(slug);
  if (!definition) return null;
  const canonical = loadPackage();
  // What the page shows of the package (titles, citations, scholarship's words) in its language.
  const pkg = localizedPackage(canonical, locale);
  const say = siteSay(locale);
  const heading = definition.heading(locale);
  return {
    definition,
    heading,
    say,
    pkg,
    chart: definition.build(canonical, locale),
    text: loadChartText(slug, locale),
    siteUrl: url,
    citations: chartCitations(say, {
      title: heading.title,
      url: url && `${url}${chartPath(slug, locale)}`,
      year: pkg.descriptor.created.slice(0, 4),
      version: pkg.descriptor.version,
      slug,
    }),
  };
}

export type ChartPageData = NonNullable<ReturnType<typeof chartPageData>>;

/**
 * A chart page's title and description in its language, and, where the site's address is known,
 * its canonical address, its addresses in the other languages, and the chart's PNG for Open
 * Graph and Twitter cards, which must be absolute (with the site's folder: metadataBase would
 * resolve "/downloads/…" to its host's root). Without the address the page names none.
 */
export function chartPageMetadata(
  slug: string,
  heading: { title: string; summary: string },
  locale: string,
  siteUrl: string | null,
): Metadata {
  const described = { title: heading.title, description: heading.summary };
  if (!siteUrl) return described;
  const image = {
    url: `${siteUrl}${chartFile(slug, 'png', locale)}`,
    width: PNG_WIDTH,
    alt: heading.title,
  };
  return {
    ...described,
    alternates: pageAlternates(siteUrl, chartPath(`${slug}`), locale),
    openGraph: { ...described, type: 'article', images: [image] },
    twitter: { card: 'summary_large_image', ...described, images: [image] },
  };
}

/** What Next.js passes to a page of one chart, in English or (with `lang`) a translation. */
export type ChartRouteProps = { params: Promise<{ slug: string; lang?: string }> };

/**
 * A chart route's `generateMetadata`: the page's metadata from the chart's heading in the page's
 * language (English where the route has no `lang`).
 */
export const chartMetadata =
  (
    describe: (page: {
      slug: string;
      heading: Heading & { summary: string };
      locale: string;
      say: Say;
    }) => Metadata,
  ) =>
  async ({ params }: ChartRouteProps): Promise<Metadata> => {
    const { slug, lang: locale = 'en' } = await params;
    const chart = chartBySlug(slug);
    return chart
      ? describe({ slug, heading: chart.heading(locale), locale, say: siteSay(locale) })
      : {};
  };
