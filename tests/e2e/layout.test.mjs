// Every screen at phone and desktop width, in light and dark: screenshots for a person to look
// at (test-results/), and no page wider than the window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { appForThisFile, goto, openPage } from './harness.mjs';

const app = appForThisFile();

async function openEveryDetails(page) {
  const closed = page.locator('main details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

async function openFirstGoal(page) {
  const goal = page.getByRole('group', { name: 'Goal 1', exact: true });
  await goal.getByRole('button', { name: 'Edit goal' }).click();
  await goal.getByLabel('Owner').waitFor();
}

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
    // The widest things a step holds: every suggestion and example opened.
    'strategy-goals-suggestions': [`${playbook}/strategy/company-goals`, openEveryDetails],
    'strategy-campaigns': `${playbook}/strategy/programs`,
    'strategy-smart-goals': `${playbook}/strategy/smart-goals`,
    // A goal opened for editing: its fields, its milestones and its SMART check.
    'strategy-smart-goal-open': [`${playbook}/strategy/smart-goals`, openFirstGoal],
    'strategy-not-found': `${playbook}/strategy/no-such-step`,
    about: '/about',
  };
  await mkdir('test-results', { recursive: true });
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      for (const [name, screen] of Object.entries(screens)) {
        const [path, prepare] = Array.isArray(screen) ? screen : [screen];
        await goto(page, app.url + path);
        await prepare?.(page);
        await page.screenshot({ path: `test-results/${name}-${width}-${colorScheme}.png`, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${name} at ${width} px (${colorScheme}) is ${overflow} px too wide`);
      }
    }
  }
  await context.close();
});
