import { findElements } from '@/lib/build/html';
import { basePath, withBase } from '@/lib/site/paths';

/**
 * What the deck's service worker keeps for a class that loses its network: every slide's page, the
 * print version, every file those pages load from /_next/static (scripts, styles, fonts), and the
 * payloads Next.js fetches to move between slides without reloading (files of the export). The
 * charts are SVG inside the pages, so no image needs keeping.
 */
export interface Precache {
  /** Changes with every build, so a new build replaces the old copy instead of mixing with it. */
  version: string;
  /** The deck's language: each has its own worker and copy, which replaces only its own. */
  locale: string;
  /** The site's folder ('' at the root), before every address below. */
  base: string;
  pages: string[];
  assets: string[];
  payloads: string[];
}

/** The /_next/static files an HTML page refers to, in order of first mention, each once. */
export function staticAssets(html: string): string[] {
  const asset = (url: string | undefined) =>
    url?.startsWith(withBase('/_next/static/')) ? url.replace(/[?#].*$/, '') : undefined;
  // The stylesheet inlined in a page still names its file (data-href), which a move between
  // pages may fetch; a script held until the page is read names its file in data-src
  // (lib/build/script-loading.ts).
  const named = (attributes: Record<string, string>) =>
    asset(attributes.src) ??
    asset(attributes.href) ??
    asset(attributes['data-href']) ??
    asset(attributes['data-src']);
  const { found } = findElements(html, (_name, attributes) => named(attributes) !== undefined);
  return [...new Set(found.map(({ attributes }) => named(attributes)!))];
}

/**
 * The payloads of a page in the export: the whole page's data (`/present/3.txt`) and its parts,
 * the `__next.*.txt` files in the page's own folder (`/present/3/__next._tree.txt`).
 */
export function pagePayloads(route: string, filesInFolder: readonly string[]): string[] {
  const parts = filesInFolder.filter((file) => /^__next\.[^/\\]+\.txt$/.test(file)).sort();
  return [`${route}.txt`, ...parts.map((file) => `${route}/${file}`)];
}

export function precacheList(
  version: string,
  locale: string,
  pages: Record<string, string>,
  payloads: readonly string[],
): Precache {
  return {
    version,
    locale,
    base: basePath,
    pages: Object.keys(pages),
    assets: [...new Set(Object.values(pages).flatMap(staticAssets))].sort(),
    payloads: [...payloads],
  };
}
