/**
 * What the deck's service worker keeps for a class that loses its network: every slide's page, the
 * print version, every file those pages load from /_next/static (scripts, styles, fonts), and the
 * payloads Next.js fetches to move between slides without reloading. The charts are SVG inside
 * the pages, so no image needs keeping.
 */
export interface Precache {
  /** Changes with every build, so a new build replaces the old copy instead of mixing with it. */
  version: string;
  pages: string[];
  assets: string[];
  payloads: Payload[];
}

/**
 * One payload of a page, as Next.js's router asks for it: the whole page's data (segment '') or
 * one part of it, named in its Next-Router-Segment-Prefetch header ("/_tree").
 */
export interface Payload {
  path: string;
  segment: string;
}

/**
 * The payloads of a page, from the files `next build` writes for its parts (relative to the
 * page's `.segments` folder: "_tree.segment.rsc", "present/$d$n/__PAGE__.segment.rsc").
 */
export function pagePayloads(path: string, segmentFiles: readonly string[]): Payload[] {
  const segments = segmentFiles
    .map((file) => file.replace(/\\/g, '/'))
    .filter((file) => file.endsWith('.segment.rsc'))
    .map((file) => `/${file.slice(0, -'.segment.rsc'.length)}`)
    .sort();
  return [{ path, segment: '' }, ...segments.map((segment) => ({ path, segment }))];
}

/** The /_next/static files an HTML page refers to, in order of first mention, each once. */
export function staticAssets(html: string): string[] {
  const urls = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"?#]+)"/g)].map((m) => m[1]!);
  return [...new Set(urls)];
}

export function precacheList(
  version: string,
  pages: Record<string, string>,
  payloads: readonly Payload[],
): Precache {
  return {
    version,
    pages: Object.keys(pages),
    assets: [...new Set(Object.values(pages).flatMap(staticAssets))].sort(),
    payloads: [...payloads],
  };
}

/** The service worker's file and the part of the site it looks after. */
export const DECK_WORKER = { script: '/deck-sw.js', scope: '/present' } as const;
