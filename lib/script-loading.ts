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
 * were, with a type the browser neither runs nor fetches, and one small inline script at the end of
 * the body turns them back into scripts once the parser reaches it.
 */

/** A type browsers treat as data, not code: neither the parser nor its look-ahead fetches it. */
export const AFTER_PARSE_TYPE = 'text/x-load-after-parse';

// Plain ES5, so that no browser fails on the loader itself.
export const AFTER_PARSE_LOADER = [
  `Array.prototype.forEach.call(document.querySelectorAll('script[type="${AFTER_PARSE_TYPE}"]'), function (held) {`,
  "var script = document.createElement('script');",
  "script.src = held.getAttribute('src');",
  'script.async = true;',
  'held.parentNode.replaceChild(script, held);',
  '});',
].join('');

const NEXT_SCRIPT = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const NEXT_SCRIPT_PRELOAD =
  /<link rel="preload" as="script"[^>]*href="\/_next\/static\/[^"]+"[^>]*\/>/g;

export interface Rewritten {
  html: string;
  /** How many script tags now wait for the end of the page. */
  held: number;
}

/**
 * Holds every Next.js script of a page until the page has been read, and drops the preloads that
 * would fetch them early all the same. A page without such scripts, or one already rewritten, is
 * returned as it was.
 */
export function loadScriptsAfterParse(html: string): Rewritten {
  let held = 0;
  const rewritten = html.replace(NEXT_SCRIPT, (_tag, src: string) => {
    held++;
    return `<script type="${AFTER_PARSE_TYPE}" src="${src}"></script>`;
  });
  if (held === 0) return { html, held };
  const end = rewritten.lastIndexOf('</body>');
  if (end < 0) throw new Error('A page with Next.js scripts has no </body> to load them from');
  return {
    html:
      rewritten.slice(0, end).replace(NEXT_SCRIPT_PRELOAD, '') +
      `<script>${AFTER_PARSE_LOADER}</script>` +
      rewritten.slice(end),
    held,
  };
}
