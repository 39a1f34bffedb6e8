// Lists of the program strategy that point at each other: a top problem other steps link to is
// removed only when the user says so, a list holds no more than it may, and a removal comes back
// with its links by Undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, assertAccessible, createPlaybook, goto, openPage } from './harness.mjs';
import { addItem, adopt, item, onItemButton, region, shown, stepHeading, stillMissing, suggestionsOf, values } from './strategy-helpers.mjs';

const app = appForThisFile();

test('removing a top problem that other steps point at asks first; kept, the links stay; removed, they are cleared', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Linked plan' });
  const at = (slug) => goto(page, `${app.url}${playbook}/strategy/${slug}`);
  await at('company-goals');
  const problems = region(page, 'Top problems');
  await addItem(problems, 'Add a top problem', 'Top problem 1');
  await page.keyboard.type('Losing customers to a competitor');
  await addItem(problems, 'Add a top problem', 'Top problem 2');
  await page.keyboard.type('Slow onboarding');

  await at('objectives');
  const objective = await addItem(region(page, 'Program objectives'), 'Add an objective', 'Objective 1');
  await page.keyboard.type('Meet the developers of customers at risk');
  const objectiveLink = objective.getByLabel('Top problem it helps with');
  assert.deepEqual(await objectiveLink.locator('option').allTextContents(), ['None', 'Losing customers to a competitor', 'Slow onboarding']);
  await objectiveLink.selectOption({ label: 'Losing customers to a competitor' });
  await at('smart-goals');
  const goal = await addItem(region(page, 'SMART goals'), 'Add a goal', 'Goal 1');
  await page.keyboard.type('win back 10 customers at risk');
  await goal.getByLabel('Serves').selectOption({ label: 'Losing customers to a competitor' });
  await goal.getByText('Relevant: met').waitFor();

  await at('company-goals');
  const problem = item(problems, 'Top problem 1');
  await problem.getByRole('button', { name: 'Remove' }).click();
  const question = problem.getByRole('alert');
  await question.getByText('Other parts of the plan point at “Losing customers to a competitor”:').waitFor();
  assert.deepEqual(await question.getByRole('listitem').allTextContents(), [
    'Objective “Meet the developers of customers at risk”',
    'Goal “win back 10 customers at risk”',
  ]);
  await page.waitForFunction(() => document.activeElement?.textContent === 'Keep it');
  await assertAccessible(page, 'the question before removing a linked item');

  // Kept: the problem and both links stay.
  await question.getByRole('button', { name: 'Keep it' }).click();
  assert.equal(await question.count(), 0);
  // The focus goes back to where the question came from, not to the top of the page.
  await page.waitForFunction(onItemButton, ['Remove', 'Top problem 1']);
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), ['Losing customers to a competitor', 'Slow onboarding']);
  await at('objectives');
  assert.equal(await shown(objectiveLink), 'Losing customers to a competitor');
  assert.ok(!(await stillMissing(page).textContent()).includes('top problem it helps with'));

  // Removed: the links are cleared, the items that held them stay.
  await at('company-goals');
  await problem.getByRole('button', { name: 'Remove' }).click();
  await question.getByRole('button', { name: 'Remove it and clear the links' }).click();
  await item(problems, 'Top problem 2').waitFor({ state: 'detached' });
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), ['Slow onboarding']);
  await at('objectives');
  assert.equal(await objectiveLink.inputValue(), '');
  assert.equal(await shown(objectiveLink), 'None');
  assert.deepEqual(await objectiveLink.locator('option').allTextContents(), ['None', 'Slow onboarding']);
  await stillMissing(page).getByText('“Meet the developers of customers at risk” needs: top problem it helps with.').waitFor();
  await at('smart-goals');
  // Written before, the goal opens folded to its sentence and check.
  await goal.getByRole('button', { name: 'Edit goal' }).click();
  assert.equal(await shown(goal.getByLabel('Serves')), 'None');
  await goal.getByText('Relevant: not met: link it to a program objective or a top problem').waitFor();

  // A reload shows the same.
  await at('objectives');
  await page.reload();
  await stepHeading(page, 3).waitFor();
  assert.equal(await objective.getByLabel('Objective').inputValue(), 'Meet the developers of customers at risk');
  assert.equal(await objectiveLink.inputValue(), '');
  assert.equal(await shown(objectiveLink), 'None');
  await at('company-goals');
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), ['Slow onboarding']);
  await context.close();
});

