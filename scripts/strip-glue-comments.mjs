// Trunk post-build hook, release only: drops the comments and indentation of the JavaScript glue
// that wasm-bindgen writes, which Trunk's own minifier cannot parse (it leaves the file as is).
// Only whole-line comments and leading blanks go, and only when no string or template literal
// can span lines, so every statement is left exactly as written.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from trunk (Trunk.toml hooks).');

if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of (await readdir(staging)).filter((name) => name.endsWith('.js') && name !== 'sw.js')) {
    const path = join(staging, name);
    const lines = (await readFile(path, 'utf8')).split('\n');
    // A backtick left open on a line, or a line continued by a backslash, would let a literal
    // run onto the next line, where blanks and slashes are text: leave such a file untouched.
    if (lines.some((line) => (line.split('`').length - 1) % 2 === 1 || line.endsWith('\\'))) continue;
    const kept = [];
    let inBlockComment = false;
    let plain = true;
    for (const line of lines.map((line) => line.trim())) {
      const opens = !inBlockComment && line.startsWith('/*');
      if (inBlockComment || opens) {
        const end = line.indexOf('*/', opens ? 2 : 0);
        // Code after a comment's end on the same line: not a whole-line comment.
        if (end !== -1 && end !== line.length - 2) plain = false;
        inBlockComment = end === -1;
      } else if (line !== '' && !line.startsWith('//')) {
        kept.push(line);
      }
    }
    if (!plain || inBlockComment) continue;
    await writeFile(path, `${kept.join('\n')}\n`);
  }
}
