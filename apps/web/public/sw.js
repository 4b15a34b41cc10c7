// The phone pages' service worker: once /m has been opened online, the app shell, its scripts and
// the phone's data (session, to-dos, today's tasks and checklists) stay readable without a network,
// so a worker can reload the page or open it again in a basement. Records made offline are not its
// business: the inspection page queues them in IndexedDB and sends them when the network returns.
//
// Strategies: pages and API reads go to the network first and fall back to the last good answer;
// hashed assets are immutable, so the cached copy is used first. Cached API data belongs to the
// person who loaded it: signing in or out empties it.

const SHELL = 'sk-shell-v1';
const DATA = 'sk-data-v1';
const INDEX = '/index.html';

/** API reads the phone pages need offline (paths under /api/v1). */
const OFFLINE_READS = [
  /^\/api\/v1\/auth\/session$/,
  /^\/api\/v1\/todos$/,
  /^\/api\/v1\/enterprises\/[^/]+\/inspection\/(tasks|items|settings)(\/[^/]+)?$/,
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.add(INDEX))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL && k !== DATA).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page sends the assets it loaded before this worker took control, so they are cached too.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-assets' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter(
    (url) => typeof url === 'string' && isAsset(new URL(url, self.location.origin)),
  );
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(urls))
      .catch(() => undefined),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method !== 'GET') {
    // Another person may sign in on this phone next: their data must not meet the last one's.
    if (url.pathname === '/api/v1/auth/logout' || url.pathname === '/api/v1/auth/login') {
      event.waitUntil(caches.delete(DATA));
    }
    return;
  }
  if (request.mode === 'navigate') {
    if (url.pathname === '/m' || url.pathname.startsWith('/m/')) event.respondWith(page(request));
    return;
  }
  if (isAsset(url)) {
    event.respondWith(asset(request));
    return;
  }
  if (OFFLINE_READS.some((pattern) => pattern.test(url.pathname)) && fromPhonePage(request)) {
    event.respondWith(read(request));
  }
});

function isAsset(url) {
  return url.origin === self.location.origin && url.pathname.startsWith('/assets/');
}

function fromPhonePage(request) {
  try {
    const path = new URL(request.referrer).pathname;
    return path === '/m' || path.startsWith('/m/');
  } catch {
    return false;
  }
}

async function page(request) {
  try {
    const response = await fetch(request);
    // Every route is the same single page: keep the newest copy of it.
    if (response.ok) await (await caches.open(SHELL)).put(INDEX, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(INDEX);
    if (cached) return cached;
    throw error;
  }
}

async function asset(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(SHELL)).put(request, response.clone());
  return response;
}

async function read(request) {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(DATA)).put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(request, { cacheName: DATA });
    if (cached) return cached;
    throw error;
  }
}
