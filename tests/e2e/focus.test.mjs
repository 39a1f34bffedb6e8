// Where keyboard focus goes after an action that removes what had it: a new page, a closed
// form, a deleted row. It must land on the new page's heading or the next sensible control,
// never fall back to the document body, where a keyboard or screen reader user starts over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, createPlaybook, goto, openPage, rateAll, startInterview } from './harness.mjs';

const app = appForThisFile();

/** Describes the element that has focus, for failure messages. */
function focusedElement(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the document body';
    return `<${element.tagName.toLowerCase()}> “${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 60)}”`;
  });
}

/** Waits for `target` to have focus (focus moves once the page is drawn) and fails if it does not. */
async function assertFocused(page, target, after) {
  const element = await target.elementHandle();
  const moved = await page
    .waitForFunction((element) => element === document.activeElement, element, { timeout: 3000 })
    .then(() => true, () => false);
  assert.ok(moved, `after ${after}, focus is on ${await focusedElement(page)}`);
}

const heading = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });

test('creating a playbook, and renaming one from the list, keep focus on the page', async () => {
  const { context, page } = await openPage(app);
  await page.getByRole('region', { name: 'Start a playbook' }).getByLabel('Title').fill('Focus works');
  await page.keyboard.press('Enter');
  await assertFocused(page, heading(page, 'Focus works'), 'creating a playbook');

  await page.getByRole('link', { name: 'Playbooks', exact: true }).first().click();
  await assertFocused(page, heading(page, 'Your playbooks'), 'following the breadcrumb home');

  const rename = page.getByRole('group', { name: 'Actions for Focus works' }).getByRole('button', { name: 'Rename' });
  await rename.click();
  await page.getByLabel('New title for “Focus works”').fill('Focus still works');
  await page.getByRole('button', { name: 'Save title' }).click();
  await assertFocused(page, page.getByRole('group', { name: 'Actions for Focus still works' }).getByRole('button', { name: 'Rename' }), 'saving a new title');

  await page.getByRole('group', { name: 'Actions for Focus still works' }).getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await assertFocused(page, page.getByRole('group', { name: 'Actions for Focus still works' }).getByRole('button', { name: 'Rename' }), 'cancelling a rename');

  await page.getByRole('group', { name: 'Actions for Focus still works' }).getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New title for “Focus still works”').press('Escape');
  await assertFocused(page, page.getByRole('group', { name: 'Actions for Focus still works' }).getByRole('button', { name: 'Rename' }), 'leaving a rename with Escape');

  await page.getByRole('link', { name: 'About', exact: true }).click();
  await assertFocused(page, page.locator('main h1'), 'following the About link in the header');
  await context.close();
});

test('following links between the playbook, an interview, its verdict and the comparison moves focus to the new page', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Links' });
  await startInterview(page, { executive: 'Ada Lane' });
  await rateAll(page, 'Strong');
  await goto(page, app.url + playbook);
  await startInterview(page, { executive: 'Bo Chen' });
  await goto(page, app.url + playbook);

  await page.getByRole('group', { name: 'Actions for the interview with Ada Lane' }).getByRole('link', { name: 'Verdict' }).click();
  await assertFocused(page, heading(page, 'Ada Lane: They get it'), 'following a link to a verdict');

  // An interview is there to take notes: the cursor waits in the question's notes.
  await page.getByRole('link', { name: 'Back to the interview' }).click();
  await heading(page, 'Interview with Ada Lane').waitFor();
  await assertFocused(page, page.getByRole('textbox', { name: 'Notes' }), 'following a link to an interview');

  await page.getByRole('link', { name: 'See the verdict' }).click();
  await assertFocused(page, heading(page, 'Ada Lane: They get it'), 'following the link to the verdict from the interview');

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Links' }).click();
  await assertFocused(page, heading(page, 'Links'), 'following the breadcrumb to the playbook');

  await page.getByRole('group', { name: 'Actions for the interview with Bo Chen' }).getByRole('link', { name: 'Continue interview' }).click();
  await heading(page, 'Interview with Bo Chen').waitFor();
  await assertFocused(page, page.getByRole('textbox', { name: 'Notes' }), 'following a link to an interview from the playbook');

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Links' }).click();
  await page.getByRole('link', { name: 'Compare executives side by side' }).click();
  await assertFocused(page, heading(page, 'Compare executives'), 'following the link to the comparison');

  await page.getByRole('link', { name: 'Bo Chen' }).click();
  await assertFocused(page, heading(page, 'No verdict yet for Bo Chen'), 'following a link from the comparison to a verdict');

  await page.goBack();
  await assertFocused(page, heading(page, 'Compare executives'), 'going back');
  await context.close();
});

test('deleting an interview leaves focus on the list it was in', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Deleting' });
  await startInterview(page, { executive: 'Cy Gone' });
  await goto(page, app.url + playbook);
  await page.getByRole('group', { name: 'Actions for the interview with Cy Gone' }).getByRole('button', { name: 'Delete' }).click();
  await assertFocused(page, page.getByRole('heading', { level: 2, name: 'Executive buy-in' }), 'deleting an interview');
  await context.close();
});

test("a notice's Undo and Dismiss hand focus back to the page, without scrolling it", async () => {
  const { context, page } = await openPage(app);
  for (const title of ['Kept', 'Deleted, then back']) {
    await createPlaybook(page, { title });
    await goto(page, app.url + '/');
  }
  await page.getByRole('group', { name: 'Actions for Deleted, then back' }).getByRole('button', { name: 'Delete' }).click();
  const undo = page.getByRole('status').getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 3, name: 'Deleted, then back' }).waitFor();
  await assertFocused(page, heading(page, 'Your playbooks'), 'undoing from a notice');

  await page.getByRole('status').getByText('Restored “Deleted, then back”.').waitFor();
  await page.evaluate(() => window.scrollTo(0, 200));
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.getByRole('status').getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await assertFocused(page, heading(page, 'Your playbooks'), 'dismissing a notice');
  assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page stays where it was');
  await context.close();
});
