/** The folder a site address puts the site in: '' at the root of its host, else '/some/folder'. */
export function basePathOf(siteUrl: string | undefined): string {
  if (!siteUrl) return '';
  try {
    return new URL(siteUrl).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/**
 * The folder the site is built for, from SITE_URL (next.config.ts passes it to the browser's
 * code as BASE_PATH, and to Next.js as its basePath, which its links and router add themselves).
 */
export const basePath = process.env.BASE_PATH ?? basePathOf(process.env.SITE_URL);

/** An address of the site as a browser asks for it: under the site's folder, if it has one. */
export const withBase = (path: string) => `${basePath}${path}`;

/**
 * A page's address in a language: English at the site's own addresses, each translation under
 * its folder ('/data' → '/sv/data', '/' → '/sv', '/#charts' → '/sv#charts').
 */
export function localePath(locale: string, path: string): string {
  if (locale === 'en') return path;
  return path === '/' || /^\/[#?]/.test(path) ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** The addresses of a chart's pages, in one place for every link, the sitemap and the tests. */
export const chartPath = (slug: string, locale = 'en') => localePath(locale, `/charts/${slug}`);

/** The one sheet a student is given. */
export const handoutPath = (slug: string, locale = 'en') =>
  localePath(locale, `/charts/${slug}/handout`);

/** The teacher's page: strong answers, source checks and a lesson plan; never on the projector. */
export const teachPath = (slug: string, locale = 'en') =>
  localePath(locale, `/charts/${slug}/teach`);

/**
 * Where a language's words for the chart's sound are served: a static file the sound fetches with
 * chart2music when a reader asks to listen, so that no page carries them until then.
 */
export const soundWordsPath = (locale: string) => localePath(locale, '/sound/words.json');
