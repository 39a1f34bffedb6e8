// Lighthouse on the home page of the release build in dist/, served compressed on loopback as a
// host would serve it: three times with its mobile preset (simulated slow 4G and a 4× slower
// CPU), the median run reported, and once with its desktop preset, in headless Debian
// Chromium. Prints one JSON line of the four category scores and the load metrics of each;
// progress goes to stderr.
//   node bench/lighthouse.mjs
import { readdir } from 'node:fs/promises';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serve } from '../tests/e2e/server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/browser.mjs';

const MOBILE_RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcp_ms: 'first-contentful-paint',
  lcp_ms: 'largest-contentful-paint',
  tbt_ms: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speed_index_ms: 'speed-index',
  tti_ms: 'interactive',
};

/** Scores out of 100 and metrics of one Lighthouse result, with the throttling they assume. */
function summary(lhr) {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, lhr.categories[id].score === null ? null : Math.round(lhr.categories[id].score * 100)]),
  );
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([name, id]) => {
      const value = lhr.audits[id].numericValue;
      if (value === undefined) return [name, null];
      return [name, id === 'cumulative-layout-shift' ? Math.round(value * 1000) / 1000 : Math.round(value)];
    }),
  );
  const { throttlingMethod, throttling } = lhr.configSettings;
  return {
    scores,
    metrics,
    transfer_bytes: lhr.audits['total-byte-weight'].numericValue,
    // Lighthouse's measure of this machine's speed, by which to read the simulated CPU.
    benchmark_index: lhr.environment.benchmarkIndex,
    throttling: {
      method: throttlingMethod,
      rtt_ms: throttling.rttMs,
      throughput_kbps: throttling.throughputKbps,
      cpu_slowdown: throttling.cpuSlowdownMultiplier,
    },
  };
}

async function run(url, port, config) {
  const started = Date.now();
  const { lhr } = await lighthouse(url, { port, logLevel: 'error', output: 'json' }, config);
  if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings) process.stderr.write(`lighthouse: ${warning}\n`);
  process.stderr.write(`lighthouse ${lhr.configSettings.formFactor}: ${Math.round((Date.now() - started) / 1000)} s\n`);
  return lhr;
}

/** Lighthouse's mobile and desktop summaries of the home page of the build in `dist`. */
export async function lighthouseScores(dist) {
  // Compressed as Accept-Encoding allows, so the figures are those of a real host, not of
  // the uncompressed files a plain static server sends.
  const server = await serve(dist, { compress: true });
  try {
    // The server compresses a file on its first request; done here, so that the seconds brotli
    // takes over the wasm do not count as the server's response time in the first run.
    for (const name of await readdir(dist)) {
      for (const encoding of ['br', 'gzip']) {
        await (await fetch(`${server.url}/${name}`, { headers: { 'accept-encoding': encoding } })).arrayBuffer();
      }
    }
    // The same flags as the end-to-end tests, among them the ones that keep Chromium off the
    // network; chrome-launcher adds its own (no translate, no component or extension updates).
    const chrome = await launch({
      chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      logLevel: 'silent',
    });
    try {
      const url = `${server.url}/`;
      // The mobile score moves by ten points from one run to the next on a shared machine
      // (its simulated slow CPU scales whatever the real one was doing): the run of the median
      // score stands for them, beside every run's score.
      const mobileRuns = [];
      for (let i = 0; i < MOBILE_RUNS; i++) mobileRuns.push(summary(await run(url, chrome.port, undefined)));
      const byScore = [...mobileRuns].sort((a, b) => a.scores.performance - b.scores.performance);
      const mobile = { ...byScore[MOBILE_RUNS >> 1], performance_of_each_run: mobileRuns.map((r) => r.scores.performance) };
      const desktop = await run(url, chrome.port, desktopConfig);
      // The user agent string gives the major version alone.
      const { Browser: chromium } = await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json();
      return { version: desktop.lighthouseVersion, chromium, mobile, desktop: summary(desktop) };
    } finally {
      chrome.kill();
    }
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await lighthouseScores(process.env.DIST ?? 'dist')));
}
