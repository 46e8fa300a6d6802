import { localePath } from '@/lib/site/paths';

/**
 * A language's deck service worker: its file and the part of the site it looks after (the deck in
 * that language). Apart from the build's code (offline.ts), since the page that registers it ships
 * this to the browser.
 */
export const deckWorker = (locale: string) =>
  ({
    script: localePath(locale, '/deck-sw.js'),
    scope: localePath(locale, '/present'),
  }) as const;
