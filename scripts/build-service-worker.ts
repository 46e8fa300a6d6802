// Runs after every build (npm's "postbuild"): writes the deck's service worker to
// public/deck-sw.js, with the list of every slide page, every file those pages load and the
// payloads of a move from slide to slide.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { DECK_WORKER, pagePayloads, precacheList } from '../lib/present/offline';
import { loadDeck } from '../lib/present/load-deck';
import { overviewPath, slidePath } from '../lib/present/deck';
import { PRERENDERED_DIR } from './prerendered-pages';

const slides = loadDeck().map((_slide, i) => slidePath(i + 1));
const routes = [...slides, overviewPath(), '/present/print', '/present/presenter'];
const pages = Object.fromEntries(
  routes.map((route) => [
    route,
    readFileSync(path.join(PRERENDERED_DIR, `${route.slice(1)}.html`), 'utf8'),
  ]),
);
// Only slides are reached by the router's in-page moves; the other pages are loaded whole.
const payloads = slides.flatMap((route) => {
  const parts = path.join(PRERENDERED_DIR, `${route.slice(1)}.segments`);
  const files = existsSync(parts) ? readdirSync(parts, { recursive: true, encoding: 'utf8' }) : [];
  return pagePayloads(route, files);
});
const precache = precacheList(
  readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim(),
  pages,
  payloads,
);

const template = readFileSync(path.join('scripts', 'deck-sw.js'), 'utf8');
const placeholder = /\/\* PRECACHE \*\/ .*;$/m;
if (!placeholder.test(template)) throw new Error('scripts/deck-sw.js has lost its PRECACHE line');
writeFileSync(
  path.join('public', DECK_WORKER.script),
  template.replace(placeholder, `${JSON.stringify(precache)};`),
);
console.log(
  `Deck service worker: ${precache.pages.length} pages, ${precache.assets.length} files and ${precache.payloads.length} payloads kept for offline use, written to public${DECK_WORKER.script}.`,
);
