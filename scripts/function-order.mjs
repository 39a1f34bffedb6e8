// The order of a wasm's functions that compresses best, as names that sort in that order.
//
// gzip finds a repeat only within the last 32 KB it has read, so a function compresses well
// when functions much like it come just before it: the copies of one generic function for
// different types, or the views of one page. The order is built greedily. After each function
// comes one of the CANDIDATES left most like any of the last RECENT placed: the one that
// deflates to the fewest bits per byte after the last 32 KB placed, which is how gzip will
// see it. When none is alike, the next in the order of their bytes comes. Then the functions
// that cost the most bytes where they landed each try a few other places, near functions like
// them, and move where that saves bytes (`movedCloser`), in a few rounds.
//
// Measured on the app's release wasm against the order of its Rust names, gzipped: 13.2 KB less
// for the greedy order alone, 3.1 KB less again for the deflate test among the candidates, 2.7 KB
// less again for the first round of moves and 1.2 KB less for three more; trying 2,000 functions
// in 12 places each instead of 1,000 in 6, 1.6 KB less again. It takes five to six minutes.
//
// "Alike" is the share of 4-byte runs two functions have in common (Jaccard similarity),
// estimated from a MinHash signature: for each of SAMPLES hash functions, the smallest hash of
// a function's runs. Two functions agree on a sample as often as they share runs.
//
// wasm-opt's `--reorder-functions-by-name` then moves the functions into that order, renumbering
// every call and table entry, which only it can do safely.
import { deflateRawSync } from 'node:zlib';
import { encodeName, encodeU32, importDescription, moduleOf, readName, readU32, section, sections } from './wasm-binary.mjs';

/** Hash samples per function: the more, the closer the estimate. */
const SAMPLES = 256;
/** Bytes per run of code compared (3 or 5: about 1 KB more gzipped). */
const RUN = 4;
/** A candidate is compared with this many functions placed last (3: 1.5 KB more gzipped). */
const RECENT = 16;
/** Of SAMPLES, a candidate agreeing on no more than this is not alike. */
const UNRELATED = 8;
/** The functions most alike tried after the last placed (10: 0.6 KB more gzipped; 80: no less). */
const CANDIDATES = 40;
/** The costliest functions tried in other places in each round (1,000: 0.3 KB more gzipped). */
const MOVED = 2000;
/**
 * The places each tries: right after each of the functions most like it (6: 1.3 KB more
 * gzipped; 24: 0.2 KB more).
 */
const PLACES = 12;
/**
 * Rounds of those moves, each taking the costliest functions where the round before left them:
 * a move changes what the functions after it deflate to, and opens places that were no better
 * before (1 round: 1.2 KB more gzipped than 4; 2: 0.5 KB more; 3: 0.13 KB more).
 */
const ROUNDS = 4;
/** How far back gzip (deflate) finds a repeat. */
const WINDOW = 32 * 1024;

/**
 * `wasm` with its names section replaced by one naming each function defined in it by its place
 * in the order that compresses best: `f0000`, `f0001`, …, as many digits for each, so that they
 * sort as their numbers do.
 */
export function withFunctionsNamedInOrder(wasm) {
  const parts = [...sections(wasm)];
  const imports = parts.find(({ id }) => id === 2);
  const code = parts.find(({ id }) => id === 10);
  if (!code) throw new Error('the wasm has no code section: order no functions');
  const bodies = functionBodies(code.body);
  const signatures = bodies.map(signature);
  let order = similarFirst(bodies, signatures);
  for (let round = 0; round < ROUNDS; round += 1) order = movedCloser(order, bodies, signatures);

  const firstDefined = imports ? importedFunctions(imports.body) : 0;
  const place = new Array(bodies.length);
  order.forEach((defined, at) => {
    place[defined] = at;
  });
  const width = String(bodies.length).length;
  const entries = place.map((at, defined) =>
    Buffer.concat([encodeU32(firstDefined + defined), encodeName(`f${String(at).padStart(width, '0')}`)]),
  );
  const functionNames = Buffer.concat([encodeU32(entries.length), ...entries]);
  const names = section(0, Buffer.concat([encodeName('name'), section(1, functionNames)]));
  const kept = parts.filter(({ id, body }) => !(id === 0 && readName(body, 0)[0] === 'name'));
  return moduleOf(wasm, [...kept.map(({ bytes }) => bytes), names]);
}

