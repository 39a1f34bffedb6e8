// A strategy step with a link to another step, a removal that clears the link, and its undo,
// which puts back the item and the link, also after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, by, createPlaybook, openPage } from './harness.mjs';

const app = appForThisFile();

const stepHeading = (n, title) => by.heading(`Step ${n} of 9: ${title}`, 2);
const steps = by.navigation('Strategy steps');
const problems = by.region('Top problems');
const problem = problems + by.group('Top problem 1');
const objectiveLink = by.region('Program objectives') + by.group('Objective 1') + by.field('Top problem it helps with');

/** Presses a list's "Add …" button and waits for the cursor in the new item's first field. */
async function addItem(page, list, button, legend) {
  await page.click(list + by.button(button));
  const added = await page.find(list + by.group(legend));
  await page.until(() => page.driver.executeScript('return arguments[0].contains(document.activeElement) && document.activeElement.matches("input, textarea");', added), `the cursor in ${legend}`);
}

test('a top problem linked from an objective is removed, clearing the link, and Undo brings both back', async (t) => {
  const page = await openPage(app, t);
  const playbook = await createPlaybook(page, { title: 'Undo a removal' });
  const at = (slug) => page.goto(`${playbook}/strategy/${slug}`);

  await at('company-goals');
  await page.find(stepHeading(1, 'Company goals and top problems'));
  await addItem(page, problems, 'Add a top problem', 'Top problem 1');
  await page.type('Losing customers');
  await page.until(async () => (await page.value(problem + by.field('Problem'))) === 'Losing customers', 'the problem typed');

  await at('objectives');
  await page.find(stepHeading(3, 'Program objectives'));
  await addItem(page, by.region('Program objectives'), 'Add an objective', 'Objective 1');
  await page.type('Meet the developers of customers at risk');
  await page.select(objectiveLink, 'Losing customers');

  await at('company-goals');
  await page.click(problem + by.button('Remove'));
  await page.find(problem + by.alert('Other parts of the plan point at “Losing customers”:'));
  await page.click(problem + by.button('Remove it and clear the links'));
  await page.find(problems + by.text('No top problems yet.'));
  // Through the step links, so the page (and the offer to undo) stays.
  await page.click(steps + by.linkWith('Program objectives'));
  await page.find(stepHeading(3, 'Program objectives'));
  assert.equal(await page.shownOption(objectiveLink), 'None', 'the link is cleared');

  await page.click(steps + by.linkWith('Company goals and top problems'));
  await page.find(stepHeading(1, 'Company goals and top problems'));
  await page.click(`//p[contains(normalize-space(.), 'Removed top problem “Losing customers”.')]` + by.button('Undo'));
  await page.find(by.text('Restored top problem “Losing customers”.'));
  assert.equal(await page.value(problem + by.field('Problem')), 'Losing customers');
  await at('objectives');
  assert.equal(await page.shownOption(objectiveLink), 'Losing customers', 'the link is back');
  await page.reload();
  await page.find(stepHeading(3, 'Program objectives'));
  assert.equal(await page.shownOption(objectiveLink), 'Losing customers', 'the undo is stored');
  await page.close();
});
