// The deck's service worker, written to public/deck-sw.js by scripts/build-service-worker.ts with
// the build's list of files in place of the line below. Once a teacher has opened the deck, every
// slide, its print version and the files they load are kept, so the class goes on when the school
// network does not. Pages are asked of the network first, so a new build shows when online.
// `payloads` are what Next.js fetches to move from slide to slide within the page (each page's
// data and its parts, named by the Next-Router-Segment-Prefetch header, '' for the whole): kept
// too, so that offline a move neither reloads the page nor leaves full screen.
const PRECACHE = /* PRECACHE */ { version: 'unbuilt', pages: [], assets: [], payloads: [] };

const CACHE = `deck-${PRECACHE.version}`;
// Kept apart from the pages, which are found by their path alone.
const PAYLOADS = `${CACHE}-payloads`;
const PAGES = new Set(PRECACHE.pages);

/** What Next.js sends for a payload; the server answers it whatever its cache-busting ?_rsc=. */
function payloadRequest({ path, segment }) {
  const headers = segment
    ? { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': segment }
    : { RSC: '1' };
  return new Request(path, { headers });
}

/** The cache's name for a payload: its page and its part. */
const payloadKey = (path, segment) => `${path}?payload=${encodeURIComponent(segment || 'whole')}`;
// A network that neither answers nor fails is the usual classroom case: stop waiting after this.
const NETWORK_PATIENCE_MS = 3000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...PRECACHE.pages, ...PRECACHE.assets]))
      .then(() => caches.open(PAYLOADS))
      .then((cache) =>
        Promise.all(
          PRECACHE.payloads.map(async (payload) => {
            const response = await fetch(payloadRequest(payload));
            if (!response.ok) throw new Error(`${payload.path}: ${response.status}`);
            await cache.put(payloadKey(payload.path, payload.segment), response);
          }),
        ),
      )
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
            .filter((key) => key.startsWith('deck-') && key !== CACHE && key !== PAYLOADS)
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
async function networkFirst(request, cacheName, key) {
  const cache = await caches.open(cacheName);
  const saved = await cache.match(key);
  try {
    const response = await fromNetwork(request, saved ? NETWORK_PATIENCE_MS : 0);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    if (saved) return saved;
    throw error;
  }
}

async function asset(request) {
  const saved = await caches.match(request);
  return saved ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname;
  if (request.headers.has('RSC')) {
    const segment = request.headers.get('Next-Router-Segment-Prefetch') ?? '';
    if (PAGES.has(path))
      event.respondWith(networkFirst(request, PAYLOADS, payloadKey(path, segment)));
  }
  // A page loaded, or fetched by the presenter's window to draw a slide.
  else if (request.mode === 'navigate' || PAGES.has(path))
    event.respondWith(networkFirst(request, CACHE, path));
  else if (url.pathname.startsWith('/_next/static/')) event.respondWith(asset(request));
});
