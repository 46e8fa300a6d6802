import { chartPath, handoutPath, teachPath } from './paths';

/**
 * The site's public address, for absolute links (sitemap, citations). Set SITE_URL when deploying;
 * the default is where `npm start` serves it.
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/**
 * The address set for the deployed site, or null where none was set: what may go on paper (a
 * handout's QR code), where the default would send every phone to its own localhost.
 */
export const publicSiteUrl = process.env.SITE_URL ? siteUrl : null;

/** Every page of the site, for the sitemap and for the tests that visit them all. */
export function sitePaths(chartSlugs: readonly string[], slideCount: number): string[] {
  const slides = Array.from({ length: slideCount - 1 }, (_, i) => `/present/${i + 2}`);
  return [
    '/',
    '/data',
    '/about',
    '/corrections',
    ...chartSlugs.flatMap((slug) => [chartPath(slug), handoutPath(slug), teachPath(slug)]),
    '/present',
    ...slides,
    '/present/overview',
    '/present/presenter',
    '/present/print',
  ];
}
