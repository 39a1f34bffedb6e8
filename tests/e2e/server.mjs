// A static server for the built app on loopback, falling back to index.html for any path
// that is not a file, as the app's routes need on reload.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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
 * Serves `dir` on 127.0.0.1 at a free port; resolves to { url, close }. `headStart` is markup
 * put first in the head of every HTML page, for a test that must run a script before the app.
 */
export async function serve(dir, { headStart = '' } = {}) {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const wanted = normalize(join(root, pathname));
    const inside = wanted.startsWith(root);
    const file = inside && (await isFile(wanted)) ? wanted : join(root, 'index.html');
    try {
      let body = await readFile(file);
      if (headStart && extname(file) === '.html') body = putFirstInHead(body.toString('utf8'), headStart);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
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

// `node tests/e2e/server.mjs dist` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve(process.argv[2] ?? 'dist');
  console.log(`Serving ${process.argv[2] ?? 'dist'} at ${url}`);
}
