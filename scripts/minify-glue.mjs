// Trunk post-build hook, release only: minifies the JavaScript glue that wasm-bindgen writes,
// which Trunk's own minifier cannot parse (it leaves the file as is). Terser drops comments and
// blanks, shortens local names and folds what it can prove unchanged; as an ES module the file
// keeps every export that the page's loader imports.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from trunk (Trunk.toml hooks).');

if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of (await readdir(staging)).filter((name) => name.endsWith('.js') && name !== 'sw.js')) {
    const path = join(staging, name);
    const { code } = await minify(await readFile(path, 'utf8'), { module: true, format: { comments: false } });
    await writeFile(path, code);
  }
}
