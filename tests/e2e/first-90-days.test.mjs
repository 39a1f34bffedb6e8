// The first 90 days: This week on the playbook page, and the plan changed task by task (ticked
// by keyboard, skipped with a reason, moved to another day, reworded, added, removed and brought back by Undo),
// all of it kept over a reload; a buddy of the strategy brings its chat into the plan, and
// marking the buddy met shows the chat done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, assertAccessible, createPlaybook, goto, openPage, shownDate, startInterview } from './harness.mjs';
import { addItem, inDays, item, region } from './strategy-helpers.mjs';

const app = appForThisFile();

const phase = (page, title) => region(page, title);
/** A task of the plan: the list item whose title is `title`. */
const task = (scope, title) => {
  const page = typeof scope.page === 'function' ? scope.page() : scope;
  return scope.getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) });
};
const done = (scope) => scope.getByRole('checkbox', { name: 'Done' });
/** Opens a task's changes. */
async function change(page, title) {
  const each = task(page, title);
  await each.getByRole('button', { name: 'Change…' }).click();
  await each.getByLabel('Task in your words').waitFor();
  return each;
}
/** Today in the browser's own time zone, as a date field takes it. */
const browserToday = (page) => page.evaluate(() => new Date().toLocaleDateString('en-CA'));

test('This week leads to the plan, which keeps every change over a reload', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Ninety days' });

  const week = region(page, 'This week');
  await week.getByRole('heading', { name: 'Due this week' }).waitFor();
  const firstTask = week.getByRole('listitem').filter({ hasText: 'Read the goals of everyone above you' });
  await firstTask.getByRole('link', { name: /^Go to step 1, / }).waitFor();
  assert.equal(await week.getByRole('heading', { name: 'Overdue' }).count(), 0);
  await week.getByRole('link', { name: 'The whole plan for your first 90 days' }).click();
  await page.getByRole('heading', { level: 1, name: 'First 90 days' }).waitFor();
  assert.equal(new URL(page.url()).pathname, `${playbook}/first-90-days`);
  for (const title of ['Days 1–30: listen and map', 'Days 31–60: align and win', 'Days 61–90: commit and report']) {
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
  }
  const today = await browserToday(page);
  await page.getByText(`Empty for the day the playbook was started, ${shownDate(today)}.`).waitFor();
  const counts = page.getByText(/^\d+ done, \d+ open\.$/);
  const [, openAtFirst] = (await counts.textContent()).match(/, (\d+) open/);

  // Started ten days ago: the first tasks are overdue.
  const start = inDays(-10);
  await page.getByLabel('The plan starts on').fill(start);
  const reading = task(page, 'Read the goals of everyone above you');
  await reading.getByText('overdue', { exact: true }).waitFor();

  // Ticked by keyboard alone: Tab to the checkbox, Space; the focus stays on it.
  await page.getByLabel('The plan starts on').focus();
  const box = done(reading);
  for (let presses = 0; !(await box.evaluate((el) => el === document.activeElement)); presses++) {
    assert.ok(presses < 15, 'the first task is reached by Tab');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await reading.getByText(`Done on ${shownDate(today)}.`).waitFor();
  assert.ok(await box.isChecked());
  assert.ok(await box.evaluate((el) => el === document.activeElement), 'the focus stays on the checkbox');
  assert.equal(await reading.getByText('overdue', { exact: true }).count(), 0);
  await page.getByText(`1 done, ${Number(openAtFirst) - 1} open.`).waitFor();

  // Skipped with a reason.
  const asking = await change(page, 'Ask questions across the company');
  await asking.getByLabel('Reason for skipping').fill('Did it before I started.');
  await asking.getByRole('button', { name: 'Skip', exact: true }).click();
  await asking.getByText('Skipped: Did it before I started.').waitFor();
  assert.equal(await done(asking).isChecked(), false);

  // Moved to the second month: it goes to that phase.
  const partners = await change(page, 'Find a partner in each function');
  const moved = inDays(40);
  await partners.getByLabel('Day').fill(moved);
  await partners.getByRole('button', { name: 'Move', exact: true }).click();
  // Moved to another phase, it is drawn there afresh; the focus goes to its Change… button.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Change…');
  const align = phase(page, 'Days 31–60: align and win');
  await task(align, 'Find a partner in each function').getByText(shownDate(moved)).waitFor();

  // Reworded.
  const interview = await change(page, 'Interview an executive about DevRel');
  await interview.getByLabel('Task in your words').fill('Interview Dana, the CTO');
  await task(page, 'Interview Dana, the CTO').waitFor();

  // A task of one's own.
  const own = page.getByRole('form', { name: 'Add a task of your own' });
  await own.getByRole('button', { name: 'Add task' }).click();
  await own.getByRole('alert').getByText(/./).waitFor();
  await own.getByLabel('Task').fill('Meet the docs team');
  await own.getByLabel('Day').fill(inDays(3));
  await own.getByRole('button', { name: 'Add task' }).click();
  const docs = task(page, 'Meet the docs team');
  await docs.getByText('Your own task').waitFor();
  assert.equal(await own.getByLabel('Task').inputValue(), '');

  // Removed, then back by Undo.
  const preparing = await change(page, 'Prepare each chat before you hold it');
  await assertAccessible(page, 'the first 90 days with a task open for changes');
  await preparing.getByRole('button', { name: 'Remove' }).click();
  await preparing.waitFor({ state: 'detached' });
  await page
    .locator('.notice')
    .filter({ hasText: 'Removed “Prepare each chat before you hold it” from the plan.' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await task(page, 'Prepare each chat before you hold it').waitFor();

  // All of it kept.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'First 90 days' }).waitFor();
  assert.equal(await page.getByLabel('The plan starts on').inputValue(), start);
  assert.ok(await done(task(page, 'Read the goals of everyone above you')).isChecked());
  await task(page, 'Ask questions across the company').getByText('Skipped: Did it before I started.').waitFor();
  await task(align, 'Find a partner in each function').waitFor();
  await task(page, 'Interview Dana, the CTO').waitFor();
  assert.equal(await task(page, 'Interview an executive about DevRel').count(), 0);
  await task(page, 'Meet the docs team').getByText('Your own task').waitFor();
  await task(page, 'Prepare each chat before you hold it').waitFor();
  await assertAccessible(page, 'the first 90 days');

  // This week shows the changes too: the reworded task is due, the ticked one is not overdue.
  await goto(page, app.url + playbook);
  await week.getByRole('heading', { name: 'Overdue' }).waitFor();
  assert.equal(await week.getByText('Read the goals of everyone above you').count(), 0);
  await week.getByText('Meet the docs team').waitFor();
  await assertAccessible(page, 'the playbook page with This week');
  await context.close();
});

test('a buddy brings its chat into the plan, done once the buddy is marked met', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Buddies' });
  await goto(page, `${app.url}${playbook}/strategy/buddies`);
  const buddies = region(page, 'Buddies');
  const buddy = await addItem(buddies, 'Add a buddy', 'Buddy 1');
  await buddy.getByLabel('Function').fill('Support');
  await buddy.getByLabel('Contact').fill('Lee Park');

  await goto(page, `${app.url}${playbook}/first-90-days`);
  const chat = task(page, 'A 15–30 minute chat with Lee Park (Support)');
  assert.equal(await done(chat).isChecked(), false);
  await chat.getByRole('link', { name: /^Go to step 5, / }).waitFor();

  await goto(page, `${app.url}${playbook}/strategy/buddies`);
  await item(buddies, 'Buddy 1').getByLabel('Status').selectOption({ label: 'Met' });
  await goto(page, `${app.url}${playbook}/first-90-days`);
  await chat.getByText('Done: Marked “Met” in step 5.').waitFor();
  assert.ok(await done(chat).isChecked());

  // Unticked, it stays open although the playbook shows the buddy met.
  await done(chat).uncheck();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'First 90 days' }).waitFor();
  assert.equal(await done(chat).isChecked(), false);
  assert.equal(await chat.getByText(/^Done( on|:)/).count(), 0);
  // Ticked again and unticked, it is open once more, not back to what the playbook proves.
  await done(chat).check();
  await done(chat).uncheck();
  assert.equal(await done(chat).isChecked(), false);
  await context.close();
});

