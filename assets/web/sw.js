// Service worker of Second Opinion: precache every file the app needs,
// answer from the cache (so the app starts with no network), keep only the
// current version's cache, and wait for the user before switching versions.
// The build replaces the two placeholders below.
"use strict";

const BUILD = "__BUILD__";
const PRECACHE = __PRECACHE__; // { "relative/path": "content revision" }
// Served and cached the first time the page asks, never downloaded ahead:
// each Chinese or Korean font is used only in its own language (0.3-2.5 MB).
const ON_DEMAND = new Set(__ON_DEMAND__);
const PREFIX = "second-opinion-";
const CACHE = PREFIX + BUILD;
const REVISIONS = "__revisions__";

// CanvasKit comes in two builds; flutter.js picks the "chromium" one in
// Chromium (v8BreakIterator and ImageDecoder; the latter is not exposed to
// service workers, so only the first is tested here). Cache only that one;
// the fetch handler below still caches the other if a browser asks for it.
const CHROMIUM_CANVASKIT = typeof Intl.v8BreakIterator !== "undefined";

function wanted(path) {
  if (ON_DEMAND.has(path)) {
    return false;
  }
  if (path.startsWith("canvaskit/chromium/")) {
    return CHROMIUM_CANVASKIT;
  }
  if (path === "canvaskit/canvaskit.js" || path === "canvaskit/canvaskit.wasm") {
    return !CHROMIUM_CANVASKIT;
  }
  return true;
}

function urlOf(path) {
  return new URL(path, self.registration.scope).href;
}

// Revisions already cached by an earlier version: unchanged files are
// copied across instead of downloaded again.
async function previousRevisions() {
  const found = new Map();
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) {
      continue;
    }
    const cache = await caches.open(name);
    const stored = await cache.match(urlOf(REVISIONS));
    if (!stored) {
      continue;
    }
    const revisions = await stored.json();
    for (const [path, revision] of Object.entries(revisions)) {
      found.set(path + "@" + revision, cache);
    }
  }
  return found;
}

async function precacheOne(cache, previous, path, revision) {
  const url = urlOf(path);
  const old = previous.get(path + "@" + revision);
  const kept = old && (await old.match(url));
  if (kept) {
    await cache.put(url, kept);
    return;
  }
  // "no-cache": revalidate, so files the page has just loaded come from the
  // HTTP cache (a 304) instead of being downloaded a second time.
  const response = await fetch(new Request(url, { cache: "no-cache" }));
  if (!response.ok) {
    throw new Error("Precache failed for " + path + ": " + response.status);
  }
  await cache.put(url, response);
}

async function precache() {
  const cache = await caches.open(CACHE);
  const previous = await previousRevisions();
  const queue = Object.entries(PRECACHE).filter(([path]) => wanted(path));
  const workers = [];
  for (let i = 0; i < 6; i++) {
    workers.push((async () => {
      while (queue.length) {
        const [path, revision] = queue.shift();
        await precacheOne(cache, previous, path, revision);
      }
    })());
  }
  await Promise.all(workers);
  // On-demand files the page already loaded (its language's font) are
  // kept too, from the HTTP cache, so that language also works offline.
  await Promise.all([...ON_DEMAND].map(async (path) => {
    try {
      const response = await fetch(new Request(urlOf(path),
        { cache: "only-if-cached", mode: "same-origin" }));
      if (response.ok) {
        await cache.put(urlOf(path), response);
      }
    } catch (error) {
      // not loaded yet: cached the first time the page asks for it
    }
  }));
  // Written last: a cache without it is incomplete and never reused.
  await cache.put(urlOf(REVISIONS), new Response(JSON.stringify(PRECACHE)));
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) {
        await caches.delete(name);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") {
    self.skipWaiting();
  }
  if (event.data && event.data.type === "KEEP" && ON_DEMAND.has(event.data.path)) {
    event.waitUntil((async () => {
      const cache = await caches.open(CACHE);
      const url = urlOf(event.data.path);
      if (!(await cache.match(url))) {
        await cache.add(url);
      }
    })());
  }
});

function cacheKey(request) {
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return null;
  }
  if (request.mode === "navigate") {
    return urlOf("index.html"); // every app route is the same page
  }
  const path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
  return path in PRECACHE ? urlOf(path) : null;
}

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") {
    return;
  }
  const key = cacheKey(event.request);
  if (!key) {
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(key);
    if (cached) {
      return cached;
    }
    const response = await fetch(event.request);
    if (response.ok && event.request.mode !== "navigate") {
      await cache.put(key, response.clone());
    }
    return response;
  })());
});
