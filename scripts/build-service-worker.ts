// Runs after every build (npm's "postbuild"): writes each language's deck service worker into the
// export, with the list of every slide page in that language, every file those pages load and the
// payloads of a move from slide to slide.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { LOCALES } from '../lib/locale/locales';
import { pagePayloads, precacheList } from '../lib/present/offline';
import { deckWorker } from '../lib/present/worker';
import { loadDeck } from '../lib/present/load-deck';
import { overviewPath, slidePath } from '../lib/present/deck';
import { EXPORT_DIR } from './prerendered-pages';
import { localePath, withBase } from '../lib/site/paths';

const version = readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim();
const template = readFileSync(path.join('scripts', 'deck-sw.js'), 'utf8');
const placeholder = /\/\* PRECACHE \*\/ [^;]*;/;
if (!placeholder.test(template)) throw new Error('scripts/deck-sw.js has lost its PRECACHE line');

for (const locale of LOCALES) {
  const slides = loadDeck(locale).map((_slide, i) => slidePath(i + 1, locale));
  const routes = [
    ...slides,
    overviewPath(undefined, locale),
    localePath(locale, '/present/print'),
    localePath(locale, '/present/presenter'),
    localePath(locale, '/present/lesson'),
    localePath(locale, '/present/handouts'),
  ];
  const pages = Object.fromEntries(
    routes.map((route) => [
      withBase(route),
      readFileSync(path.join(EXPORT_DIR, `${route.slice(1)}.html`), 'utf8'),
    ]),
  );
  // Only slides are reached by the router's in-page moves; the other pages are loaded whole.
  const payloads = slides.flatMap((route) => {
    const folder = path.join(EXPORT_DIR, route.slice(1));
    return pagePayloads(route, existsSync(folder) ? readdirSync(folder) : []);
  });
  for (const payload of payloads)
    if (!existsSync(path.join(EXPORT_DIR, payload)))
      throw new Error(`${payload} is not in the export: Next.js now names its payloads otherwise`);
  const precache = precacheList(version, locale, pages, payloads.map(withBase));
  const script = deckWorker(locale).script;
  writeFileSync(
    path.join(EXPORT_DIR, script),
    template.replace(placeholder, `${JSON.stringify(precache)};`),
  );
  console.log(
    `Deck service worker (${locale}): ${precache.pages.length} pages, ${precache.assets.length} files and ${precache.payloads.length} payloads kept for offline use, written to ${EXPORT_DIR}${script}.`,
  );
}
