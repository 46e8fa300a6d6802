/**
 * The site's public address, for absolute links (sitemap, citations). Set SITE_URL when deploying;
 * the default is where `npm start` serves it.
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** Every page of the site, for the sitemap and for the tests that visit them all. */
export function sitePaths(chartSlugs: readonly string[], slideCount: number): string[] {
  const slides = Array.from({ length: slideCount - 1 }, (_, i) => `/present/${i + 2}`);
  return [
    '/',
    '/data',
    '/about',
    '/corrections',
    ...chartSlugs.map((slug) => `/charts/${slug}`),
    '/present',
    ...slides,
    '/present/overview',
    '/present/print',
  ];
}
