// The SMART goals of the program strategy: a goal checked letter by letter, fixed by two edits,
// and kept through a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, assertAccessible, createPlaybook, goto, openPage, shownDate } from './harness.mjs';
import { addItem, inDays, region, stepHeading, stepLink, stillMissing } from './strategy-helpers.mjs';

const app = appForThisFile();

test('a SMART goal that fails Measurable and Time-bound passes all five letters after two edits', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Forum goals' });
  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  await addItem(region(page, 'Top problems'), 'Add a top problem', 'Top problem 1');
  await page.keyboard.type('Nobody outside the company knows us');
  await stepLink(page, 8).click();
  await stepHeading(page, 8).waitFor();

  const goal = await addItem(region(page, 'SMART goals'), 'Add a goal', 'Goal 1');
  // A new goal is open for writing, and says what every blank stands for.
  assert.equal(await goal.getByRole('button', { name: 'Fold goal' }).getAttribute('aria-expanded'), 'true');
  assert.equal(
    await goal.locator('.sentence').textContent(),
    'Our goal is to [quantifiable objective] by [deadline]. [key players or teams] will accomplish it by [the steps to take]. Accomplishing it will [result or benefit].',
  );
  await goal.getByText('SMART: 0 of 5 letters met').waitFor();
  await page.keyboard.type('grow the forum with weekly office hours');
  await goal.getByLabel('Who will accomplish it').fill('The DevRel team');
  await goal.getByLabel('By taking these steps').fill('answer every forum question within a day');
  await goal.getByLabel('Accomplishing it will').fill('make the forum the first place developers ask');
  await goal.getByLabel('Serves').selectOption({ label: 'Nobody outside the company knows us' });
  await goal.getByLabel('Owner').fill('Sam Rivera');

  const check = goal.getByRole('list', { name: 'SMART check' });
  // The letter itself is decoration (aria-hidden): what is read out is the rest.
  const letters = () => check.getByRole('listitem').evaluateAll((items) => items.map((li) => li.lastElementChild.textContent));
  await goal.getByText('SMART: 3 of 5 letters met').waitFor();
  assert.deepEqual(await letters(), [
    'Specific: met',
    'Measurable: not met: put a number in the objective: how many, how much or what share',
    'Achievable: met',
    'Relevant: met',
    'Time-bound: not met: set a deadline',
  ]);
  assert.deepEqual(await check.locator('li.unmet .letter').allTextContents(), ['M', 'T']);
  const lacking = await stillMissing(page).getByRole('listitem').allTextContents();
  assert.ok(lacking.includes('“grow the forum with weekly office hours” is not Measurable: put a number in the objective: how many, how much or what share.'), lacking.join('\n'));
  assert.ok(lacking.includes('“grow the forum with weekly office hours” is not Time-bound: set a deadline.'), lacking.join('\n'));
  assert.ok(!lacking.some((line) => /is not (Specific|Achievable|Relevant)/.test(line)), lacking.join('\n'));
  assert.match(await goal.locator('.sentence').textContent(), /^Our goal is to grow the forum with weekly office hours by \[deadline\]\. The DevRel team will accomplish it by/);

  // Folded, the goal keeps its check in short; opened again, its fields are as they were.
  await goal.getByRole('button', { name: 'Fold goal' }).click();
  assert.equal(await goal.getByLabel('Owner').count(), 0);
  assert.deepEqual((await letters()).filter((text) => text.includes('not met')), ['Measurable: not met', 'Time-bound: not met']);
  await goal.getByRole('button', { name: 'Edit goal' }).click();
  assert.equal(await goal.getByLabel('Owner').inputValue(), 'Sam Rivera');

  // First edit: a number in the objective.
  await goal.getByLabel('Our goal is to').fill('grow weekly forum answers to 200');
  await goal.getByText('SMART: 4 of 5 letters met').waitFor();
  assert.deepEqual((await letters()).filter((text) => text.includes('not met')), ['Time-bound: not met: set a deadline']);
  // Second edit: a deadline.
  const deadline = inDays(120);
  await goal.getByLabel('By', { exact: true }).fill(deadline);
  await goal.getByText('SMART: 5 of 5 letters met').waitFor();
  assert.deepEqual(await letters(), ['Specific: met', 'Measurable: met', 'Achievable: met', 'Relevant: met', 'Time-bound: met']);
  assert.equal(await check.locator('li.unmet').count(), 0);
  assert.match(await goal.locator('.sentence').textContent(), new RegExp(`^Our goal is to grow weekly forum answers to 200 by ${shownDate(deadline)}\\. `));
  const lacksNow = await stillMissing(page).getByRole('listitem').allTextContents();
  assert.ok(!lacksNow.some((line) => line.startsWith('“grow weekly forum answers to 200” is not')), lacksNow.join('\n'));
  await assertAccessible(page, 'a SMART goal open for writing');

  // A deadline already past is no plan.
  await goal.getByLabel('By', { exact: true }).fill(inDays(-30));
  await goal.getByText('SMART: 4 of 5 letters met').waitFor();
  assert.match((await letters())[4], /^Time-bound: not met: set a deadline after the playbook was started \(\w{3} \d{1,2}, \d{4}\)$/);
  await goal.getByLabel('By', { exact: true }).fill(deadline);
  await goal.getByText('SMART: 5 of 5 letters met').waitFor();

  // After a reload the goal is folded (it has an objective), and still passes.
  await page.reload();
  await stepHeading(page, 8).waitFor();
  await goal.getByText('SMART: 5 of 5 letters met').waitFor();
  assert.equal(await goal.getByRole('button', { name: 'Edit goal' }).getAttribute('aria-expanded'), 'false');
  await context.close();
});
