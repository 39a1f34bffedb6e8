// Shared set-up for the end-to-end tests in Firefox and WebKit (the engine is named by
// `ENGINE`): one server and one driver per test file, a new browser (a new profile, so empty
// storage) per test, and the page's errors and console warnings collected and checked.
//
// Elements are found as a user finds them: by their label, role and visible text, written as
// XPath (the `by` helpers below), as the Chromium suite does with Playwright's locators.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { By, Key } from 'selenium-webdriver';
import { serve } from '../e2e/server.mjs';
import { ENGINES, startDriver } from './drivers.mjs';

export const ENGINE = process.env.ENGINE ?? '';
const DIST = process.env.DIST ?? 'dist';
const LOGS = resolve('test-results/engines');
/** How long a condition may take to come true before the test fails. */
const TIMEOUT_MS = 10_000;
const PROBLEMS_KEY = 'engine-tests/problems';

// Put first in the page's head, before the app starts: keeps every page error, unhandled
// rejection and console warning or error, also across reloads of the tab (in sessionStorage,
// which the app does not use). Neither driver hands over the console, so the page keeps it.
const COLLECTOR = `<script>
(() => {
  const key = ${JSON.stringify(PROBLEMS_KEY)};
  let problems = [];
  try { problems = JSON.parse(sessionStorage.getItem(key)) || []; } catch {}
  const text = (value) => {
    if (value instanceof Error) return value.name + ': ' + value.message;
    if (value instanceof Element) return '<' + value.localName + '> ' + (value.src || value.href || '');
    try { return typeof value === 'string' ? value : JSON.stringify(value); } catch { return String(value); }
  };
  const note = (kind, values) => {
    problems.push(kind + ' at ' + location.pathname + ': ' + values.map(text).join(' '));
    try { sessionStorage.setItem(key, JSON.stringify(problems)); } catch {}
  };
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...values) { note('console.' + level, values); return original.apply(this, values); };
  }
  addEventListener('error', (event) => note('page error', [event.error || event.message || event.target]), true);
  addEventListener('unhandledrejection', (event) => note('unhandled rejection', [event.reason]));
  Object.defineProperty(window, '__pageProblems', { get: () => problems });
})();
</script>`;

/**
 * Serves the app and starts the engine's driver once for the calling test file; the returned
 * object gets `url`, `server` and `driver` before the first test runs.
 */
export function appForThisFile() {
  const app = {};
  before(async () => {
    assert.ok(ENGINES.includes(ENGINE), `Set ENGINE to one of ${ENGINES.join(', ')}.`);
    assert.ok(existsSync(`${DIST}/index.html`), `No build in ${DIST}/: run scripts/test, which builds it first.`);
    mkdirSync(LOGS, { recursive: true });
    const name = basename(process.argv[1] ?? 'engines', '.test.mjs');
    app.scratch = mkdtempSync(join(tmpdir(), `devrel-playbook-${ENGINE}-`));
    app.server = await serve(DIST, { headStart: COLLECTOR });
    app.url = app.server.url;
    app.driver = await startDriver(ENGINE, { logFile: join(LOGS, `${ENGINE}-${name}.log`), scratch: app.scratch });
  });
  after(async () => {
    await app.driver?.stop();
    await app.server?.close();
    if (app.scratch) rmSync(app.scratch, { recursive: true, force: true });
  });
  return app;
}

/** Quotes `text` as an XPath string literal, whatever quotes it holds. */
export function literal(text) {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  return `concat(${text
    .split("'")
    .map((part) => `'${part}'`)
    .join(`, "'", `)})`;
}

/** An element's name: its text, its aria-label, or the text of what labels it. */
const named = (name) => {
  const q = literal(name);
  return `(normalize-space(.)=${q} or @aria-label=${q} or @aria-labelledby=//*[normalize-space(.)=${q}]/@id)`;
};
/** A label that says `label`, perhaps followed by " (required)". */
const labelSays = (label) => `normalize-space(.)=${literal(label)} or normalize-space(.)=${literal(`${label} (required)`)}`;
const control = 'self::input or self::textarea or self::select';

/**
 * XPath for what a user looks for. Each starts with `//`, so `scope + by.x()` finds it inside
 * `scope`.
 */
