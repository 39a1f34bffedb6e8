// Packing a playbook's text into a link's payload and back (src/browser/link.rs), with the
// browser's own deflate and base64 so the wasm carries no compression code. Fetched the first
// time a link is made or opened, not with the app.

export async function pack(text) {
  const zipped = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(zipped).arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// Stops past `max` characters, so a small crafted link cannot unfold into more than the page
// can hold; a payload cut short, changed or not deflated fails.
export async function unpack(payload, max) {
  const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const reader = new Blob([bytes]).stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .pipeThrough(new TextDecoderStream('utf-8', { fatal: true }))
    .getReader();
  let text = '';
  for (;;) {
    const part = await reader.read();
    if (part.done) return text;
    text += part.value;
    if (text.length > max) {
      reader.cancel();
      throw new RangeError('too long');
    }
  }
}
