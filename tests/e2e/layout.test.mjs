// Every screen at phone and desktop width, in light and dark: screenshots for a person to look
// at (test-results/), no page wider than the window, wide tables that say they scroll, and the
// screens used most laid out for the work done on them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { appForThisFile, createPlaybook, goto, openPage, startInterview } from './harness.mjs';
import { launchChromium } from './browser.mjs';

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

async function openFirstTaskChanges(page) {
  await page.getByRole('button', { name: 'Change…' }).first().click();
  await page.getByLabel('Task in your words').waitFor();
}

async function openFirstReview(page) {
  await page.getByRole('region', { name: 'Every review', exact: true }).getByRole('button', { name: 'Change…' }).first().click();
  await page.getByLabel('Day of the review').waitFor();
}

/** A persona library file chosen on the journey step: the personas found, what was not taken. */
async function previewPersonaFile(page) {
  const file = await readFile(new URL('../fixtures/persona-library/drf-dev-infl.json', import.meta.url));
  await page.getByLabel('Import personas from the persona library').setInputFiles({ name: 'drf-dev-infl.json', mimeType: 'application/json', buffer: file });
  await page.getByRole('group', { name: 'In the file: 1 persona' }).waitFor();
}

/** Opens the example and interviews its first executive again; returns the addresses. */
async function openExample(page) {
  await page.getByRole('button', { name: 'Open the example playbook' }).click();
  await page.getByRole('heading', { level: 1, name: /^Example/ }).waitFor();
  const playbook = new URL(page.url()).pathname;
  const interview = await page.getByRole('link', { name: 'Continue interview' }).first().getAttribute('href');
  const guide = await page.getByRole('link', { name: 'Print a guide' }).first().getAttribute('href');
  await page.getByRole('button', { name: 'Interview again' }).first().click();
  await page.getByRole('heading', { level: 1, name: /^Interview with/ }).waitFor();
  const repeat = new URL(page.url()).pathname;
  return { playbook, interview, repeat, guide };
}

/** The scrolling areas that do not fit, each with what a user is told about it. */
function scrollingAreas(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        return ['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth;
      })
      .map((element) => {
        const hint = element.getAttribute('aria-describedby') && document.getElementById(element.getAttribute('aria-describedby'));
        return {
          label: element.getAttribute('aria-label'),
          role: element.getAttribute('role'),
          focusable: element.tabIndex === 0,
          hint: hint && hint.checkVisibility() ? hint.textContent.trim() : null,
        };
      }),
  );
}

test('screens fit from 320 px to desktop width, in light and dark themes, and wide tables say they scroll', async () => {
  const { context, page } = await openPage(app);
  const { playbook, interview, repeat, guide } = await openExample(page);
  const screens = {
    home: '/',
    playbook,
    interview,
    verdict: `${interview}/verdict`,
    // A repeat interview's verdict adds the table of what moved since the earlier one.
    'verdict-repeat': `${repeat}/verdict`,
    compare: `${playbook}/compare`,
    // The interview guide to print: blank, and for an executive rated before.
    'guide-blank': '/interview-guide.html',
    guide,
    report: `${playbook}/report`,
    'strategy-goals': `${playbook}/strategy/company-goals`,
    // The widest things a step holds: every suggestion and example opened.
    'strategy-goals-suggestions': [`${playbook}/strategy/company-goals`, openEveryDetails],
    // The personas with a persona library file previewed under them.
    'strategy-personas-import': [`${playbook}/strategy/journey`, previewPersonaFile],
    'strategy-campaigns': `${playbook}/strategy/programs`,
    'strategy-smart-goals': `${playbook}/strategy/smart-goals`,
    // A goal opened for editing: its fields, its milestones and its SMART check.
    'strategy-smart-goal-open': [`${playbook}/strategy/smart-goals`, openFirstGoal],
    'strategy-not-found': `${playbook}/strategy/no-such-step`,
    'first-90-days': `${playbook}/first-90-days`,
    // A task opened for changes: its words, its day, the skip and the removal.
    'first-90-days-change': [`${playbook}/first-90-days`, openFirstTaskChanges],
    // Each goal's chart and table, then the example's first review open for changes.
    reviews: `${playbook}/reviews`,
    'reviews-open': [`${playbook}/reviews`, openFirstReview],
    about: '/about',
  };
  await mkdir('test-results', { recursive: true });
  for (const width of [320, 375, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      for (const [name, screen] of Object.entries(screens)) {
        const [path, prepare] = Array.isArray(screen) ? screen : [screen];
        await goto(page, app.url + path);
        await prepare?.(page);
        // Wide tables measure themselves once drawn.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        // Long lists lay out what is off screen only once it is scrolled to
        // (`content-visibility: auto`): a picture of the whole page draws it all.
        await page.screenshot({
          path: `test-results/${name}-${width}-${colorScheme}.png`,
          fullPage: true,
          style: '* { content-visibility: visible !important; }',
        });
        const where = `${name} at ${width} px (${colorScheme})`;
        const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        assert.ok(scrollWidth <= innerWidth, `${where} is ${scrollWidth - innerWidth} px too wide`);
        for (const area of await scrollingAreas(page)) {
          assert.ok(area.role === 'region' && area.label && area.focusable, `${where}: a scrolling area is not a named, focusable region: ${JSON.stringify(area)}`);
          assert.match(area.hint ?? '', /Scroll sideways/, `${where}: “${area.label}” scrolls without saying so`);
        }
      }
    }
  }
  // At desktop width the comparison fits without scrolling.
  await page.setViewportSize({ width: 1280, height: 800 });
  await goto(page, `${app.url}${playbook}/compare`);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.deepEqual((await scrollingAreas(page)).map((area) => area.label).filter((label) => label === 'Executives compared'), [], 'the comparison table fits at 1280 px');
  await context.close();
});

