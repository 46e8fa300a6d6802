// A language's deck service worker, written into the export (out/deck-sw.js, out/sv/deck-sw.js …) by scripts/build-service-worker.ts with
// the build's list of files in place of the line below. Once a teacher has opened the deck, every
// slide, its print version and the files they load are kept, so the class goes on when the school
// network does not. Pages are asked of the network first, so a new build shows when online.
// `payloads` are the files Next.js fetches to move from slide to slide within the page: kept too,
// so that offline a move neither reloads the page nor leaves full screen.
const PRECACHE = /* PRECACHE */ {
  version: 'unbuilt',
  locale: 'en',
  base: '',
  pages: [],
  assets: [],
  payloads: [],
};

const OWN = `deck-${PRECACHE.locale}-`;
const CACHE = `${OWN}${PRECACHE.version}`;
// A network that neither answers nor fails is the usual classroom case: stop waiting after this.
const NETWORK_PATIENCE_MS = 3000;
const PAGES = new Set(PRECACHE.pages);
const PAYLOADS = new Set(PRECACHE.payloads);

/**
 * A response as it may be kept. A host that answers /x with a redirect to /x/ (GitHub Pages) gives,
 * through fetch(), a response marked as redirected, which a browser refuses as the answer to a page
 * load: what is kept is its content, unmarked, without the headers of the encoded body it no
 * longer is.
 */
async function storable(response) {
  if (!response.redirected) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** Keeps one file under the address it was asked by. */
async function keep(cache, url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  await cache.put(url, await storable(response));
}

self.addEventListener('install', (event) => {
  const files = [...PRECACHE.pages, ...PRECACHE.assets, ...PRECACHE.payloads];
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(files.map((url) => keep(cache, url))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(OWN) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

function fromNetwork(request, patience) {
  return new Promise((resolve, reject) => {
    const timer = patience ? setTimeout(() => reject(new Error('network too slow')), patience) : 0;
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The network's answer when it gives one in time (and a copy kept), else the saved one. */
async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(key);
  try {
    const response = await fromNetwork(request, saved ? NETWORK_PATIENCE_MS : 0);
    if (response.ok) await cache.put(key, await storable(response.clone()));
    return response;
  } catch (error) {
    if (saved) return saved;
    throw error;
  }
}

/** A file whose content never changes under its name (or within one build): the saved copy. */
async function asset(request) {
  const saved = await caches.match(request, { ignoreSearch: true, ignoreVary: true });
  return saved ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // /present/3/ is the page /present/3, as a host that redirects to the former (GitHub Pages) has it.
  const path = url.pathname.replace(/(.)\/$/, '$1');
  // A page loaded, or fetched by the presenter's window to draw a slide.
  if (request.mode === 'navigate' || PAGES.has(path))
    event.respondWith(networkFirst(request, path));
  // A move between slides asks for a payload with a cache-busting ?_rsc=, ignored here.
  else if (path.startsWith(`${PRECACHE.base}/_next/static/`) || PAYLOADS.has(path))
    event.respondWith(asset(request));
});
