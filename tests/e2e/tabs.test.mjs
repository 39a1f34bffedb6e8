// Two tabs on the same playbook: a change in one shows in the other, and when both change it,
// neither side's work is silently dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { appForThisFile, createPlaybook, goto, listedTitles, openPage, storedItems, storedPlaybook } from './harness.mjs';

const app = appForThisFile();

async function twoTabs() {
  const first = await openPage(app);
  const path = await createPlaybook(first.page, { title: 'Shared plan', company: 'Acme' });
  const second = await first.context.newPage();
  await goto(second, app.url + path);
  return { context: first.context, a: first.page, b: second, path };
}

test('a change saved in one tab shows up in the other', async () => {
  const { context, a, b } = await twoTabs();
  await a.getByLabel('Company').fill('Acme Corporation');
  await a.getByRole('status').filter({ hasText: 'Saved in this browser' }).waitFor();
  await b.waitForFunction(() => document.querySelector('input[autocomplete="organization"]')?.value === 'Acme Corporation');

  await goto(a, app.url + '/');
  await a.getByRole('button', { name: 'Duplicate' }).click();
  await goto(b, app.url + '/');
  assert.deepEqual((await listedTitles(b)).sort(), ['Shared plan', 'Shared plan (copy)']);
  await context.close();
});

test('when both tabs change the same playbook, the user chooses and nothing is lost', async () => {
  const { context, a, b } = await twoTabs();
  // Tab B is still typing when tab A saves.
  const company = b.getByLabel('Company');
  await company.focus();
  await company.press('End');
  await Promise.all([
    company.pressSequentially(' typed in B', { delay: 60 }),
    (async () => {
      await a.getByLabel("Executive's name").fill('Dana Kim');
      await a.getByRole('button', { name: 'Start interview' }).click();
      await a.getByRole('heading', { level: 1, name: 'Interview with Dana Kim' }).waitFor();
    })(),
  ]);
  const conflict = b.getByRole('region', { name: 'Changed in another tab' });
  await conflict.waitFor();
  const stored = storedPlaybook(await storedItems(b));
  assert.equal(stored.assessments[0]?.executive, 'Dana Kim', "A's interview is stored");
  assert.equal(stored.company, 'Acme', "B has not written over it");
  assert.equal(await company.inputValue(), 'Acme typed in B', "B's typing is still on screen");

  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await conflict.waitFor({ state: 'detached' });
  await goto(b, app.url + '/');
  assert.deepEqual((await listedTitles(b)).sort(), ['Shared plan', "Shared plan (this tab's version)"]);
  await b.getByRole('link', { name: "Shared plan (this tab's version)" }).click();
  assert.equal(await b.getByLabel('Company').inputValue(), 'Acme typed in B');
  await goto(b, app.url + '/');
  await b.getByRole('link', { name: 'Shared plan', exact: true }).click();
  await b.getByRole('link', { name: 'Dana Kim', exact: true }).waitFor();
  assert.equal(await b.getByLabel('Company').inputValue(), 'Acme');
  await context.close();
});

test("choosing this tab's version or the other's settles the conflict", async () => {
  for (const [choice, company, interviews] of [
    ["Keep this tab's version", 'Acme typed in B', 0],
    ["Use the other tab's version", 'Acme', 1],
  ]) {
    const { context, a, b, path } = await twoTabs();
    const field = b.getByLabel('Company');
    await field.focus();
    await field.press('End');
    await Promise.all([
      field.pressSequentially(' typed in B', { delay: 60 }),
      (async () => {
        await a.getByLabel("Executive's name").fill('Lee Park');
        await a.getByRole('button', { name: 'Start interview' }).click();
      })(),
    ]);
    const conflict = b.getByRole('region', { name: 'Changed in another tab' });
    await conflict.getByRole('button', { name: choice }).click();
    await conflict.waitFor({ state: 'detached' });
    // The reload reads what the choice left: the playbook as the choice stored it, and no
    // change of this tab's kept back in its journal (which the reload would bring back).
    await b.waitForFunction(
      ([company, interviews]) => {
        const [, entry] = Object.entries(localStorage).find(([key]) => key.startsWith('devrel-playbook/playbook/'));
        const stored = JSON.parse(entry);
        const kept = Object.keys(sessionStorage).some((key) => key.startsWith('devrel-playbook/unsaved/'));
        return stored.company === company && stored.assessments.length === interviews && !kept;
      },
      [company, interviews],
    );
    await goto(b, app.url + path);
    assert.equal(await b.getByLabel('Company').inputValue(), company, choice);
    assert.equal(await b.getByRole('link', { name: 'Lee Park', exact: true }).count(), interviews, choice);
    await context.close();
  }
});

test('a change a conflict kept out of storage survives a reload, and leaving asks first', async () => {
  const { context, a, b } = await twoTabs();
  // Tab B saves its author while tab A is still typing its company, within A's save pause.
  const company = a.getByLabel('Company');
  await company.focus();
  await company.press('End');
  await Promise.all([company.pressSequentially(' typed in A', { delay: 60 }), b.getByLabel('Author').fill('Written in B')]);
  const conflict = a.getByRole('region', { name: 'Changed in another tab' });
  await conflict.waitFor();
  await a.getByText('Not saved. This playbook was also changed in another tab').waitFor();

  // Leaving now would take the change along: the browser's leave-page prompt asks first. The
  // user goes ahead and reloads without choosing, and the change comes back, the choice still
  // theirs.
  const asked = new Promise((resolve) =>
    a.once('dialog', async (dialog) => {
      resolve(dialog.type());
      await dialog.accept();
    }),
  );
  await a.reload({ waitUntil: 'commit' });
  assert.equal(await Promise.race([asked, delay(5000).then(() => 'no prompt')]), 'beforeunload', 'the browser asks before the page is left');
  await a.getByRole('heading', { level: 1, name: 'Shared plan' }).waitFor();
  await a.getByRole('alert').filter({ hasText: 'Changes to “Shared plan” were not saved when this page was last reloaded or closed' }).waitFor();
  await conflict.waitFor();
  assert.equal(await company.inputValue(), 'Acme typed in A');
  assert.equal(await a.getByLabel('Author').inputValue(), '', 'what tab A had when it typed');

  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await conflict.waitFor({ state: 'detached' });
  await goto(a, app.url + '/');
  assert.deepEqual((await listedTitles(a)).sort(), ['Shared plan', "Shared plan (this tab's version)"]);
  await a.getByRole('link', { name: "Shared plan (this tab's version)" }).click();
  assert.equal(await a.getByLabel('Company').inputValue(), 'Acme typed in A');
  await goto(a, app.url + '/');
  await a.getByRole('link', { name: 'Shared plan', exact: true }).click();
  await a.getByRole('heading', { level: 1, name: 'Shared plan' }).waitFor();
  assert.equal(await a.getByLabel('Author').inputValue(), 'Written in B');
  assert.equal(await a.getByLabel('Company').inputValue(), 'Acme');
  await context.close();
});