/** The bodies of the code section, in the order of the functions they define. */
function functionBodies(body) {
  const [count, first] = readU32(body, 0);
  const bodies = [];
  let at = first;
  for (let index = 0; index < count; index += 1) {
    const [size, start] = readU32(body, at);
    bodies.push(body.subarray(start, start + size));
    at = start + size;
  }
  return bodies;
}

/** How many functions the module imports: they come first in the index space of functions. */
function importedFunctions(body) {
  const [count, first] = readU32(body, 0);
  let functions = 0;
  let at = first;
  for (let entry = 0; entry < count; entry += 1) {
    const [, afterModule] = readName(body, at);
    const [, afterName] = readName(body, afterModule);
    if (body[afterName] === 0x00) functions += 1;
    at = importDescription(body, afterName);
  }
  return functions;
}

/**
 * Indexes of `bodies`, each followed by one of those most like the functions placed just before
 * it: the one that deflates best after them.
 */
function similarFirst(bodies, signatures) {
  const count = bodies.length;
  const byBytes = [...bodies.keys()].sort((a, b) => Buffer.compare(bodies[a], bodies[b]));
  const placed = new Uint8Array(count);
  // Likeness of every function to each of the RECENT placed last, newest first.
  const recent = [];
  const order = [];
  // The last WINDOW bytes placed: what gzip can still repeat from.
  let window = Buffer.alloc(0);
  let nextByBytes = 0;
  let next = byBytes[0];
  while (order.length < count) {
    order.push(next);
    placed[next] = 1;
    const likeness = new Uint16Array(count);
    for (let other = 0; other < count; other += 1) {
      if (!placed[other]) likeness[other] = agreement(signatures[next], signatures[other]);
    }
    recent.unshift(likeness);
    recent.length = Math.min(recent.length, RECENT);

    // The CANDIDATES most alike, most alike first (ties: the first in the module).
    const candidates = [];
    for (let other = 0; other < count; other += 1) {
      if (placed[other]) continue;
      let alike = 0;
      for (const row of recent) alike = Math.max(alike, row[other]);
      if (alike <= UNRELATED) continue;
      if (candidates.length === CANDIDATES && alike <= candidates[CANDIDATES - 1].alike) continue;
      let at = Math.min(candidates.length, CANDIDATES - 1);
      while (at > 0 && candidates[at - 1].alike < alike) at -= 1;
      candidates.splice(at, 0, { alike, other });
      candidates.length = Math.min(candidates.length, CANDIDATES);
    }
    // Of those, the one that deflates to the fewest bits per byte after what gzip still holds.
    window = Buffer.concat([window, bodies[next]]).subarray(-WINDOW);
    let best = -1;
    let fewest = Infinity;
    for (const { other } of candidates) {
      const perByte = deflatedSize(bodies[other], window) / bodies[other].length;
      if (perByte < fewest) {
        best = other;
        fewest = perByte;
      }
    }
    if (best < 0) {
      while (nextByBytes < count && placed[byBytes[nextByBytes]]) nextByBytes += 1;
      best = byBytes[nextByBytes];
    }
    next = best;
  }
  return order;
}

/**
 * `order` bettered by moving functions one at a time. Each of the MOVED functions that deflate
 * to the most bytes where they are tries a place right after each of the PLACES functions most
 * like it, and takes the one that saves the most bytes, if any does.
 */
function movedCloser(initial, bodies, signatures) {
  let order = initial;
  let laidOut = layOut(order, bodies);
  const costliest = order
    .map((fn, at) => ({ fn, bytes: deflated(laidOut.bytes, laidOut.start[at], laidOut.start[at + 1]) }))
    .sort((a, b) => b.bytes - a.bytes || a.fn - b.fn)
    .slice(0, MOVED);
  for (const { fn } of costliest) {
    const from = order.indexOf(fn);
    let best = null;
    for (const like of mostAlike(fn, signatures, PLACES)) {
      const to = order.indexOf(like) + 1;
      if (to === from || to === from + 1) continue;
      const move = moved(order, laidOut, from, to, bodies);
      if (move.saves > 0 && (!best || move.saves > best.saves)) best = move;
    }
    if (best) ({ order, laidOut } = best);
  }
  return order;
}

