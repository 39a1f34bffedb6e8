// Trunk post-build hook: writes sw.js into the build with the real (hashed) file names, so the
// app works offline after one visit, and a new build replaces the old cache.
// Development builds get a worker that removes itself, so live reload is never served stale.
// The release worker is fetched on every first visit, so it is minified and its comments stay
// here: online, a navigation goes to the network; offline, a file the app publishes (its JSON
// Schemas, the interview guide's page, whose fragment is never part of the request) is served
// as itself from the cache, and every other address is the app.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
const base = process.env.TRUNK_PUBLIC_URL ?? '/';
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from trunk (Trunk.toml hooks).');

const release = process.env.TRUNK_PROFILE === 'release';
const files = (await readdir(staging)).filter((name) => name !== 'sw.js').sort();
const hash = createHash('sha256');
for (const name of files) hash.update(name).update(await readFile(join(staging, name)));
const cache = `devrel-playbook-${hash.digest('hex').slice(0, 16)}`;
const shell = files.map((name) => base + name);

const worker = release
  ? `const CACHE = ${JSON.stringify(cache)};
const SHELL = ${JSON.stringify(shell)};
const INDEX = ${JSON.stringify(base + 'index.html')};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('devrel-playbook-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() => caches.match(request, { ignoreSearch: true }).then((cached) => cached ?? caches.match(INDEX))),
    );
    return;
  }
  event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
});
`
  : `// Development build: no offline cache; remove any worker a release build left behind.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.map((name) => caches.delete(name))))
      .then(() => self.registration.unregister()),
  );
});
`;
await writeFile(join(staging, 'sw.js'), release ? (await minify(worker, { format: { comments: false } })).code : worker);
