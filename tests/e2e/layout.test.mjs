// Every screen at phone and desktop width, in light and dark: screenshots for a person to look
// at (test-results/), and no page wider than the window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { appForThisFile, goto, openPage } from './harness.mjs';

const app = appForThisFile();

test('screens fit from 375 px to desktop width, in light and dark themes', async () => {
  const { context, page } = await openPage(app);
  await page.getByRole('button', { name: 'Open the example playbook' }).click();
  await page.getByRole('heading', { level: 1, name: /^Example/ }).waitFor();
  const playbook = new URL(page.url()).pathname;
  const interview = await page.getByRole('link', { name: 'Continue interview' }).first().getAttribute('href');
  const screens = {
    home: '/',
    playbook,
    interview,
    verdict: `${interview}/verdict`,
    compare: `${playbook}/compare`,
    report: `${playbook}/report`,
    'strategy-goals': `${playbook}/strategy/company-goals`,
    'strategy-campaigns': `${playbook}/strategy/programs`,
    'strategy-smart-goals': `${playbook}/strategy/smart-goals`,
    about: '/about',
  };
  await mkdir('test-results', { recursive: true });
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      for (const [name, path] of Object.entries(screens)) {
        await goto(page, app.url + path);
        await page.screenshot({ path: `test-results/${name}-${width}-${colorScheme}.png`, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${name} at ${width} px (${colorScheme}) is ${overflow} px too wide`);
      }
    }
  }
  await context.close();
});
