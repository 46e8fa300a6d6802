/**
 * The deck's service worker: its file and the part of the site it looks after. Apart from the
 * build's code (offline.ts), since the page that registers it ships this to the browser.
 */
export const DECK_WORKER = { script: '/deck-sw.js', scope: '/present' } as const;
