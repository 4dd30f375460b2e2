/* Paths the service worker must never answer or cache: Reflex's websocket,
 * uploads and health, our /health and /ph analytics proxy, sign-in callbacks and
 * any API. Loaded by sw.js with importScripts. */
self.tsBackendPath = function (url) {
  return /^\/(?:_|ph(?:\/|$)|health(?:\/|$)|ping(?:\/|$)|api(?:\/|$)|auth|oauth|login\/callback)/.test(
    url.pathname
  );
};
