import { charts } from '@/lib/charts/registry';
import { loadDeck } from '@/lib/present/load-deck';
import { sitePaths } from '@/lib/site';

/**
 * Every page of the site, as the sitemap lists them where the build knows the site's address (the
 * tests' build does not, and so has no sitemap).
 */
export const sitePages = (): string[] =>
  sitePaths(
    charts.map((chart) => chart.slug),
    loadDeck().length,
  );
