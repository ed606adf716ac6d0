/*
 * The offline copy of the guide (docs/decisions/0015-offline-copy-and-lighter-search.md).
 * Registered only when the reader presses "Keep this guide on this device" on the About page.
 * It stores the guide's own public files, listed at build time in offline-manifest.json, and
 * answers GET requests for this site's files from them. It never stores anything else: not a
 * search, not an answer, not a request of another site or another method. The build replaces
 * the version below; a new version installs in the background and is used from the next visit.
 */
const VERSION = '__OFFLINE_VERSION__';
const SCOPE = new URL(self.registration.scope).pathname;
const PREFIX = `offline:${SCOPE}:`;
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(saveCopy());
});

async function saveCopy() {
  const response = await fetch(`${SCOPE}offline-manifest.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`offline-manifest.json: ${response.status}`);
  const manifest = await response.json();
  // The site was published again while this worker was fetched: the next visit tries again.
  if (manifest.version !== VERSION) throw new Error('The guide changed while it was being saved.');
  const cache = await caches.open(CACHE);
  try {
    await cache.addAll(manifest.files.map((path) => new Request(SCOPE + path, { cache: 'no-cache' })));
    const copy = { version: VERSION, saved: new Date().toISOString(), bytes: manifest.bytes, files: manifest.files.length };
    await cache.put(`${SCOPE}offline-copy.json`, Response.json(copy));
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

// The new copy is complete: the copies of older versions of this site go.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  // Pagefind adds a ?ts= to one of its files; no address of this site carries anything else in its query.
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((saved) => saved ?? fetch(request)));
});
