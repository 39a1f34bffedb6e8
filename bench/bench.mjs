// Measures the release build in dist/: gzip transfer size per kind of file, and in headless
// Chromium on loopback the time from navigation to an interactive home page, memory after load,
// and the time of a first interaction. Prints one JSON line; progress goes to stderr.
//   node bench/bench.mjs [--loads N]
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import { serve } from '../tests/e2e/server.mjs';
import { launchChromium } from '../tests/e2e/browser.mjs';

const DIST = process.env.DIST ?? 'dist';
const loadsArg = process.argv.indexOf('--loads');
const LOADS = loadsArg > 0 ? Number(process.argv[loadsArg + 1]) : 9;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (ms) => Math.round(ms * 10) / 10;

async function transferSizes() {
  const sizes = { wasm: 0, js: 0, css: 0, html: 0, other: 0 };
  for (const name of await readdir(DIST)) {
    const kind = extname(name).slice(1);
    const gzipped = gzipSync(await readFile(join(DIST, name)), { level: 9 }).length;
    sizes[kind in sizes ? kind : 'other'] += gzipped;
  }
  return { ...sizes, total: Object.values(sizes).reduce((a, b) => a + b, 0) };
}

// Runs in the page before the app: notes when the app has started and when the home page's
// form can be used, in ms since navigation began.
function recordMilestones() {
  window.__bench = {};
  addEventListener('TrunkApplicationStarted', (event) => {
    window.__bench.started = performance.now();
    window.__bench.wasmMemory = event.detail.wasm.memory.buffer.byteLength;
  });
  new MutationObserver((_, observer) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Create playbook');
    if (button) {
      window.__bench.interactive = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function oneLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(recordMilestones);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.interactive && window.__bench.started);
  const milestones = await page.evaluate(() => window.__bench);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const jsHeap = metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;

  // A first interaction: create a playbook and wait for its page.
  await page.getByLabel('Title').fill('Benchmark playbook');
  const createMs = await page.evaluate(
    () =>
      new Promise((done) => {
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if (document.querySelector('h1')?.textContent === 'Benchmark playbook') {
            observer.disconnect();
            done(performance.now() - start);
          }
        }).observe(document, { childList: true, subtree: true, characterData: true });
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Create playbook').click();
      }),
  );
  await context.close();
  return { ...milestones, jsHeap, createMs };
}

const sizes = await transferSizes();
const server = await serve(DIST);
const browser = await launchChromium();
try {
  await oneLoad(browser, server.url); // warm the server's file cache and Chromium's process
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    loads.push(await oneLoad(browser, server.url));
    process.stderr.write(`load ${i + 1}/${LOADS}: interactive at ${round(loads.at(-1).interactive)} ms\n`);
  }
  console.log(
    JSON.stringify({
      gzip_bytes: sizes,
      loads: LOADS,
      load_to_interactive_ms_median: round(median(loads.map((l) => l.interactive))),
      app_started_ms_median: round(median(loads.map((l) => l.started))),
      create_playbook_ms_median: round(median(loads.map((l) => l.createMs))),
      wasm_memory_bytes: median(loads.map((l) => l.wasmMemory)),
      js_heap_used_bytes: Math.round(median(loads.map((l) => l.jsHeap))),
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
