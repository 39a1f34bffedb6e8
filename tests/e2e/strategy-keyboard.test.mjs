// The program strategy without a mouse or without sight: items added and reordered from the
// keyboard alone, step changes that move the focus and are announced, and the accessibility
// audit of every step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, assertAccessible, createPlaybook, goto, openPage } from './harness.mjs';
import { focusedId, focusInNewItem, item, onControl, onItemButton, region, stepHeading, stepLink, STEPS, stepsNav, stillMissing, tabUntil, values } from './strategy-helpers.mjs';

const app = appForThisFile();

test('the keyboard alone adds and reorders items, keeping the focus; a step change focuses its heading and is announced', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Keyboard only' });
  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  const problems = region(page, 'Top problems');

  // Three top problems, each added with Enter on "Add a top problem" and typed at once.
  await page.getByLabel('Goal framework').focus();
  for (const [at, text] of ['Alpha problem', 'Beta problem', 'Gamma problem'].entries()) {
    await tabUntil(page, onControl, 'Add a top problem');
    await page.keyboard.press('Enter');
    await focusInNewItem(problems, `Top problem ${at + 1}`);
    await page.keyboard.type(text);
  }
  const order = (expected) =>
    page.waitForFunction(
      (expected) => [...document.querySelectorAll('[id^="item-"][id$="-0"]')].map((input) => input.value).join('|') === expected,
      expected.join('|'),
    );
  await order(['Alpha problem', 'Beta problem', 'Gamma problem']);
  // Enter in an item's one field submits nothing: the page stays, and so does the cursor.
  const navigations = [];
  page.on('framenavigated', (frame) => navigations.push(frame.url()));
  await page.keyboard.press('Enter');
  await page.keyboard.type('s');
  await order(['Alpha problem', 'Beta problem', 'Gamma problems']);
  assert.deepEqual(navigations, []);
  await page.keyboard.press('Backspace');
  await order(['Alpha problem', 'Beta problem', 'Gamma problem']);

  // Alpha moves down twice and up once; the focus follows it.
  await item(problems, 'Top problem 1').getByLabel('Problem').focus();
  await tabUntil(page, onItemButton, ['Move down', 'Top problem 1']);
  await page.keyboard.press('Enter');
  await order(['Beta problem', 'Alpha problem', 'Gamma problem']);
  await page.waitForFunction(onItemButton, ['Move down', 'Top problem 2']);
  await page.keyboard.press('Enter');
  await order(['Beta problem', 'Gamma problem', 'Alpha problem']);
  // At the end "Move down" is disabled: the focus is on the same item's "Move up".
  await page.waitForFunction(onItemButton, ['Move up', 'Top problem 3']);
  await page.keyboard.press('Enter');
  await order(['Beta problem', 'Alpha problem', 'Gamma problem']);
  await page.waitForFunction(onItemButton, ['Move up', 'Top problem 2']);
  const focused = page.locator(':focus');
  assert.equal(await focused.evaluate((button) => button.closest('fieldset').querySelector('input').value), 'Alpha problem');

  // To the next step with the keyboard: its heading has the focus, its link is marked, and the
  // live region says where the user is and what is left.
  await tabUntil(page, onControl, 'Next: Community basics →');
  await page.keyboard.press('Enter');
  await stepHeading(page, 2).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Step 2 of 9: Community basics');
  assert.equal(await stepLink(page, 2).getAttribute('aria-current'), 'step');
  assert.equal(await stepLink(page, 1).getAttribute('aria-current'), null);
  assert.equal(await stepsNav(page).locator('[aria-current]').count(), 1);
  await page.waitForFunction(() => document.querySelector('p.visually-hidden[aria-live="polite"]')?.textContent === 'Step 2 of 9: Community basics. 4 things are missing.');
  assert.equal(await stillMissing(page).getByRole('listitem').count(), 4);
  // From the heading, Tab goes on into the step's first field.
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), await page.getByRole('textbox', { name: 'Type of community' }).getAttribute('id'));

  // Back with "Previous": the reordering was kept.
  await tabUntil(page, onControl, '← Previous: Company goals and top problems');
  await page.keyboard.press('Enter');
  await stepHeading(page, 1).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
  const lacking = await stillMissing(page).getByRole('listitem').count();
  assert.equal(lacking, 5, 'a framework, a company goal, and a contribution for each of the three problems');
  await page.waitForFunction(
    (text) => document.querySelector('p.visually-hidden[aria-live="polite"]')?.textContent === text,
    `Step 1 of 9: Company goals and top problems. ${lacking} things are missing.`,
  );
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), ['Beta problem', 'Alpha problem', 'Gamma problem']);

  // Straight to the last step from the list of steps, with one thing missing there.
  await stepLink(page, 9).focus();
  await page.keyboard.press('Enter');
  await stepHeading(page, 9).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
  await page.waitForFunction(() => document.querySelector('p.visually-hidden[aria-live="polite"]')?.textContent === 'Step 9 of 9: Internal communication. One thing is missing.');
  assert.equal(await stepLink(page, 9).getAttribute('aria-current'), 'step');

  await page.reload();
  await stepHeading(page, 9).waitFor();
  await stepLink(page, 1).click();
  await stepHeading(page, 1).waitFor();
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), ['Beta problem', 'Alpha problem', 'Gamma problem']);
  await context.close();
});

