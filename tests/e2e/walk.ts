// The pages the walking tests visit, what each shows without scripts, and the time a walk may
// take. A walk's time follows the number of its visits, so a site with more pages (or a slower
// machine) is not a failure, while one page that hangs still is.
import { expect, test, type Page } from '@playwright/test';

import { charts } from '@/lib/charts/registry';
import { loadDeck } from '@/lib/present/load-deck';
import { sitePaths } from '@/lib/site/pages';
import { localePath } from '@/lib/site/paths';

/** Every page of the site in English (the sitemap's list, whether or not the build wrote one). */
export const sitePages: readonly string[] = sitePaths(
  charts.map((chart) => chart.slug),
  loadDeck('en').length,
);

/** Every embed, one a chart: pages of the site that the sitemap leaves out. */
export const embedPages: readonly string[] = charts.map((chart) => `/embed/${chart.slug}`);

/** Every page and embed in a language, at its addresses there. */
export const pagesIn = (locale: string): string[] =>
  [...sitePages, ...embedPages].map((path) => localePath(locale, path));

/**
 * Gives the running test the time for `visits` visits of at most `msPerVisit` each, plus the
 * browser's start. Each walk's figure is about three times what a visit took on the project's
 * two-core machine with both Playwright workers busy.
 */
export function allowForVisits(visits: number, msPerVisit: number): void {
  test.setTimeout(30_000 + visits * msPerVisit);
}

/** `items` cut into the fewest runs of at most `most`, in order, their lengths within one. */
export function runsOf<T>(items: readonly T[], most: number): T[][] {
  const count = Math.ceil(items.length / most);
  return Array.from({ length: count }, (_, i) =>
    items.slice(
      Math.floor((i * items.length) / count),
      Math.floor(((i + 1) * items.length) / count),
    ),
  );
}

/** A page read without its scripts shows its content: its title, and its chart where it has one. */
export async function expectContentWithoutScripts(page: Page, path: string) {
  const embed = path.includes('/embed/');
  if (!embed) await expect(page.locator('h1').first(), path).not.toBeEmpty();
  // Every page of a chart shows it, except the teacher's page, which is words only.
  if ((path.includes('/charts/') && !path.endsWith('/teach')) || embed)
    await expect(page.locator('svg.chart-svg:visible [data-mark]').first(), path).toBeVisible();
}