/**
 * The function at `from` moved to just before the one at `to`, with its new layout and the
 * bytes it saves. Moving a function changes what gzip makes only of the bytes from where it
 * leaves or arrives to WINDOW bytes after, so only those are deflated again, before and after.
 */
function moved(order, laidOut, from, to, bodies) {
  const fn = order[from];
  const size = bodies[fn].length;
  const next = order.filter((_, at) => at !== from);
  next.splice(to > from ? to - 1 : to, 0, fn);
  const after = layOut(next, bodies);
  const left = laidOut.start[from];
  const arrival = laidOut.start[to];
  const [old, now] = [laidOut.bytes, after.bytes];
  let before;
  let then;
  if (Math.abs(arrival - left) < 2 * WINDOW) {
    // Near: one stretch, the same bytes before and after, in another order.
    const [start, end] = to > from ? [left, arrival + WINDOW] : [arrival, left + size + WINDOW];
    before = deflated(old, start, end);
    then = deflated(now, start, end);
  } else if (to > from) {
    before = deflated(old, left, left + size + WINDOW) + deflated(old, arrival, arrival + WINDOW);
    then = deflated(now, left, left + WINDOW) + deflated(now, arrival - size, arrival + WINDOW);
  } else {
    before = deflated(old, arrival, arrival + WINDOW) + deflated(old, left, left + size + WINDOW);
    then = deflated(now, arrival, arrival + size + WINDOW) + deflated(now, left + size, left + size + WINDOW);
  }
  return { order: next, laidOut: after, saves: before - then };
}

/** The functions' bytes one after another in `order`, and where each starts. */
function layOut(order, bodies) {
  const start = new Int32Array(order.length + 1);
  order.forEach((fn, at) => {
    start[at + 1] = start[at] + bodies[fn].length;
  });
  return { bytes: Buffer.concat(order.map((fn) => bodies[fn])), start };
}

/** How many bytes deflate makes of `bytes` from `start` to `end`, after the WINDOW before. */
function deflated(bytes, start, end) {
  return deflatedSize(bytes.subarray(start, end), bytes.subarray(Math.max(0, start - WINDOW), start));
}

/** How many bytes deflate, as gzip -9, makes of `bytes` after `before`. */
function deflatedSize(bytes, before) {
  return deflateRawSync(bytes, { level: 9, dictionary: before }).length;
}

/** The `count` other functions most like `fn`, most alike first (ties: the first in the module). */
function mostAlike(fn, signatures, count) {
  const others = [];
  signatures.forEach((other, index) => {
    if (index !== fn) others.push({ index, alike: agreement(signatures[fn], other) });
  });
  others.sort((a, b) => b.alike - a.alike || a.index - b.index);
  return others.slice(0, count).map(({ index }) => index);
}

/** Seeds of the SAMPLES hash functions: odd multiples of the golden ratio, fixed. */
const SEEDS = Uint32Array.from({ length: SAMPLES }, (_, sample) => Math.imul(sample + 1, 0x9e3779b1) | 1);

/** The MinHash signature of a body: per sample, the smallest hash of its runs of RUN bytes. */
function signature(body) {
  const smallest = new Uint32Array(SAMPLES).fill(0xffffffff);
  for (let at = 0; at + RUN <= body.length; at += 1) {
    // FNV-1a of the run, then mixed with each sample's seed.
    let run = 2166136261;
    for (let offset = 0; offset < RUN; offset += 1) run = Math.imul(run ^ body[at + offset], 16777619);
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      let hash = Math.imul(run ^ SEEDS[sample], 0x85ebca6b);
      hash = (hash ^ (hash >>> 13)) >>> 0;
      if (hash < smallest[sample]) smallest[sample] = hash;
    }
  }
  return smallest;
}

/** On how many samples two signatures agree. */
function agreement(a, b) {
  let same = 0;
  for (let sample = 0; sample < SAMPLES; sample += 1) if (a[sample] === b[sample]) same += 1;
  return same;
}
