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

/**
 * What a build should say of the address it was given: a warning where none was set (every
 * absolute link then names localhost), null where one was. An address that is not an absolute
 * http(s) URL stops the build, since every citation and QR code would carry it.
 */
export function siteAddressWarning(value: string | undefined): string | null {
  if (!value)
    return 'SITE_URL is not set: citations, embed codes, Open Graph tags and the sitemap will name http://localhost:3000, and handouts will carry no QR code. Build with SITE_URL=https://your.site/ for a site others will visit.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute address such as https://example.org/, not "${value}".`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http or https address, not "${value}".`);
  if (url.search || url.hash)
    throw new Error(
      `SITE_URL must be the site's address alone, without ?query or #fragment: "${value}".`,
    );
  return null;
}

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
