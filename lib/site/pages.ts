import { chartPath, handoutPath, localePath, teachPath } from './paths';

/** A site address as the build uses it (no final slash), or null where none was given. */
export const siteUrlOf = (value: string | undefined): string | null =>
  value ? value.replace(/\/$/, '') : null;

/**
 * The site's public address, for the absolute links that need one (canonical and Open Graph
 * addresses, the sitemap, citations, embed codes, a handout's QR code), or null where SITE_URL was
 * not set. Without it the build writes no absolute address of its own: a default such as
 * localhost would send every reader of a download, a pack or a printed sheet to their own machine.
 */
export const siteUrl = siteUrlOf(process.env.SITE_URL);

/**
 * What a build should say of the address it was given: a warning where none was set (every
 * absolute link is then left out), null where one was. An address that is not an absolute
 * http(s) URL stops the build, since every citation and QR code would carry it.
 */
export function siteAddressWarning(value: string | undefined): string | null {
  if (!value)
    return 'SITE_URL is not set: the build names no address of its own (no sitemap, canonical or Open Graph address, citations and packs without a link, handouts without a QR code). Build with SITE_URL=https://your.site/ for a site others will visit.';
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
    '/glossary',
    '/corrections',
    ...chartSlugs.flatMap((slug) => [chartPath(slug), handoutPath(slug), teachPath(slug)]),
    '/present',
    ...slides,
    '/present/overview',
    '/present/presenter',
    '/present/print',
    '/present/lesson',
    '/present/handouts',
  ];
}

/** robots.txt: every page may be crawled; the sitemap's address where the site's is known. */
export function robotsTxt(url: string | null): string {
  return ['User-agent: *', 'Allow: /', ...(url ? ['', `Sitemap: ${url}/sitemap.xml`] : [])]
    .join('\n')
    .concat('\n');
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The sitemap of the given pages (their English addresses) in every language, at the site's
 * address (a sitemap's addresses are absolute), each with its addresses in the others (hreflang).
 */
export function sitemapXml(
  url: string,
  paths: readonly string[],
  locales: readonly string[] = ['en'],
): string {
  const address = (locale: string, path: string) => escapeXml(`${url}${localePath(locale, path)}`);
  const alternates = (path: string) =>
    locales.length > 1
      ? locales
          .map(
            (locale) =>
              `<xhtml:link rel="alternate" hreflang="${locale}" href="${address(locale, path)}"/>`,
          )
          .join('')
      : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...locales.flatMap((locale) =>
      paths.map((path) => `<url><loc>${address(locale, path)}</loc>${alternates(path)}</url>`),
    ),
    '</urlset>',
    '',
  ].join('\n');
}
