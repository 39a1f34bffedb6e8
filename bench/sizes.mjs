// Transfer sizes of a release build: what each kind of file costs over the network, gzipped
// (level 9, as a static host would serve it) and brotli-compressed beside it.
import { readdir, readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';

const FIRST_LOAD_KINDS = ['wasm', 'js', 'css', 'html'];
/** Files of the build that opening the app does not fetch: they are fetched when needed. */
const ON_DEMAND = ['link.js'];

/** Compressed bytes per kind of file in `dist`, and `first_load`: what opening the app fetches. */
export async function transferSizes(dist) {
  const gzip = { wasm: 0, js: 0, css: 0, html: 0, other: 0 };
  let brotliFirstLoad = 0;
  for (const name of await readdir(dist)) {
    // The script that packs links is fetched the first time a link is made or opened.
    const kind = ON_DEMAND.includes(name) ? 'other' : extname(name).slice(1);
    const bytes = await readFile(join(dist, name));
    gzip[kind in gzip ? kind : 'other'] += gzipSync(bytes, { level: 9 }).length;
    if (FIRST_LOAD_KINDS.includes(kind)) {
      brotliFirstLoad += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
  }
  // `other` (the published schemas and example, the packing of links, icons, the manifest) is
  // not fetched when the app opens.
  const firstLoad = FIRST_LOAD_KINDS.reduce((sum, kind) => sum + gzip[kind], 0);
  return { ...gzip, first_load: firstLoad, first_load_brotli: brotliFirstLoad };
}