test('no step of a new strategy has a serious accessibility violation, with every suggestion open', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Audit every step' });
  for (const [at, [slug]] of STEPS.entries()) {
    await goto(page, `${app.url}${playbook}/strategy/${slug}`);
    await stepHeading(page, at + 1).waitFor();
    await assertAccessible(page, `strategy step ${at + 1}, empty`);
    const summaries = page.locator('details:not([open]) > summary');
    while ((await summaries.count()) > 0) await summaries.first().click();
    await assertAccessible(page, `strategy step ${at + 1}, empty, with its suggestions open`);
  }
  await context.close();
});

test('a long list draws its first twenty items; the rest come twenty at a time or all at once, and an item moved or added past the last drawn stays in view', async () => {
  const { context, page } = await openPage(app);
  const hex = (n) => n.toString(16).padStart(32, '0');
  const at = '2026-11-20T09:00:00Z';
  const activities = Array.from({ length: 85 }, (_, n) => ({ id: hex(5000 + n), name: `Activity ${n + 1}` }));
  const file = {
    format: 'devrel-playbook',
    version: 3,
    playbook: { schema_version: 3, id: hex(7), title: 'Long lists', created_at: at, updated_at: at, strategy: { customer_journey: { activities } } },
  };
  await page.getByLabel('Choose a playbook file').setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('group', { name: 'In the file: “Long lists”' }).getByRole('button', { name: 'Add to my playbooks' }).click();
  await page.getByRole('heading', { level: 1, name: 'Long lists' }).waitFor();
  await goto(page, `${page.url()}/strategy/customer-journey`);
  const list = page.getByRole('region', { name: 'Activities', exact: true });
  const drawn = () => list.getByRole('group', { name: /^Activity \d+$/ }).count();
  assert.equal(await drawn(), 20);
  await list.getByText('20 of 85 shown.').waitFor();

  // Moving the last item drawn down draws it in its new place, with the focus on its button.
  const twentieth = list.getByRole('group', { name: 'Activity 20', exact: true });
  assert.equal(await twentieth.getByLabel('Activity', { exact: true }).inputValue(), 'Activity 20');
  await twentieth.getByRole('button', { name: 'Move down' }).click();
  const moved = list.getByRole('group', { name: 'Activity 21', exact: true });
  assert.equal(await moved.getByLabel('Activity', { exact: true }).inputValue(), 'Activity 20');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Move down');
  assert.equal(await drawn(), 21);

  await list.getByRole('button', { name: 'Show 20 more' }).click();
  await list.getByText('41 of 85 shown.').waitFor();
  assert.equal(await drawn(), 41);
  // The focus goes to the first item it drew.
  const first = list.getByRole('group', { name: 'Activity 22', exact: true }).getByLabel('Activity', { exact: true });
  await page.waitForFunction((id) => document.activeElement.id === id, await first.getAttribute('id'));
  await list.getByRole('button', { name: 'Show all 85' }).click();
  await list.getByRole('group', { name: 'Activity 85', exact: true }).waitFor();
  assert.equal(await drawn(), 85);
  assert.equal(await list.getByRole('button', { name: /^Show/ }).count(), 0);

  // A new item comes last, drawn at once even in a list not all drawn.
  await page.reload();
  await list.getByText('20 of 85 shown.').waitFor();
  await list.getByRole('button', { name: 'Add an activity' }).click();
  const added = list.getByRole('group', { name: 'Activity 86', exact: true });
  await added.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), await added.getByLabel('Activity', { exact: true }).getAttribute('id'));
  await context.close();
});
