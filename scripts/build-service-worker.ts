// Runs after every build (npm's "postbuild"): writes the deck's service worker to
// public/deck-sw.js, with the list of every slide page and every file those pages load.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { DECK_WORKER, precacheList } from '../lib/present/offline';
import { loadDeck } from '../lib/present/load-deck';
import { overviewPath, slidePath } from '../lib/present/deck';
import { PRERENDERED_DIR } from './prerendered-pages';

const routes = [
  ...loadDeck().map((_slide, i) => slidePath(i + 1)),
  overviewPath(),
  '/present/print',
];
const pages = Object.fromEntries(
  routes.map((route) => [
    route,
    readFileSync(path.join(PRERENDERED_DIR, `${route.slice(1)}.html`), 'utf8'),
  ]),
);
const precache = precacheList(readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim(), pages);

const template = readFileSync(path.join('scripts', 'deck-sw.js'), 'utf8');
const placeholder = /\/\* PRECACHE \*\/ .*;$/m;
if (!placeholder.test(template)) throw new Error('scripts/deck-sw.js has lost its PRECACHE line');
writeFileSync(
  path.join('public', DECK_WORKER.script),
  template.replace(placeholder, `${JSON.stringify(precache)};`),
);
console.log(
  `Deck service worker: ${precache.pages.length} pages and ${precache.assets.length} files kept for offline use, written to public${DECK_WORKER.script}.`,
);
