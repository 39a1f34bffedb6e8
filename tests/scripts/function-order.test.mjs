// The release hook's function order (scripts/function-order.mjs), on small modules written here
// byte by byte: which names it gives, and that alike functions end up side by side.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withFunctionsNamedInOrder } from '../../scripts/function-order.mjs';
import { encodeName, encodeU32, readName, readU32, section, sections } from '../../scripts/wasm-binary.mjs';

const HEADER = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
const I32_CONST = 0x41;
const DROP = 0x1a;
const NOP = 0x01;
const LOCAL_GET = 0x20;
const END = 0x0b;

/** `times` copies of `instructions`. */
const repeated = (instructions, times) => Array.from({ length: times }, () => instructions).flat();

/** A body with no locals: the instructions, then `end`. */
const body = (instructions) => Buffer.from([0x00, ...instructions, END]);

const vector = (items) => Buffer.concat([encodeU32(items.length), ...items]);

/**
 * A module of functions of type `() -> ()` with these bodies, after one imported function, and
 * `extra` sections at its end.
 */
function module(bodies, extra = []) {
  const type = section(1, vector([Buffer.from([0x60, 0x00, 0x00])]));
  const tick = Buffer.concat([encodeName('env'), encodeName('tick'), Buffer.from([0x00, 0x00])]);
  const imports = section(2, vector([tick]));
  const functions = section(3, vector(bodies.map(() => Buffer.from([0x00]))));
  const code = section(10, vector(bodies.map((bytes) => Buffer.concat([encodeU32(bytes.length), bytes]))));
  return Buffer.concat([HEADER, type, imports, functions, code, ...extra]);
}

/** The function names of a module's names sections: index to name, and how many sections. */
function functionNames(wasm) {
  const names = new Map();
  let count = 0;
  for (const { id, body } of sections(wasm)) {
    if (id !== 0) continue;
    const [name, afterName] = readName(body, 0);
    if (name !== 'name') continue;
    count += 1;
    let at = afterName;
    while (at < body.length) {
      const subsection = body[at];
      const [size, start] = readU32(body, at + 1);
      if (subsection === 1) {
        const [entries, first] = readU32(body, start);
        let entry = first;
        for (let read = 0; read < entries; read += 1) {
          const [index, afterIndex] = readU32(body, entry);
          const [functionName, afterFunctionName] = readName(body, afterIndex);
          names.set(index, functionName);
          entry = afterFunctionName;
        }
      }
      at = start + size;
    }
  }
  return { names, count };
}

/** Each function's place in the order its name gives, by its index among the defined ones. */
function places(wasm, imported) {
  const { names } = functionNames(wasm);
  const sorted = [...names].sort(([, a], [, b]) => (a < b ? -1 : 1));
  const place = [];
  sorted.forEach(([index], at) => {
    place[index - imported] = at;
  });
  return place;
}

/** A body that opens with `i32.const lead; drop`, so that the order of bytes sorts it by `lead`. */
const led = (lead, instructions) => body([I32_CONST, lead, DROP, ...instructions]);
const constants = (lead) => led(lead, repeated([I32_CONST, 9, DROP], 30));
const nops = (lead) => led(lead, repeated([NOP], 40));
const gets = (lead) => led(lead, repeated([LOCAL_GET, 0, DROP], 30));

test('every defined function is named once, after the imported ones, by a place in the order', () => {
  const bodies = [constants(0), nops(1), gets(2), constants(3)];
  const { names, count } = functionNames(withFunctionsNamedInOrder(module(bodies)));
  assert.equal(count, 1);
  assert.deepEqual([...names.keys()].sort(), [1, 2, 3, 4]);
  assert.deepEqual([...names.values()].sort(), ['f0', 'f1', 'f2', 'f3']);
});

test('alike functions are placed side by side, where the order of their bytes would part them', () => {
  // In the order of their bytes (by lead), the three kinds alternate.
  const bodies = [constants(0), nops(1), gets(2), constants(3), nops(4), gets(5)];
  const place = places(withFunctionsNamedInOrder(module(bodies)), 1);
  for (const [a, b] of [[0, 3], [1, 4], [2, 5]]) {
    assert.equal(Math.abs(place[a] - place[b]), 1, `functions ${a} and ${b} are at ${place[a]} and ${place[b]}`);
  }
});

test('a names section already there is replaced, and every other section kept as it was', () => {
  const oldEntry = Buffer.concat([encodeU32(1), encodeName('old')]);
  const oldNames = section(0, Buffer.concat([encodeName('name'), section(1, vector([oldEntry]))]));
  const other = section(0, Buffer.concat([encodeName('kept'), Buffer.from([1, 2, 3])]));
  const original = module([constants(0), nops(1)], [oldNames, other]);
  const ordered = withFunctionsNamedInOrder(original);

  const { names, count } = functionNames(ordered);
  assert.equal(count, 1);
  assert.ok(![...names.values()].includes('old'));
  const withoutNames = (wasm) =>
    [...sections(wasm)]
      .filter(({ id, body }) => !(id === 0 && readName(body, 0)[0] === 'name'))
      .map(({ bytes }) => bytes.toString('hex'));
  assert.deepEqual(withoutNames(ordered), withoutNames(original));
});

test('a module without code is refused rather than left unordered', () => {
  assert.throws(() => withFunctionsNamedInOrder(Buffer.concat([HEADER, section(1, vector([]))])), /no code section/);
});
