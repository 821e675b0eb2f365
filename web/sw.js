// The playground's offline copy: every file it needs is cached when the page is first loaded; a
// request goes to the network first (so a new version shows as soon as it is there) and falls back
// to the copy when the network is gone.
const CACHE = "cartlint-playground";
// Both modules: the page loads the one its engine runs (cartlint-simd.wasm wherever there is
// WebAssembly SIMD), and the worker does not ask which.
const FILES = ["./", "index.html", "playground.css", "playground.js", "sample.json",
               "cartlint/index.mjs", "cartlint/cartlint.mjs", "cartlint/cartlint.wasm",
               "cartlint/cartlint-simd.mjs", "cartlint/cartlint-simd.wasm"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((cached) => cached ?? Response.error())));
});
