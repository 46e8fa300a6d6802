// The deck's service worker, written to public/deck-sw.js by scripts/build-service-worker.ts with
// the build's list of files in place of the line below. Once a teacher has opened the deck, every
// slide, its print version and the files they load are kept, so the class goes on when the school
// network does not. Pages are asked of the network first, so a new build shows when online.
const PRECACHE = /* PRECACHE */ { version: 'unbuilt', pages: [], assets: [] };

const CACHE = `deck-${PRECACHE.version}`;
// A network that neither answers nor fails is the usual classroom case: stop waiting after this.
const NETWORK_PATIENCE_MS = 3000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...PRECACHE.pages, ...PRECACHE.assets]))
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
            .filter((key) => key.startsWith('deck-') && key !== CACHE)
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

async function page(request) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request, { ignoreSearch: true });
  try {
    const response = await fromNetwork(request, saved ? NETWORK_PATIENCE_MS : 0);
    if (response.ok) await cache.put(new URL(request.url).pathname, response.clone());
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
  // Next.js's in-page moves fetch slide data with an RSC header. Left to the network: when it
  // fails, Next.js loads the slide as a whole page, which the branch below answers from the cache.
  if (request.headers.has('RSC')) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/_next/static/')) event.respondWith(asset(request));
});
