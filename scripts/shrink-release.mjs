// Trunk post-build hook, release only: makes the wasm, the JavaScript glue that wasm-bindgen
// writes beside it and the page's scripts as small as they can be. Trunk's own wasm-opt step is
// off (index.html, data-wasm-opt="0"): the wasm is optimised here, once, after the changes below,
// because optimising an already optimised wasm again makes it larger.
//
// 1. The exports of wasm-streams go: server_fn, which Leptos always brings, exports its adapters
//    from Rust streams to JavaScript streams, and the app makes no stream. Without them the
//    optimiser drops their code, and Terser the glue's classes for them (and `initSync`, which
//    the page's loader does not call, and the glue's start of the wasm from anything but the
//    bytes that the loader hands it).
// 2. Every import, module of imports and export of the wasm gets a name of one or two letters,
//    in the wasm and in the glue alike. wasm-bindgen names them after the Rust binding and a
//    hash of it (`__wbg_addEventListener_847fd86b8c33ec43`); hashes do not compress, and each
//    name is written twice, in the wasm's import section and as a key of the glue's import
//    object. The glue is checked first: each import named exactly once, each export only read
//    as a property (`wasm.name`), or the build fails rather than ship a glue that no longer fits.
// 3. wasm-opt optimises the wasm for size (`WASM_OPT` below).
// 4. Its functions are put in the order that compresses best (scripts/function-order.mjs), alike
//    ones side by side: 20 KB less gzipped, 7.5 KB less brotli, than in the order of their
//    Rust names. wasm-opt moves them (`WASM_OPT_ORDER`), optimising nothing again.
// 5. Terser minifies the glue, which Trunk's own minifier cannot parse (it leaves the file as
//    is), the other scripts beside the app (public/link.js) and the page's inline scripts: it
//    drops comments and blanks, shortens local names and folds what it can prove unchanged; as
//    an ES module the glue keeps every export that the page's loader imports.
// 6. The stylesheet is written into the page: the first screen (index.html's first paint)
//    then waits for no request but the page's own: one round trip sooner on a slow network.
import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { withFunctionsNamedInOrder } from './function-order.mjs';
import { encodeName, encodeU32, exportDescription, importDescription, moduleOf, readName, readU32, section, sections } from './wasm-binary.mjs';

/**
 * wasm-opt's options, beside -Oz:
 * - `--low-memory-unused`: Rust places the stack first in the wasm's memory, growing down
 *   towards address 0, so the lowest kilobyte is touched only by a stack a kilobyte short of
 *   overflowing, and the optimiser may fold pointer offsets that assume it unused.
 * - A function with one caller is inlined only when it is small (40 size units): inlining the
 *   large ones too leaves about as many bytes but compresses worse, 5 KB more gzipped.
 * - `--dealign`: loads and stores claim no alignment. The alignment of a wasm access is only a
 *   hint, which engines do not need, and one value everywhere compresses better (1.7 KB gzip,
 *   6 KB brotli).
 * - The `producers` section goes: no browser reads it. The `target_features` section goes in
 *   the second run (`WASM_OPT_ORDER`), which reads from it what the wasm may use.
 * - `--monomorphize`: a function called with a constant argument gets a copy for it where the
 *   copy optimises to fewer bytes than the call carries (177 B less gzipped, 42 B more brotli).
 * - A function of up to 4 size units is always inlined (2 by default): 160 B less gzipped.
 *   Other limits of the flexible inlining (10, 40) and partial inlining changed nothing.
 */
const WASM_OPT = [
  '-Oz', '--converge', '--low-memory-unused', '--one-caller-inline-max-function-size', '40',
  '--dealign', '--strip-producers', '--monomorphize', '--always-inline-max-function-size', '4',
];

/**
 * wasm-opt's second run: the functions sorted by the names that `function-order.mjs` gives them
 * (the shipped wasm keeps none), the `target_features` section dropped. Its output is written
 * as -Oz writes it (StackIR optimised at levels 2 and 2): written plainly, the same code is
 * 2.4 KB longer.
 */
const WASM_OPT_ORDER = [
  '--reorder-functions-by-name', '--strip-target-features', '--generate-stack-ir',
  '--optimize-stack-ir', '--optimize-level', '2', '--shrink-level', '2',
];

/** Exports nothing in the app uses: wasm-streams' stream adapters (see 1 above). */
const UNUSED_EXPORT = /intounderlying/;