test('an executive last interviewed a quarter ago is due again, and the later interview ticks it', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'A quarter on' });
  await startInterview(page, { executive: 'Dana Kim', date: inDays(-100) });
  await goto(page, `${app.url}${playbook}`);
  const interviews = region(page, 'Executive buy-in');
  const dueAgain = interviews.getByText('Last interviewed more than a quarter ago: interview again to see where they stand now.');
  await dueAgain.waitFor();

  // Due 91 days after the interview, nine days ago: in a plan started twenty days ago, overdue.
  await goto(page, `${app.url}${playbook}/first-90-days`);
  await page.getByLabel('The plan starts on').fill(inDays(-20));
  const again = task(page, 'Interview Dana Kim again');
  await again.getByText('overdue', { exact: true }).waitFor();
  assert.equal(await done(again).isChecked(), false);
  await again.getByRole('link', { name: 'Go to the interview' }).waitFor();

  await goto(page, `${app.url}${playbook}`);
  await interviews.getByRole('button', { name: 'Interview again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Interview with Dana Kim' }).waitFor();
  await goto(page, `${app.url}${playbook}`);
  await interviews.getByRole('heading', { level: 3, name: 'Dana Kim' }).waitFor();
  assert.equal(await dueAgain.count(), 0);
  await goto(page, `${app.url}${playbook}/first-90-days`);
  await again.getByText('Done: The executive was interviewed again.').waitFor();
  assert.ok(await done(again).isChecked());
  await assertAccessible(page, 'the plan with an interview done again');
  await context.close();
});
