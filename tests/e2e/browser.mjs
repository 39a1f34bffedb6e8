// Starting Debian's Chromium for the end-to-end tests and the benchmark.
import { chromium } from 'playwright-core';

// Without the background-networking flags Chromium keeps trying to reach the network,
// which this machine does not have.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts Chromium headless. Playwright hides its scrollbars; with `scrollbars`, they take their
 * room from the page as on a desktop with classic scrollbars (Windows, most of Linux).
 */
export function launchChromium({ scrollbars = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: scrollbars ? ['--hide-scrollbars'] : [],
  });
}