/**
 * wasm-bindgen's start of the wasm takes an address, a request, a response or bytes, and warns
 * of servers that send the wasm with another type and of callers of its older form. The page's
 * loader (`pattern_script` in Trunk.toml) always hands it the bytes, so a start from bytes
 * alone replaces it (see 1 above).
 */
const LOAD_ANY = /\nasync function __wbg_load\(module, imports\) \{\n[\s\S]*?\n\}\n/;
const START_FROM_ANY = /\nasync function __wbg_init_once\(module_or_path\) \{\n[\s\S]*?\n\}\n/;
const START_FROM_BYTES = `
async function __wbg_init_once({ module_or_path: bytes }) {
    const { instance, module } = await WebAssembly.instantiate(await bytes, __wbg_get_imports());
    return __wbg_finalize_init(instance, module);
}
`;

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from trunk (Trunk.toml hooks).');

if (process.env.TRUNK_PROFILE === 'release') {
  const names = await readdir(staging);
  const wasmName = names.find((name) => name.endsWith('_bg.wasm'));
  const glueName = wasmName.replace(/_bg\.wasm$/, '.js');
  const wasmPath = join(staging, wasmName);
  const gluePath = join(staging, glueName);

  const { wasm, modules, imports, exports } = shortenNames(await readFile(wasmPath));
  let glue = await readFile(gluePath, 'utf8');
  // A module is named once, as a quoted key of the import object ("./devrel-playbook_bg.js").
  for (const [old, short] of modules) {
    const quoted = [`"${old}"`, `'${old}'`].filter((form) => glue.includes(form));
    if (quoted.length !== 1 || glue.split(quoted[0]).length !== 2) {
      throw new Error(`the glue does not name the module "${old}" once: shorten no names`);
    }
    glue = glue.replace(quoted[0], JSON.stringify(short));
  }
  // An import is named once, as the key of its function in the import object.
  glue = rename(glue, imports, '(?<![\\w$.])', (found) => found.join() === 'name', 'as one key of the import object');
  // An export is read as a property of the wasm's exports. A JavaScript function that calls it
  // may bear its name, and is then what the name alone means; it keeps it (Terser shortens it).
  const readOnly = (found) => found.includes('declaration') || found.every((kind) => kind === 'property');
  glue = rename(glue, exports, '(?<=[.])', readOnly, 'read only as a property of the exports');
  const unoptimised = `${wasmPath}.unoptimised`;
  await writeFile(unoptimised, wasm);
  execFileSync('wasm-opt', [unoptimised, ...WASM_OPT, `--output=${wasmPath}`], { stdio: 'inherit' });
  await writeFile(unoptimised, withFunctionsNamedInOrder(await readFile(wasmPath)));
  execFileSync('wasm-opt', [unoptimised, ...WASM_OPT_ORDER, `--output=${wasmPath}`], { stdio: 'inherit' });
  await rm(unoptimised);
  await writeFile(gluePath, withoutUncalledCode(glue));

  for (const name of names.filter((name) => name.endsWith('.js') && name !== 'sw.js')) {
    const path = join(staging, name);
    // In the glue, a finaliser made for a class that went is dropped with it (`pure_new`).
    const compress = { pure_new: name === glueName };
    const { code } = await minify(await readFile(path, 'utf8'), { module: true, compress, format: { comments: false } });
    await writeFile(path, code);
  }

  // The page's own scripts (the loader, the service worker's registration, the link helpers),
  // which Trunk's minifier leaves with their comments and indents.
  const pagePath = join(staging, 'index.html');
  const page = await readFile(pagePath, 'utf8');
  const scripts = [...page.matchAll(/<script( type=["']?module["']?)?>([\s\S]*?)<\/script>/g)];
  let minified = page;
  for (const [whole, module, source] of scripts) {
    const { code } = await minify(source, { module: Boolean(module), format: { comments: false } });
    minified = minified.replace(whole, whole.replace(source, () => code));
  }
  await writeFile(pagePath, await inlineStylesheet(minified, staging));
}

/**
 * The page with its stylesheet written into it, and the file gone (see 5 above). The page has
 * exactly one, which Trunk minified; anything else fails the build.
 */
async function inlineStylesheet(page, staging) {
  const links = [...page.matchAll(/<link [^>]*\brel=["']?stylesheet["']?[^>]*>/g)];
  const href = links.length === 1 && links[0][0].match(/\bhref=["']?\/([\w.-]+\.css)\b/);
  if (!href) throw new Error('the page does not link one stylesheet of the build: inline none');
  const path = join(staging, href[1]);
  const css = (await readFile(path, 'utf8')).trim();
  if (/<\/style/i.test(css)) throw new Error(`${href[1]} closes a style element: inline none`);
  await rm(path);
  return page.replace(links[0][0], () => `<style>${css}</style>`);
}

/**
 * The glue without what nothing calls: its classes for wasm-streams' adapters, whose exports
 * went (see 1 above), `initSync`, and the start from anything but bytes. No longer exported,
 * nor read by the line that gives the classes `Symbol.dispose`, they are left for Terser to
 * drop. A glue of another shape keeps them, and the size budget tells.
 */
function withoutUncalledCode(glue) {
  // The page's loader calls the default export, `__wbg_init`; `initSync` is for loaders that
  // compile the wasm themselves.
  let text = glue.replace('export { initSync, __wbg_init as default };', 'export { __wbg_init as default };');
  const [load] = text.match(LOAD_ANY) ?? [''];
  const [start] = text.match(START_FROM_ANY) ?? [''];
  if (load.includes('WebAssembly.instantiate(') && start.includes('__wbg_load(await module_or_path, imports)')) {
    text = text.replace(load, '\n').replace(start, START_FROM_BYTES);
  }
  for (const [, name] of glue.matchAll(/^export class (IntoUnderlying\w*) /gm)) {
    text = text
      .replace(`export class ${name} `, `class ${name} `)
      .replace(`if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;\n`, '');
  }
  return text;
}

/**
 * `names` (old to new) replaced in `text` where `at` finds them; each is checked by `fits`
 * against every place it occurs as a whole word first.
 */
function rename(text, names, at, fits, rule) {
  for (const old of names.keys()) {
    const found = [...text.matchAll(new RegExp(`(function\\s+|[.])?(?<![\\w$])${old}(?![\\w$])`, 'g'))].map(
      ([, before]) => (before === '.' ? 'property' : before ? 'declaration' : 'name'),
    );
    if (!fits(found)) throw new Error(`the glue does not have "${old}" ${rule}: shorten no names`);
  }
  if (names.size === 0) return text;
  const pattern = new RegExp(`${at}(${[...names.keys()].join('|')})(?![\\w$])`, 'g');
  return text.replace(pattern, (old) => names.get(old));
}

/**
 * The wasm with its imports, their modules and its exports renamed, and the maps of old names
 * to new. The memory keeps its name: `bench/bench.mjs` reads it from the exports the loader
 * hands to `TrunkApplicationStarted`.
 */
function shortenNames(bytes) {
  const modules = new Map();
  const imports = new Map();
  const exports = new Map();
  const renamed = [...sections(bytes)].map(({ id, bytes: whole, body }) => {
    if (id === 2) return section(2, renameEntries(body, imports, importDescription, modules));
    if (id === 7) return section(7, renameEntries(body, exports, exportDescription, null));
    return whole;
  });
  return { wasm: moduleOf(bytes, renamed), modules, imports, exports };
}

/**
 * A section's entries renamed: each a name (after a module name, for imports) and a
 * description. Of the exports (no `modules`), the unused ones are left out.
 */
function renameEntries(body, names, description, modules) {
  const [count, first] = readU32(body, 0);
  const out = [];
  let dropped = 0;
  let at = first;
  for (let entry = 0; entry < count; entry += 1) {
    if (modules) {
      const [module, afterModule] = readName(body, at);
      if (!modules.has(module)) modules.set(module, shortName(modules.size));
      out.push(encodeName(modules.get(module)));
      at = afterModule;
    }
    const [name, afterName] = readName(body, at);
    const end = description(body, afterName);
    if (!modules && UNUSED_EXPORT.test(name)) {
      dropped += 1;
      at = end;
      continue;
    }
    const short = name === 'memory' ? name : (names.get(name) ?? shortName(names.size));
    if (short !== name) names.set(name, short);
    out.push(encodeName(short), body.subarray(afterName, end));
    at = end;
  }
  if (at !== body.length) throw new Error('the wasm has bytes after its last import or export');
  return Buffer.concat([encodeU32(count - dropped), ...out]);
}

/** The `index`th short name: a, b, … Z, then aa, ba, …; letters only, so a valid JS key. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = letters[index % letters.length];
  for (let rest = Math.floor(index / letters.length); rest > 0; rest = Math.floor(rest / letters.length)) {
    name += letters[rest % letters.length];
  }
  return name;
}
