// Generate assets/sw.js and its Workbox runtime with workbox-build.
// Run: (cd deploy/pwa && npm ci && npm run build). The output is committed, so
// neither the image nor the app needs Node at run time. Caching follows the
// deployment document's table, adapted to Reflex's asset paths; backend paths
// (see assets/sw-routes.js) are never matched by any route.
// TODO(4): CI does not yet check that the committed sw.js matches this script.
import { generateSW } from "workbox-build";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const assets = path.join(root, "assets");
const DAY = 24 * 60 * 60;
const OFFLINE_PAGE = "/offline.html";

const expiration = (maxEntries, maxAgeSeconds) => ({ maxEntries, maxAgeSeconds });

const routes = [
  {
    // The start URL: always try the network, fall back to the cached shell.
    urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === "/",
    handler: "NetworkFirst",
    options: {
      cacheName: "start-url",
      networkTimeoutSeconds: 10,
      cacheableResponse: { statuses: [200] },
      precacheFallback: { fallbackURL: "/offline.html" },
    },
  },
  {
    urlPattern: ({ request, url, sameOrigin }) =>
      sameOrigin && request.mode === "navigate" && !self.tsBackendPath(url),
    handler: "NetworkFirst",
    options: {
      cacheName: "pages",
      networkTimeoutSeconds: 10,
      expiration: expiration(32, DAY),
      cacheableResponse: { statuses: [200] },
      precacheFallback: { fallbackURL: "/offline.html" },
    },
  },
  {
    urlPattern: ({ url }) =>
      /\.(?:eot|otf|ttc|ttf|woff|woff2)$/i.test(url.pathname) && !self.tsBackendPath(url),
    handler: "StaleWhileRevalidate",
    options: { cacheName: "static-font-assets", expiration: expiration(4, 7 * DAY) },
  },
  {
    urlPattern: ({ url }) =>
      /\.(?:jpg|jpeg|gif|png|svg|ico|webp|avif)$/i.test(url.pathname) &&
      !self.tsBackendPath(url),
    handler: "StaleWhileRevalidate",
    options: { cacheName: "static-image-assets", expiration: expiration(64, DAY) },
  },
  {
    urlPattern: ({ url }) => /\.(?:js|mjs)$/i.test(url.pathname) && !self.tsBackendPath(url),
    handler: "StaleWhileRevalidate",
    options: { cacheName: "static-js-assets", expiration: expiration(32, DAY) },
  },
  {
    urlPattern: ({ url }) => /\.css$/i.test(url.pathname) && !self.tsBackendPath(url),
    handler: "StaleWhileRevalidate",
    options: { cacheName: "static-style-assets", expiration: expiration(32, DAY) },
  },
  {
    urlPattern: ({ url }) =>
      /\.(?:json|xml|csv)$/i.test(url.pathname) && !self.tsBackendPath(url),
    handler: "NetworkFirst",
    options: { cacheName: "static-data-assets", expiration: expiration(32, DAY) },
  },
  {
    urlPattern: ({ url, sameOrigin }) => sameOrigin && !self.tsBackendPath(url),
    handler: "NetworkFirst",
    options: {
      cacheName: "others",
      networkTimeoutSeconds: 10,
      expiration: expiration(32, DAY),
    },
  },
  {
    urlPattern: ({ url, sameOrigin }) => !sameOrigin && !self.tsBackendPath(url),
    handler: "NetworkFirst",
    options: {
      cacheName: "cross-origin",
      networkTimeoutSeconds: 10,
      expiration: expiration(32, 60 * 60),
    },
  },
];

const { count, size, warnings } = await generateSW({
  swDest: path.join(assets, "sw.js"),
  globDirectory: assets,
  globPatterns: ["offline.html", "manifest.json", "icons/*.png"],
  importScripts: ["/sw-routes.js"],
  runtimeCaching: routes,
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  navigateFallback: undefined,
  inlineWorkboxRuntime: false,
  sourcemap: false,
  mode: "production",
});
for (const warning of warnings) console.warn(warning);
console.log(`sw.js: ${count} precached files, ${size} bytes (fallback ${OFFLINE_PAGE})`);
