// What an import lets in, the editor can work with: a file that breaks a rule of editing is
// mended where nothing is lost (and the preview says how), or refused naming the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, goto, listedTitles, openPage, storedItems } from './harness.mjs';

const app = appForThisFile();

const AT = '2026-11-23T10:00:00Z';

/** An exported file holding `playbook` (its required fields filled in). */
function fileOf(playbook) {
  return JSON.stringify({
    format: 'devrel-playbook',
    version: 1,
    exported_at: AT,
    app_version: '0.1.0',
    playbook: { schema_version: 1, id: 'a'.repeat(32), title: 'A plan', created_at: AT, updated_at: AT, ...playbook },
  });
}

function interview(fields) {
  return { id: 'b'.repeat(32), executive: 'Dana Kim', created_at: AT, updated_at: AT, ...fields };
}

async function chooseFile(page, name, text) {
  await page.getByLabel('Choose a playbook file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Chooses a file the app refuses; returns the alert's text, once storage is checked unchanged. */
async function refused(page, name, text) {
  const before = await storedItems(page);
  await chooseFile(page, name, text);
  const alert = page.getByRole('alert').filter({ hasText: `“${name}” cannot be imported` });
  await alert.waitFor();
  assert.deepEqual(await storedItems(page), before, `${name} changed storage`);
  const said = await alert.textContent();
  assert.match(said, /Nothing in this browser was changed\.$/);
  return said;
}

test('a playbook without a title comes in named, the preview says so, and it can be edited', async () => {
  const { context, page } = await openPage(app);
  await chooseFile(page, 'untitled.json', fileOf({ title: '  ', assessments: [interview({ executive: '' })] }));
  const preview = page.getByRole('group', { name: 'In the file: “Untitled playbook”' });
  await preview.getByText('It had no title, so it is called “Untitled playbook”.').waitFor();
  await preview.getByText('Interview 1 had no executive\'s name, so it is called “Executive 1”.').waitFor();
  assert.deepEqual(await storedItems(page), {}, 'nothing is stored before the user agrees');
  await preview.getByRole('button', { name: 'Add to my playbooks' }).click();
  await page.getByRole('heading', { level: 1, name: 'Untitled playbook' }).waitFor();
  await page.getByRole('link', { name: 'Executive 1', exact: true }).waitFor();

  await page.getByLabel('Title').fill('Named at last');
  await page.getByRole('heading', { level: 1, name: 'Named at last' }).waitFor();
  await goto(page, app.url + '/');
  assert.deepEqual(await listedTitles(page), ['Named at last']);
  await page.getByRole('link', { name: 'Named at last' }).waitFor();
  await context.close();
});

test('a file with a field longer than editing allows is refused, naming the field', async () => {
  const { context, page } = await openPage(app);
  const title = await refused(page, 'long-title.json', fileOf({ title: 'x'.repeat(5000) }));
  assert.match(title, /The title is 5000 characters long, where it can be at most 200\./);

  const role = await refused(page, 'long-role.json', fileOf({ assessments: [interview({ role: 'r'.repeat(201) })] }));
  assert.match(role, /In interview 1 \(Dana Kim\), the role is 201 characters long, where it can be at most 200\./);

  const strategy = { goals: { goals: [{ id: 'c'.repeat(32), milestones: [{ id: 'd'.repeat(32), milestone: 'm'.repeat(301) }] }] } };
  const milestone = await refused(page, 'long-milestone.json', fileOf({ strategy }));
  assert.match(milestone, /Goal 1, milestone 1: the answer “Milestone” is 301 characters long, where it can be at most 300\./);
  await goto(page, app.url + '/');
  assert.deepEqual(await listedTitles(page), []);
  await context.close();
});

test('a backup in which two items share an id is refused, naming the playbook and the item', async () => {
  const { context, page } = await openPage(app);
  const same = 'e'.repeat(32);
  const playbook = (id, title, extra) => ({ schema_version: 1, id: id.repeat(32), title, created_at: AT, updated_at: AT, ...extra });
  const backup = JSON.stringify({
    format: 'devrel-playbook-library',
    version: 1,
    exported_at: AT,
    app_version: '0.1.0',
    playbooks: [
      playbook('1', 'Fine', {}),
      playbook('2', 'Twice the same', { strategy: { alignment: { company_goals: [{ id: same, goal: 'Grow' }], top_problems: [{ id: same, problem: 'Churn' }] } } }),
    ],
  });
  const said = await refused(page, 'backup.json', backup);
  assert.match(said, /Playbook 2 of 2: Top problem 1 has the same id as another item of the plan/);
  await context.close();
});
