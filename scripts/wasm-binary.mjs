// Reading and writing the parts of a wasm binary that the release hook changes: its sections,
// names and LEB128 numbers (the WebAssembly binary format, chapter 5 of the core spec).

/**
 * Each section of a wasm module, in order: its id, the whole section (`bytes`, header
 * included) and its contents (`body`).
 */
export function* sections(wasm) {
  let at = 8;
  while (at < wasm.length) {
    const [size, start] = readU32(wasm, at + 1);
    yield { id: wasm[at], bytes: wasm.subarray(at, start + size), body: wasm.subarray(start, start + size) };
    at = start + size;
  }
}

/** A module of the magic number and version of `wasm`, and these sections. */
export function moduleOf(wasm, sectionBytes) {
  return Buffer.concat([wasm.subarray(0, 8), ...sectionBytes]);
}

/** A section of this id and contents. */
export function section(id, body) {
  return Buffer.concat([Buffer.from([id]), encodeU32(body.length), body]);
}

/** Where an import's description ends: a function, table, memory, global or tag. */
export function importDescription(body, at) {
  const kind = body[at];
  if (kind === 0x00 || kind === 0x04) return readU32(body, at + 1 + (kind === 0x04 ? 1 : 0))[1];
  if (kind === 0x01) return limitsEnd(body, at + 2);
  if (kind === 0x02) return limitsEnd(body, at + 1);
  if (kind === 0x03) return at + 3;
  throw new Error(`the wasm has an import of unknown kind ${kind}`);
}

/** Where an export's description (its kind and index) ends. */
export function exportDescription(body, at) {
  return readU32(body, at + 1)[1];
}

/** Where a table's or memory's limits end: flags, minimum, and a maximum when flagged. */
function limitsEnd(body, at) {
  const flags = body[at];
  const [, afterMinimum] = readU32(body, at + 1);
  return flags & 1 ? readU32(body, afterMinimum)[1] : afterMinimum;
}

/** A name (its length, then UTF-8) at `at`, and where it ends. */
export function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}

export function encodeName(name) {
  const text = Buffer.from(name, 'utf8');
  return Buffer.concat([encodeU32(text.length), text]);
}

/** An unsigned LEB128 number at `at`, and where it ends. */
export function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at];
    at += 1;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

export function encodeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}
