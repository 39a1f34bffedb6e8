// A static server for the built app on loopback, falling back to index.html for any path
// that is not a file, as the app's routes need on reload.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Puts `markup` first in the head of `html`. A minified page may leave out the optional
 * `<head>` tag: then it goes right after `<html>`, where the browser opens the head anyway.
 */
function putFirstInHead(html, markup) {
  const start = /<head[^>]*>/i.test(html) ? /<head[^>]*>/i : /<html[^>]*>/i;
  return html.replace(start, (tag) => tag + markup);
}

/**
 * The encoding to send for an Accept-Encoding header: brotli, else gzip, else none. A coding
 * the client refuses with q=0 is not sent.
 */
function chooseEncoding(acceptEncoding = '') {
  const accepted = new Set();
  for (const item of acceptEncoding.split(',')) {
    const [coding, ...params] = item.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    if (coding && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(coding);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

// At the levels of bench/sizes.mjs, the ones a static host serves precompressed files at.
const COMPRESS = {
  br: (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  gzip: (bytes) => gzipSync(bytes, { level: 9 }),
};

/**
 * Serves `dir` on 127.0.0.1 at a free port; resolves to { url, close }. `headStart` is markup
 * put first in the head of every HTML page, for a test that must run a script before the app.
 * With `compress`, bodies go out brotli- or gzip-compressed as the request's Accept-Encoding
 * allows, like a production host; each version of a file is compressed once, on its first
 * request, so compressing the wasm at the highest level does not slow every later load.
 */
export async function serve(dir, { headStart = '', compress = false } = {}) {
  const root = resolve(dir);
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const wanted = normalize(join(root, pathname));
    const inside = wanted.startsWith(root);
    const file = inside && (await isFile(wanted)) ? wanted : join(root, 'index.html');
    try {
      let body = await readFile(file);
      if (headStart && extname(file) === '.html') body = putFirstInHead(body.toString('utf8'), headStart);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      const encoding = compress ? chooseEncoding(request.headers['accept-encoding']) : null;
      if (compress) headers.vary = 'accept-encoding';
      if (encoding) {
        const key = `${encoding} ${file} ${(await stat(file)).mtimeMs}`;
        if (!compressed.has(key)) compressed.set(key, COMPRESS[encoding](body));
        body = compressed.get(key);
        headers['content-encoding'] = encoding;
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

// `node tests/e2e/server.mjs dist` serves a build by hand; `--compress` serves it compressed.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist';
  const { url } = await serve(dir, { compress: process.argv.includes('--compress') });
  console.log(`Serving ${dir} at ${url}`);
}