test('a sixth top problem is refused with a message, which goes once one is removed', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Five at most' });
  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  const problems = region(page, 'Top problems');
  const suggestions = await suggestionsOf(problems);
  const offered = suggestions.getByRole('listitem').getByRole('button');
  assert.ok((await offered.count()) > 5, 'more suggestions than room');
  for (let at = 0; at < 5; at++) await adopt(page, offered.nth(at));
  const refusal = problems.getByRole('alert').filter({ hasText: /\S/ });
  assert.equal(await refusal.count(), 0);
  await offered.nth(5).click();
  await refusal.getByText('Top problems can hold at most 5: remove one first.').waitFor();
  assert.equal(await problems.getByRole('group', { name: /^Top problem \d$/ }).count(), 5);
  assert.match(await offered.nth(5).textContent(), /^Add “/, 'the refused suggestion is still on offer');
  await problems.getByRole('button', { name: 'Add a top problem' }).click();
  await refusal.getByText('Top problems can hold at most 5: remove one first.').waitFor();
  await assertAccessible(page, 'a refused sixth top problem');

  await item(problems, 'Top problem 5').getByRole('button', { name: 'Remove' }).click();
  await item(problems, 'Top problem 5').waitFor({ state: 'detached' });
  await refusal.waitFor({ state: 'detached' });
  await adopt(page, offered.nth(5));
  assert.equal(await problems.getByRole('group', { name: /^Top problem \d$/ }).count(), 5);
  await context.close();
});

test('a removed item comes back with its links by Undo, unless the plan has changed since', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Undo a removal' });
  const at = (slug) => goto(page, `${app.url}${playbook}/strategy/${slug}`);
  await at('company-goals');
  const problems = region(page, 'Top problems');
  await addItem(problems, 'Add a top problem', 'Top problem 1');
  await page.keyboard.type('Losing customers');
  await at('objectives');
  const objective = await addItem(region(page, 'Program objectives'), 'Add an objective', 'Objective 1');
  await page.keyboard.type('Meet the developers of customers at risk');
  const objectiveLink = objective.getByLabel('Top problem it helps with');
  await objectiveLink.selectOption({ label: 'Losing customers' });

  const removeLinkedProblem = async () => {
    await at('company-goals');
    await item(problems, 'Top problem 1').getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('button', { name: 'Remove it and clear the links' }).click();
    await problems.getByText('No top problems yet.').waitFor();
  };
  const undo = () => page.locator('.notice').filter({ hasText: 'Removed top problem “Losing customers”.' }).getByRole('button', { name: 'Undo' });

  // Undone at once: the problem is back, and so is the objective's link to it.
  await removeLinkedProblem();
  await undo().click();
  await page.getByText('Restored top problem “Losing customers”.').waitFor();
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), ['Losing customers']);
  await at('objectives');
  assert.equal(await shown(objectiveLink), 'Losing customers');
  await page.reload();
  await stepHeading(page, 3).waitFor();
  assert.equal(await shown(objectiveLink), 'Losing customers', 'the undo is stored');

  // After another change the undo is withdrawn, with the reason, and nothing changes.
  await removeLinkedProblem();
  await undo().waitFor();
  await addItem(region(page, 'Company goals'), 'Add a company goal', 'Company goal 1');
  await page.keyboard.type('Grow');
  const notice = page.locator('.notice').filter({ hasText: 'Removed top problem “Losing customers”.' });
  await notice.getByText('It can no longer be undone: the plan has changed since.').waitFor();
  assert.equal(await undo().count(), 0);
  assert.equal(await problems.getByText('No top problems yet.').count(), 1);
  assert.deepEqual(await values(region(page, 'Company goals'), 'Company goal', 'Goal'), ['Grow']);
  await at('objectives');
  assert.equal(await shown(objectiveLink), 'None');
  await context.close();
});
