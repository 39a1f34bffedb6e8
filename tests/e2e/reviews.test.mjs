// Reviews of the goals: a goal with a target and a milestone, and a cadence in step 8, bring
// fortnightly reviews into the plan and the next one onto This week; a review records the
// goal's value, the milestone reached and what changed, which the goal's table and chart show,
// which tick the plan's review and milestone, which the report carries, and which last over a
// reload; a review removed comes back by Undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, assertAccessible, createPlaybook, goto, openPage, shownDate } from './harness.mjs';
import { addItem, inDays, region } from './strategy-helpers.mjs';

const app = appForThisFile();
const GOAL = 'grow monthly active contributors to 200';

test('a review records a goal’s value, milestone and news; the chart, table, plan and report show it', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Reviewed' });

  // Step 8: a goal with its target, deadline and a milestone, reviewed every two weeks.
  await goto(page, `${app.url}${playbook}/strategy/smart-goals`);
  const goal = await addItem(region(page, 'SMART goals'), 'Add a goal', 'Goal 1');
  await goal.getByLabel('Our goal is to').fill(GOAL);
  await goal.getByLabel('Target', { exact: true }).fill('200 contributors a month');
  const deadline = inDays(120);
  await goal.getByLabel('By', { exact: true }).fill(deadline);
  const milestone = await addItem(goal, 'Add a milestone', 'Milestone 1');
  await milestone.getByLabel('Milestone', { exact: true }).fill('First 100 contributors');
  await milestone.getByLabel('Due', { exact: true }).fill(inDays(60));
  await page.getByRole('textbox', { name: 'Review cadence' }).fill('every two weeks, in our one-to-one');

  // This week names the next review, a fortnight after the start, and leads to the reviews.
  await goto(page, app.url + playbook);
  const week = region(page, 'This week');
  const firstReview = inDays(14);
  const next = week.getByRole('listitem').filter({ hasText: 'next review of the goals' });
  await next.getByText(shownDate(firstReview)).waitFor();
  await next.getByRole('link', { name: 'Go to the reviews' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
  assert.equal(new URL(page.url()).pathname, `${playbook}/reviews`);
  const due = region(page, 'Next review');
  await due.getByText(`The next review is due on ${shownDate(firstReview)}, by the cadence of step 8: “every two weeks, in our one-to-one”.`).waitFor();
  const progress = region(page, GOAL);
  await progress.getByText('Target: 200 contributors a month.').waitFor();
  await progress.getByText('No review has recorded this goal yet.').waitFor();
  await assertAccessible(page, 'the reviews before the first');

  // Recorded by keyboard: the new review opens with the cursor in its day.
  await due.getByRole('button', { name: 'Record a review' }).focus();
  await page.keyboard.press('Enter');
  const dayField = page.getByLabel('Day of the review');
  await page.waitForFunction((field) => field === document.activeElement, await dayField.elementHandle());
  assert.equal(await dayField.inputValue(), await page.evaluate(() => new Date().toLocaleDateString('en-CA')));
  await dayField.fill(firstReview);
  const reading = page.getByRole('group', { name: GOAL, exact: true });
  const value = reading.getByLabel('Value measured');
  await value.fill('120 people');
  await reading.getByText('Enter a number, such as 120 or 4.5.').waitFor();
  await value.fill('1,20');
  await value.fill('120');
  await assert.rejects(reading.getByText('Enter a number, such as 120 or 4.5.').waitFor({ timeout: 500 }));
  // Enter in the value submits nothing: the page stays, and so does the cursor.
  const navigations = [];
  const navigated = (frame) => navigations.push(frame.url());
  page.on('framenavigated', navigated);
  await value.press('Enter');
  await page.keyboard.type('0');
  await page.waitForFunction((field) => field.value === '1200' && field === document.activeElement, await value.elementHandle());
  await page.keyboard.press('Backspace');
  await reading.getByRole('checkbox', { name: 'First 100 contributors' }).check();
  await reading.getByLabel('What changed').fill('Office hours brought forty newcomers.');
  page.off('framenavigated', navigated);
  assert.deepEqual(navigations, []);

  // The goal's table and chart show it, against the target and the deadline.
  const row = progress.getByRole('row').filter({ hasText: shownDate(firstReview) });
  await row.getByRole('cell', { name: '120', exact: true }).waitFor();
  await row.getByRole('cell', { name: 'First 100 contributors' }).waitFor();
  await row.getByRole('cell', { name: 'Office hours brought forty newcomers.' }).waitFor();
  const chart = progress.getByRole('img');
  assert.equal(
    await chart.getAttribute('aria-labelledby').then((id) => page.locator(`[id="${id}"]`).textContent()),
    `Progress of “${GOAL}”: 120 on ${shownDate(firstReview)}. Target: 200. Deadline: ${shownDate(deadline)}.`,
  );
  for (const label of ['target 200', 'deadline', '120']) await chart.getByText(label, { exact: true }).waitFor();
  await due.getByText(`The next review is due on ${shownDate(inDays(28))}`).waitFor();
  await assertAccessible(page, 'a review open for changes');

  // All of it lasts over a reload.
  await page.reload();
  await row.getByRole('cell', { name: 'Office hours brought forty newcomers.' }).waitFor();

  // The plan: the first review and the milestone are done by the review.
  await goto(page, `${app.url}${playbook}/first-90-days`);
  const planned = (title) => page.getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) });
  const reviews = planned('Review the goals with your manager');
  assert.equal(await reviews.count(), 6);
  await reviews.first().getByText('Done: A review is recorded for it.').waitFor();
  await reviews.nth(1).getByText(shownDate(inDays(28))).waitFor();
  await planned(`Reach “First 100 contributors” of “${GOAL}”`).getByText('Done: A review marks it reached.').waitFor();

  // The report carries the latest review.
  await goto(page, `${app.url}${playbook}/report`);
  const latest = region(page, 'Reviews').getByRole('listitem').filter({ hasText: GOAL });
  assert.equal(
    (await latest.textContent()).replace(/\s+/g, ' ').trim(),
    `${GOAL} (target: 200 contributors a month): Latest review ${shownDate(firstReview)}: value 120; milestones reached: First 100 contributors; what changed: Office hours brought forty newcomers.`,
  );

  // Removed, then brought back by Undo.
  await goto(page, `${app.url}${playbook}/reviews`);
  const every = region(page, 'Every review');
  const recorded = every.getByRole('listitem').filter({ hasText: `Review of ${shownDate(firstReview)}` });
  await recorded.getByRole('button', { name: 'Remove' }).click();
  await page.getByText(`Removed the review of ${shownDate(firstReview)}.`).waitFor();
  await progress.getByText('No review has recorded this goal yet.').waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText(`Put the review of ${shownDate(firstReview)} back.`).waitFor();
  await row.getByRole('cell', { name: '120', exact: true }).waitFor();
  await context.close();
});

test('without a cadence that names a period, the reviews say how to plan them', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'No cadence' });
  await goto(page, `${app.url}${playbook}/reviews`);
  await page.getByText('Step 8 has no SMART goals yet: a review records each goal\'s progress.').waitFor();
  await region(page, 'Next review')
    .getByText('Step 8\'s review cadence names no period yet, so no review days are planned. Write one such as “every two weeks” or “monthly”.')
    .waitFor();
  await page.getByRole('link', { name: 'Write the goals in step 8' }).click();
  await page.getByRole('heading', { level: 2, name: /^Step 8 of 9/ }).waitFor();
  await context.close();
});
