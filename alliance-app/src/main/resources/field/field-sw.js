/*
 * Service worker of the field pages (/driver, /technician, /keeper), registered by field-queue.js with the page as
 * its scope. The page and its assets are kept in the cache: fetched from the network when it answers (so a
 * signed-in user always gets the current page), from the cache when it does not (no signal). Writes are never
 * touched here: the page's IndexedDB queue sends them. Served by the app with Service-Worker-Allowed: /.
 */
const CACHE = 'alliance-field-v1';
const ASSETS = ['/css/alliance.css', '/css/field.css', '/js/alliance.js', '/js/field-queue.js',
  '/js/driver.js', '/js/technician.js', '/js/keeper.js'];

self.addEventListener('install', event => {
  const page = new URL(self.registration.scope).pathname;
  event.waitUntil(caches.open(CACHE)
    .then(cache => Promise.all([...ASSETS, page].map(url => fetch(url, { credentials: 'same-origin' })
      .then(r => (r.ok && !r.redirected ? cache.put(url, r) : null)).catch(() => null))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

function cacheable(request, url) {
  if (request.method !== 'GET' || url.origin !== self.location.origin) return false;
  return request.mode === 'navigate' || url.pathname.startsWith('/css/') || url.pathname.startsWith('/js/')
    || url.pathname.startsWith('/img/');
}

self.addEventListener('fetch', event => {
  const url = new URL(event.request.url);
  if (!cacheable(event.request, url)) return;
  const key = event.request.mode === 'navigate' ? url.pathname : event.request;
  event.respondWith(fetch(event.request).then(response => {
    if (response.ok && !response.redirected) {
      const copy = response.clone();
      caches.open(CACHE).then(cache => cache.put(key, copy));
    }
    return response;
  }).catch(() => caches.open(CACHE).then(cache => cache.match(key, { ignoreSearch: true }))
    .then(hit => hit || new Response('offline', { status: 503, headers: { 'Content-Type': 'text/plain' } }))));
});