export const by = {
  heading: (name, level = 1) => `//h${level}[normalize-space(.)=${literal(name)}]`,
  headingStarting: (start, level = 1) => `//h${level}[starts-with(normalize-space(.), ${literal(start)})]`,
  button: (name) => `//button[${named(name)}]`,
  link: (name) => `//a[@href][${named(name)}]`,
  linkStarting: (start) => `//a[@href][starts-with(normalize-space(.), ${literal(start)})]`,
  /** A link with a part (a span, say) that says `text`, among other parts. */
  linkWith: (text) => `//a[@href][.//*[normalize-space(.)=${literal(text)}]]`,
  /** A text field or choice by its label. */
  field: (label) => `//*[${control}][@id=//label[${labelSays(label)}]/@for or @aria-label=${literal(label)}]`,
  /** A file input inside the label that says `label`. */
  fileInput: (label) => `//label[starts-with(normalize-space(.), ${literal(label)})]//input[@type='file']`,
  /** A radio button or checkbox inside a label whose text starts with `start`. */
  choice: (type, start) => `//label[starts-with(normalize-space(.), ${literal(start)})]//input[@type=${literal(type)}]`,
  /** A section named by its heading. */
  region: (name) => `//*[self::section or @role='region'][${named(name)}]`,
  /** A fieldset named by its legend, or an element of role group named `name`. */
  group: (name) => `//*[(self::fieldset and legend[normalize-space(.)=${literal(name)}]) or (@role='group' and ${named(name)})]`,
  navigation: (name) => `//nav[${named(name)}]`,
  option: (label) => `//option[normalize-space(.)=${literal(label)}]`,
  /** The innermost element whose text contains `text`. */
  text: (text) => {
    const has = `contains(normalize-space(.), ${literal(text)})`;
    return `//*[${has}][not(*[${has}])]`;
  },
  alert: (text) => `//*[@role='alert'][contains(normalize-space(.), ${literal(text)})]`,
  status: (text) => `//*[@role='status'][contains(normalize-space(.), ${literal(text)})]`,
};

/** A browser of the engine under test, at one page, with the helpers the tests act through. */
export class Page {
  constructor(app, driver) {
    this.app = app;
    this.driver = driver;
  }

  /** Waits until `check()` returns something truthy, and returns it. */
  until(check, what, timeout = TIMEOUT_MS) {
    return this.driver.wait(async () => {
      try {
        return await check();
      } catch (error) {
        // The element went away while it was read: the page is still drawing.
        if (error.name === 'StaleElementReferenceError') return false;
        throw error;
      }
    }, timeout, `waited ${timeout / 1000} s for ${what}`);
  }

  /** The visible elements that `xpath` finds now. */
  async visible(xpath) {
    const found = [];
    for (const element of await this.driver.findElements(By.xpath(xpath))) {
      if (await element.isDisplayed()) found.push(element);
    }
    return found;
  }

  /** Waits for the first visible element that `xpath` finds. */
  find(xpath, timeout) {
    return this.until(async () => (await this.visible(xpath))[0], xpath, timeout);
  }

  /** Waits for the first element that `xpath` finds, shown or not (a file input, say). */
  located(xpath) {
    return this.until(async () => (await this.driver.findElements(By.xpath(xpath)))[0], xpath);
  }

  /** Waits until nothing visible matches `xpath`. */
  gone(xpath) {
    return this.until(async () => (await this.visible(xpath)).length === 0, `${xpath} to go`);
  }

  /** How many elements `xpath` finds, visible or not. */
  async count(xpath) {
    return (await this.driver.findElements(By.xpath(xpath))).length;
  }

  /**
   * Scrolls `element` into the middle of the screen, as a user looks at what they click or type
   * in: a long list lays out its items only once they are on screen (`content-visibility:
   * auto`), and WebKit's driver refuses to click or type in one it has not laid out. It waits
   * two frames for that, or a tenth of a second in a window in the background, which draws no
   * frames.
   */
  async lookAt(element) {
    await this.driver.executeAsyncScript(
      `const [element, done] = arguments;
       element.scrollIntoView({ block: 'center' });
       requestAnimationFrame(() => requestAnimationFrame(done));
       setTimeout(done, 100);`,
      element,
    );
  }

  /** Clicks what `xpath` finds, once on screen (`lookAt`). */
  async click(xpath) {
    const element = await this.find(xpath);
    await this.lookAt(element);
    await element.click();
  }

  /**
   * Replaces a field's text by typing `text`, once on screen (`lookAt`), as a user selecting
   * all and typing over it.
   */
  async fill(xpath, text) {
    const field = await this.find(xpath);
    await this.lookAt(field);
    await this.driver.executeScript('arguments[0].focus(); arguments[0].select();', field);
    await field.sendKeys(text === '' ? Key.BACK_SPACE : text);
    return field;
  }

  /** Types `text` into whatever has the focus. */
  async type(text) {
    await this.driver.actions().sendKeys(text).perform();
  }

  async value(xpath) {
    return (await this.find(xpath)).getAttribute('value');
  }

  async text(xpath) {
    return (await this.find(xpath)).getText();
  }

