// What the strategy wizard's tests share: its steps, how a user finds a list, an item or a
// step's link, and how they add items, adopt suggestions and move between steps.
//
// Suggestion titles are read from the page rather than written here, so that rewording one
// breaks no test; only the public models the product requires are named: the Orbit
// engagement levels and the developer journey.
import assert from 'node:assert/strict';
import { assertAccessible, USER_TIME_ZONE } from './harness.mjs';

export const STEPS = [
  ['company-goals', 'Company goals and top problems'],
  ['community', 'Community basics'],
  ['objectives', 'Program objectives'],
  ['journey', 'Journey and personas'],
  ['buddies', 'Cross-functional buddies'],
  ['programs', 'Programs and campaigns'],
  ['customer-journey', 'Activities on the customer journey'],
  ['smart-goals', 'SMART goals'],
  ['communication', 'Internal communication'],
];

/** A day `days` from today where the user is (the browser's time zone, not UTC's), as a date
 * field takes it: in Tokyo it is already tomorrow while UTC is at 20:00. */
export const inDays = (days) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: USER_TIME_ZONE });

export const stepHeading = (page, n) => page.getByRole('heading', { level: 2, name: `Step ${n} of 9: ${STEPS[n - 1][1]}`, exact: true });
/** A list of the strategy (a region named by its heading), or any other named region. */
export const region = (scope, name) => scope.getByRole('region', { name, exact: true });
/** An item of a list: a fieldset named by its legend, "Top problem 1". */
export const item = (scope, legend) => scope.getByRole('group', { name: legend, exact: true });
export const stillMissing = (page) => region(page, 'Still missing in this step');
export const stepsNav = (page) => page.getByRole('navigation', { name: 'Strategy steps' });
export const stepLink = (page, n) => stepsNav(page).getByRole('link', { name: new RegExp(`^${n} ${STEPS[n - 1][1]} `) });
export const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Lets the app draw what the last event changed, before checking that nothing else did. */
export const drawn = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** The values of one field across every item of a list, in order. */
export const values = (list, legend, label) =>
  list.getByRole('group', { name: new RegExp(`^${legend} \\d+$`) }).getByLabel(label, { exact: true }).evaluateAll((inputs) => inputs.map((input) => input.value));

/** The visible text of the option a select shows. */
export const shown = (select) => select.locator('option:checked').textContent();

/** Presses a list's "Add …" button and waits for the cursor in the new item's first field. */
export async function addItem(list, button, legend) {
  await list.getByRole('button', { name: button, exact: true }).click();
  return focusInNewItem(list, legend);
}

export async function focusInNewItem(list, legend) {
  const added = item(list, legend);
  await added.waitFor();
  await list.page().waitForFunction(
    (fieldset) => fieldset.contains(document.activeElement) && /^item-.+-0$/.test(document.activeElement.id),
    await added.elementHandle(),
  );
  return added;
}

/** Opens a list's suggestions (unless open already) and returns them. */
export async function suggestionsOf(list) {
  const details = list.locator('details.suggestions');
  if (!(await details.evaluate((element) => element.open))) await details.locator('summary').click();
  return details;
}

/** The first suggestion of a set (or of the first set): its button and the title it adds. */
export async function firstSuggestion(suggestions, set) {
  const group = set ? suggestions.getByRole('group', { name: set, exact: true }) : suggestions.getByRole('group').first();
  const button = group.getByRole('listitem').first().getByRole('button');
  const [, title] = (await button.textContent()).match(/^(?:Add “(.*)”|Added: (.*))$/).filter(Boolean);
  return { button, title };
}

/** Adopts a suggestion: the button then says it was added, and keeps the focus. */
export async function adopt(page, button) {
  const handle = await button.elementHandle();
  await handle.click();
  await page.waitForFunction((button) => button === document.activeElement && button.textContent.startsWith('Added: '), handle);
}

/** The first of a field's suggested answers ("Use “…”"): clicks it and returns the answer. */
export async function useFirstAnswer(page, label) {
  const button = page.getByRole('group', { name: `Suggested answers: ${label}` }).getByRole('button').first();
  const [, answer] = (await button.textContent()).match(/^Use “(.*)”$/);
  await button.click();
  return answer;
}

/** A label inside a sentence: "Quick win" as "quick win", but "DevRel …" keeps its capitals. */
const inSentence = (label) => (/^\S[^\s]*[A-Z]/.test(label) ? label : label[0].toLowerCase() + label.slice(1));

/** Uses the first example of an item's field; returns the example's text. */
export async function useFirstExample(scope, label) {
  await scope.getByText(`Examples: ${inSentence(label)}`, { exact: true }).click();
  const example = scope.locator('details.examples[open] li').first();
  const text = await example.locator('span').first().textContent();
  await example.getByRole('button', { name: 'Use this' }).click();
  return text;
}

export async function nextStep(page, n) {
  await page.getByRole('navigation', { name: 'Previous and next step' }).getByRole('link', { name: `Next: ${STEPS[n - 1][1]} →` }).click();
  await stepHeading(page, n).waitFor();
}

export async function previousStep(page, n) {
  await page.getByRole('navigation', { name: 'Previous and next step' }).getByRole('link', { name: `← Previous: ${STEPS[n - 1][1]}` }).click();
  await stepHeading(page, n).waitFor();
}

/** Step `n` says it lacks nothing, its link says it is complete, and it passes the audit. */
export async function stepIsComplete(page, n) {
  await stillMissing(page)
    .getByText('Nothing: this step is complete.', { exact: true })
    .waitFor({ timeout: 5000 })
    .catch(async () => assert.fail(`step ${n} still lacks: ${await stillMissing(page).textContent()}`));
  assert.match(await stepLink(page, n).textContent(), /complete$/);
  assert.equal(await stepLink(page, n).getAttribute('aria-current'), 'step');
  await assertAccessible(page, `strategy step ${n}, filled`);
}

/** Presses Tab (or Shift+Tab) until `wanted(activeElement)` holds. */
export async function tabUntil(page, wanted, arg, { backwards = false, presses = 60 } = {}) {
  for (let at = 0; at < presses; at++) {
    if (await page.evaluate(wanted, arg)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`Tab never reached ${wanted}`);
}

/** Whether the focus is on the button `name` of the item whose legend is `legend`. */
export const onItemButton = ([name, legend]) =>
  document.activeElement?.textContent === name && document.activeElement.closest('fieldset')?.querySelector('legend')?.textContent === legend;
/** Whether the focus is on the button or link `name`. */
export const onControl = (name) => document.activeElement?.textContent === name;
