/**
 * What the deck's service worker keeps for a class that loses its network: every slide's page, the
 * print version, and every file those pages load from /_next/static (scripts, styles, fonts). The
 * charts are SVG inside the pages, so no image needs keeping.
 */
export interface Precache {
  /** Changes with every build, so a new build replaces the old copy instead of mixing with it. */
  version: string;
  pages: string[];
  assets: string[];
}

/** The /_next/static files an HTML page refers to, in order of first mention, each once. */
export function staticAssets(html: string): string[] {
  const urls = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"?#]+)"/g)].map((m) => m[1]!);
  return [...new Set(urls)];
}

export function precacheList(version: string, pages: Record<string, string>): Precache {
  return {
    version,
    pages: Object.keys(pages),
    assets: [...new Set(Object.values(pages).flatMap(staticAssets))].sort(),
  };
}

/** The service worker's file and the part of the site it looks after. */
export const DECK_WORKER = { script: '/deck-sw.js', scope: '/present' } as const;