  async texts(xpath) {
    return Promise.all((await this.visible(xpath)).map((element) => element.getText()));
  }

  /** Chooses the option labelled `label` in the select that `xpath` finds. */
  async select(xpath, label) {
    await this.click(xpath + by.option(label));
    await this.until(async () => (await this.shownOption(xpath)) === label, `“${label}” to be chosen`);
  }

  /** The text of the option a select shows. */
  async shownOption(xpath) {
    const select = await this.find(xpath);
    return this.driver.executeScript('return arguments[0].selectedOptions[0]?.textContent ?? null;', select);
  }

  /** Waits for the main heading that the app draws once it has started, in its `#main`. */
  async ready() {
    await this.find('//main[@id="main"]//h1');
  }

  /** Navigates to `path` (or a whole address) and waits until the app has drawn its page. */
  async goto(path) {
    await this.driver.get(path.startsWith('http') ? path : this.app.url + path);
    await this.ready();
  }

  /**
   * Reloads as the browser's reload button does. (After WebDriver's own Refresh, Firefox does not
   * let the service worker control the page.)
   */
  async reload() {
    const before = await this.driver.findElement(By.css('html'));
    await this.driver.executeScript('setTimeout(() => location.reload(), 0);');
    await this.until(async () => {
      try {
        await before.getTagName();
        return false;
      } catch (error) {
        return error.name === 'StaleElementReferenceError';
      }
    }, 'the page to reload');
    await this.ready();
  }

  async path() {
    return new URL(await this.driver.getCurrentUrl()).pathname;
  }

  /** Everything in localStorage, for checking that nothing changed byte for byte. */
  storedItems() {
    return this.driver.executeScript('return Object.fromEntries(Object.entries(localStorage));');
  }

  /** Resolves once the page is controlled by the app's service worker (it works offline). */
  async waitForServiceWorker() {
    await this.until(
      () => this.driver.executeScript('return navigator.serviceWorker.controller !== null && navigator.serviceWorker.controller.state === "activated";'),
      'the service worker to control the page',
      30_000,
    );
  }

  /** Page errors and console warnings of every tab of this browser, since it started. */
  async problems() {
    const problems = [];
    const current = await this.driver.getWindowHandle();
    for (const handle of await this.driver.getAllWindowHandles()) {
      await this.driver.switchTo().window(handle);
      const found = await this.driver.executeScript('return window.__pageProblems ?? null;');
      problems.push(...(found ?? [`the collector did not run on ${await this.driver.getCurrentUrl()}`]));
    }
    await this.driver.switchTo().window(current);
    return problems;
  }

  /** Closes the browser, and fails on any page error or console warning it had. */
  async close() {
    if (this.closed) return;
    let problems;
    try {
      problems = await this.problems();
    } finally {
      await this.quit();
    }
    assert.deepEqual(problems, [], 'page errors or console warnings');
  }

  async quit() {
    if (this.closed) return;
    this.closed = true;
    await this.driver.quit();
  }
}

/**
 * A new browser, as a new user has (empty storage), with a page open at `path`. It is closed
 * when the test `t` ends, passed or not; a test that passed without closing it itself still
 * fails on its page errors or console warnings.
 */
export async function openPage(app, t, path = '/') {
  const page = new Page(app, await app.driver.newSession());
  // A failed test has said why already: its browser is only stopped, as it may be stuck.
  t.after(() => (t.passed ? page.close() : page.quit()));
  await page.goto(path);
  return page;
}

/** Creates a playbook from the home page form and waits for its page; returns its path. */
export async function createPlaybook(page, { title, company = '', author = '' }) {
  const form = by.region('Start a playbook');
  await page.fill(form + by.field('Title'), title);
  if (company) await page.fill(form + by.field('Company'), company);
  if (author) await page.fill(form + by.field('Your name'), author);
  await page.click(form + by.button('Create playbook'));
  await page.find(by.heading(title));
  return page.path();
}

/** From a playbook's page, starts an interview and waits for its first question. */
export async function startInterview(page, { executive, role = '' }) {
  await page.fill(by.field("Executive's name"), executive);
  if (role) await page.fill(by.field('Role'), role);
  await page.click(by.button('Start interview'));
  await page.find(by.heading(`Interview with ${executive}`));
  return page.path();
}

/** Rates the question shown: "Strong", "Partial", … */
export async function rate(page, rating) {
  const radio = await page.find(by.choice('radio', `${rating} —`));
  await radio.click();
  await page.until(() => radio.isSelected(), `“${rating}” to be checked`);
}

/** Waits until the save status says everything is stored. */
export async function saved(page) {
  await page.find(by.status('Saved in this browser'));
}
