/**
 * Installs the phone pages' service worker (public/sw.js) so /m opens and reloads without a
 * network. Only the phone shell calls it; desktop pages never register one. The assets this page
 * loaded before the worker took control are handed to it to cache, so the next offline start finds
 * every script of the phone pages seen so far.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  void navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const urls = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.startsWith(`${location.origin}/assets/`));
      registration.active?.postMessage({ type: 'cache-assets', urls });
    })
    // Without a worker the pages still work online, and queued records still wait in IndexedDB.
    .catch(() => undefined);
}
