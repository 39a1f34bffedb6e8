// Shared set-up for the end-to-end tests: one server and one browser per test file, a fresh
// browser context (empty storage) per test, and the accessibility audit.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { serve } from './server.mjs';
import { launchChromium } from './browser.mjs';

const DIST = process.env.DIST ?? 'dist';
const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Serves the app and starts Chromium once for the calling test file; the returned object gets
 * `url` and `browser` before the first test runs.
 */
export function appForThisFile() {
  const app = {};
  before(async () => Object.assign(app, await startApp()));
  after(async () => app.close?.());
  // Every test fails on a page error or console warning in any tab it opened, whether or not
  // it looks at them itself.
  afterEach(() => {
    const found = problemsSeen.splice(0);
    assert.deepEqual(found.map(String), [], 'page errors or console warnings');
  });
  return app;
}

/** Page errors and console errors or warnings of every page opened since the last test ended. */
const problemsSeen = [];

/** Collects the problems of every page of `context`, now and later, into `errors` too. */
function watchForProblems(context, errors) {
  const watch = (page) => {
    const seen = (error) => {
      errors.push(error);
      problemsSeen.push(error);
    };
    page.on('pageerror', seen);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') seen(new Error(`console ${message.type()}: ${message.text()}`));
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
}

/** Serves the release build and starts Chromium. */
export async function startApp() {
  assert.ok(existsSync(`${DIST}/index.html`), `No build in ${DIST}/: run scripts/test, which builds it first.`);
  const server = await serve(DIST);
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

// Far from UTC, so a time shown in UTC by mistake cannot pass for local time.
export const USER_LOCALE = 'en-US';
export const USER_TIME_ZONE = 'Asia/Tokyo';

/** A calendar day ("2027-03-31") as the screens show every date: the locale's medium style. */
export function shownDate(iso, locale = USER_LOCALE) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC' });
}

/**
 * A new browser context, as a new user would have, with a page open at `path`; `locale` and
 * `timeZone` are the user's unless given.
 */
export async function openPage(app, path = '/', { locale = USER_LOCALE, timeZone = USER_TIME_ZONE } = {}) {
  const context = await app.browser.newContext({ acceptDownloads: true, locale, timezoneId: timeZone });
  const errors = [];
  watchForProblems(context, errors);
  const page = await context.newPage();
  await goto(page, app.url + path);
  return { context, page, errors };
}

/** Navigates and waits until the app has rendered its page heading, in its `#main`. */
export async function goto(page, url) {
  await page.goto(url);
  await page.locator('#main h1').first().waitFor();
}

/** Fails on any serious or critical axe-core violation of the page as it is now. */
export async function assertAccessible(page, what) {
  await page.addScriptTag({ path: AXE_SOURCE });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const described = serious.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(described, [], `accessibility violations on ${what}`);
}

/** Everything in localStorage, for checking that nothing changed byte for byte. */
export function storedItems(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/**
 * The first playbook in `items` (what `storedItems` read) as a document, its interviews in
 * place: storage keeps each interview under a key of its own, which the entry names.
 */
export function storedPlaybook(items) {
  const [key, text] = Object.entries(items).find(([key]) => key.startsWith('devrel-playbook/playbook/'));
  const playbook = JSON.parse(text);
  const id = key.slice('devrel-playbook/playbook/'.length);
  playbook.assessments = playbook.assessments.map((part) =>
    typeof part === 'string' ? JSON.parse(items[`devrel-playbook/interview/${id}/${part}`]) : part,
  );
  return playbook;
}

/** Creates a playbook from the home page form and waits for its page. */
export async function createPlaybook(page, { title, company = '', author = '' }) {
  const form = page.getByRole('region', { name: 'Start a playbook' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Company').fill(company);
  await form.getByLabel('Your name').fill(author);
  await form.getByRole('button', { name: 'Create playbook' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return new URL(page.url()).pathname;
}

/** The titles listed on the home page, in order. */
export function listedTitles(page) {
  return page.getByRole('region', { name: 'Playbooks in this browser' }).getByRole('heading', { level: 3 }).allTextContents();
}

/** From a playbook's page, starts an interview and waits for its first question. */
export async function startInterview(page, { executive, role = '', date = '' }) {
  await page.getByLabel("Executive's name").fill(executive);
  await page.getByLabel('Role').fill(role);
  if (date) await page.getByLabel('Interview date').fill(date);
  await page.getByRole('button', { name: 'Start interview' }).click();
  await page.getByRole('heading', { level: 1, name: `Interview with ${executive}` }).waitFor();
  return new URL(page.url()).pathname;
}

/** Answers every question from the current one on with `rating` (and optional notes). */
export async function rateAll(page, rating, notes = () => '') {
  for (let at = 0; ; at++) {
    const text = notes(at);
    if (text) await page.getByLabel('Notes').fill(text);
    await page.getByRole('radio', { name: new RegExp(`^${rating} —`) }).check();
    const next = page.getByRole('button', { name: 'Next question' });
    if (await next.isDisabled()) break;
    await next.click();
  }
}
