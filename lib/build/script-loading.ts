import { applyEdits, findElements } from './html';
import { withBase } from '../site/paths';

/**
 * Next.js writes its scripts (about 145 KB compressed) as async tags in the head of every
 * prerendered page, so a browser fetches them while it is still reading the page. On a slow laptop
 * and network that traffic, and the server's work compressing it, compete with the page itself. In
 * `npm run bench`, the four charts took 1.19–1.46 times as long to appear as on a bare page with the
 * same SVG; with the scripts fetched once the page has been read, 1.15–1.20 times. The cost: React
 * takes over the page later, at 1.45–1.63 s instead of 1.28–1.37 s, and until then the buttons that
 * need it (the explorer, copying a citation) are disabled. The chart, its table and its text do not
 * wait for it.
 *
 * So the build (scripts/load-scripts-after-parse.ts) rewrites each page: the tags stay where they
 * were, as data blocks (a type the browser neither runs nor fetches) that name their file in
 * `data-src`, and one small inline script at the end of the body turns them back into scripts
 * once the parser reaches it. A data block may not have a `src` (HTML forbids it, and the Nu HTML
 * Checker says so), hence the data attribute. `defer` or `type="module"` would be valid too, but
 * the browser's look-ahead fetches those while it reads the page: they wait only to run, and the
 * fetching is what competes with the page.
 */

/** A type browsers treat as data, not code: neither the parser nor its look-ahead fetches it. */
export const AFTER_PARSE_TYPE = 'text/x-load-after-parse';

// Plain ES5, so that no browser fails on the loader itself.
export const AFTER_PARSE_LOADER = [
  `Array.prototype.forEach.call(document.querySelectorAll('script[type="${AFTER_PARSE_TYPE}"]'), function (held) {`,
  "var script = document.createElement('script');",
  "script.src = held.getAttribute('data-src');",
  'script.async = true;',
  'held.parentNode.replaceChild(script, held);',
  '});',
].join('');

const isNextChunk = (url: string | undefined) => !!url?.startsWith(withBase('/_next/static/'));

export interface Rewritten {
  html: string;
  /** How many script tags now wait for the end of the page. */
  held: number;
}

/**
 * Holds every Next.js script of a page until the page has been read, and drops the preloads that
 * would fetch them early all the same. A page without such scripts, or one already rewritten, is
 * returned as it was. Read with an HTML parser (lib/build/html.ts), so attribute order and quoting do
 * not matter.
 */
export function loadScriptsAfterParse(html: string): Rewritten {
  const { found: scripts, bodyEnd } = findElements(
    html,
    (name, attributes) => name === 'script' && 'async' in attributes && isNextChunk(attributes.src),
  );
  if (scripts.length === 0) return { html, held: 0 };
  if (bodyEnd < 0) throw new Error('A page with Next.js scripts has no </body> to load them from');
  const { found: preloads } = findElements(
    html,
    (name, attributes) =>
      name === 'link' &&
      attributes.rel === 'preload' &&
      attributes.as === 'script' &&
      isNextChunk(attributes.href),
  );
  return {
    html: applyEdits(html, [
      ...scripts.map(({ attributes, start, end }) => ({
        start,
        end,
        text: `<script type="${AFTER_PARSE_TYPE}" data-src="${attributes.src}"></script>`,
      })),
      ...preloads.map(({ start, end }) => ({ start, end, text: '' })),
      { start: bodyEnd, end: bodyEnd, text: `<script>${AFTER_PARSE_LOADER}</script>` },
    ]),
    held: scripts.length,
  };
}
