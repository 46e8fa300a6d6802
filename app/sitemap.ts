import type { MetadataRoute } from 'next';

import { charts } from '@/lib/charts/registry';
import { loadDeck } from '@/lib/present/load-deck';
import { sitePaths, siteUrl } from '@/lib/site';

/** Written once at build time, as a file. */
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths(
    charts.map((chart) => chart.slug),
    loadDeck().length,
  ).map((path) => ({ url: `${siteUrl}${path}` }));
}