/** Where the bottom of `locator` sits, measured from the top of the page. */
async function bottomOf(locator) {
  return locator.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
}

test('at 1280×800 a returning user sees their playbooks, and an interview question fits with its ratings and Next', async () => {
  const { context, page } = await openPage(app);
  await page.setViewportSize({ width: 1280, height: 800 });
  const { playbook } = await openExample(page);
  await goto(page, app.url + '/');
  await createPlaybook(page, { title: 'Second playbook', company: 'Acme' });

  await goto(page, app.url + '/');
  const library = page.getByRole('region', { name: 'Playbooks in this browser' });
  const first = library.getByRole('heading', { level: 3 }).first();
  assert.equal(await first.textContent(), 'Second playbook');
  const firstBottom = await bottomOf(first);
  assert.ok(firstBottom <= 400, `the first playbook's title ends at y = ${firstBottom}, not near the top`);
  assert.ok((await bottomOf(library.getByRole('heading', { level: 3 }).last())) <= 800, 'both playbooks are above the fold');

  // Interview rows: a clear band each, the actions of one well apart from the next name.
  await goto(page, app.url + playbook);
  const rows = page.locator('.interview-list > li');
  for (let at = 0; at + 1 < (await rows.count()); at++) {
    const deleteBottom = await bottomOf(rows.nth(at).getByRole('button', { name: 'Delete' }));
    const nextTop = await rows.nth(at + 1).getByRole('heading', { level: 3 }).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    assert.ok(nextTop - deleteBottom >= 16, `row ${at + 1}'s Delete is ${nextTop - deleteBottom} px from the next executive's name`);
  }

  await startInterview(page, { executive: 'Fold Check', role: 'CEO' });
  for (let question = 1; ; question++) {
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const rating of [/^Not rated —/, /^Weak —/, /^Partial —/, /^Strong —/]) {
      const bottom = await bottomOf(page.getByRole('radio', { name: rating }));
      assert.ok(bottom <= 800, `question ${question}: the rating ${rating} ends at y = ${bottom}, below the fold`);
    }
    const next = page.getByRole('button', { name: 'Next question' });
    const bottom = await bottomOf(next);
    assert.ok(bottom <= 800, `question ${question}: Next ends at y = ${bottom}, below the fold`);
    if (await next.isDisabled()) break;
    await next.click();
    await page.getByText(`Question ${question + 1} of`).waitFor();
  }
  await context.close();
});

test('on a phone a strategy item is one band wide with its buttons on one row, and the chart keeps readable labels', async () => {
  const { context, page } = await openPage(app);
  await page.setViewportSize({ width: 375, height: 800 });
  const { playbook } = await openExample(page);
  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  const item = page.locator('li.item').first();
  const field = item.getByRole('textbox').first();
  const width = await field.evaluate((element) => element.getBoundingClientRect().width);
  assert.ok(width >= 300, `a field of an item is ${width} px wide of 375`);
  const tops = await item.locator('.row-actions').first().getByRole('button').evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().top));
  assert.equal(new Set(tops).size, 1, `Move up, Move down and Remove sit on ${new Set(tops).size} rows`);

  // The chart scrolls rather than shrinking its labels below a readable size.
  await goto(page, `${app.url}${playbook}/compare`);
  const labelPixels = await page.locator('figure svg').evaluate((svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return scale * parseFloat(getComputedStyle(svg.querySelector('text')).fontSize);
  });
  assert.ok(labelPixels >= 11.5, `the chart's labels are drawn ${labelPixels.toFixed(1)} px high`);
  await context.close();
});

test('the first screen is drawn before the app has loaded, and the app draws its own over it without a shift', async (t) => {
  // Scrollbars as a desktop draws them: the home page the app draws is longer than the window
  // where the first screen was not, and a scrollbar that took its room would move every line.
  const browser = await launchChromium({ scrollbars: true });
  t.after(() => browser.close());
  // Without the offline worker, which would fetch the wasm out of the test's reach.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 600 } });
  const page = await context.newPage();
  // The wasm is held back until the first screen has been looked at.
  let release;
  const held = new Promise((done) => (release = done));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(app.url + '/');
  const first = page.locator('#first-paint');
  await first.getByRole('heading', { level: 1, name: 'Your playbooks' }).waitFor();
  const drawn = async (scope) => ({
    header: await scope.locator('.site-header').boundingBox(),
    heading: await scope.getByRole('heading', { level: 1 }).boundingBox(),
    lede: await scope.locator('.lede').boundingBox(),
    text: await scope.locator('.lede').textContent(),
    current: await scope.locator('nav [aria-current="page"]').textContent(),
  });
  const before = await drawn(first);
  release();
  await page.getByRole('button', { name: 'Create playbook' }).waitFor();
  assert.equal(await first.count(), 0, 'the first screen is gone');
  assert.ok(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight), 'the home page scrolls');
  assert.equal(await page.getByRole('banner').count(), 1);
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  assert.deepEqual(await drawn(page.locator('body')), before, 'the same words in the same places');

  // Any other page starts with the header alone, none of its links marked as the current page.
  const other = await context.newPage();
  await other.route('**/*_bg.wasm', () => {});
  await other.goto(app.url + '/about', { waitUntil: 'domcontentloaded' });
  await other.locator('#first-paint .site-header').waitFor();
  assert.equal(await other.locator('#first-paint main').count(), 0);
  assert.equal(await other.locator('#first-paint [aria-current]').count(), 0);
});
