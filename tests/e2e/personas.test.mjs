// Developer personas in the DevRel Foundation Persona Library's format: library files taken in
// through the file picker with a preview of what was not taken, added only on request; the set
// saved back as a file that the library's own schema accepts; and bad files refused in words
// with nothing changed, in a notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { appForThisFile, assertAccessible, createPlaybook, goto, openPage, storedItems } from './harness.mjs';
import { region, values } from './strategy-helpers.mjs';

const app = appForThisFile();

/** Example personas of the library, vendored as test fixtures (CC-BY-4.0). */
const fixture = (name) => readFile(new URL(`../fixtures/persona-library/${name}`, import.meta.url), 'utf8');

const PICKER = 'Import personas from the persona library';

/** A new playbook's journey step, and its list of personas. */
async function personasOfNewPlaybook(page) {
  const path = await createPlaybook(page, { title: 'Acme plan' });
  await goto(page, `${app.url}${path}/strategy/journey`);
  const list = region(page, 'Developer personas');
  await list.waitFor();
  return list;
}

async function choose(list, name, text) {
  await list.getByLabel(PICKER).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const names = (list) => values(list, 'Persona', 'Persona name');

/** The stored playbooks, once the last edit has been written (edits are saved when typing pauses). */
async function storedOnceSaved(page) {
  await page.getByRole('status').filter({ hasText: /^(All changes are saved in this browser|Saved in this browser at .*)\.$/ }).waitFor();
  return storedItems(page);
}

test('library personas are previewed with what was not taken, added on request, and saved back as a set', async () => {
  const { context, page } = await openPage(app);
  const list = await personasOfNewPlaybook(page);
  const before = await storedOnceSaved(page);

  // One persona's file, looked at and let go: nothing is added.
  await choose(list, 'drf-dev-infl.json', await fixture('drf-dev-infl.json'));
  const one = list.getByRole('group', { name: 'In the file: 1 persona' });
  await one.getByText('Andy Advocate', { exact: true }).waitFor();
  await one.getByText(/^Not taken from “Andy Advocate”, as a persona here has no field for them: adoption\.curve, adoption\.modality, .*motivations\.x-likes, parent, .*role\.titles, role\.tools\.$/).waitFor();
  await assertAccessible(page, 'the preview of a persona library file');
  await one.getByRole('button', { name: 'Cancel' }).click();
  await one.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.id === 'persona-import');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'file', 'focus goes back to the picker');
  assert.deepEqual(await names(list), []);
  assert.deepEqual(await storedItems(page), before, 'nothing is stored before the user agrees');

  // A set of two, added.
  const set = `[${await fixture('drf-dev-infl.json')}, ${await fixture('ssf-dev-oss.json')}]`;
  await choose(list, 'devrel-set.json', set);
  const preview = list.getByRole('group', { name: 'In the file: 2 personas' });
  await preview.getByText('Ursula the Upstream Maintainer', { exact: true }).waitFor();
  await preview.getByText(/^Not taken from “Ursula the Upstream Maintainer”, as a persona here has no field for them: motivations\.likes, .*\.$/).waitFor();
  assert.deepEqual(await names(list), [], 'nothing is added before the user says so');
  await preview.getByRole('button', { name: 'Add 2 personas' }).click();
  await page.getByText('Added 2 personas from “devrel-set.json”.').waitFor();
  assert.deepEqual(await names(list), ['Andy Advocate', 'Ursula the Upstream Maintainer']);
  assert.equal(await page.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent), 'Persona 1');
  const andy = list.getByRole('group', { name: 'Persona 1', exact: true });
  assert.match(await andy.getByLabel('Who they are').inputValue(), /^This persona joined the DevRel Foundation/);
  assert.equal(
    await andy.getByLabel('What they are trying to do').inputValue(),
    'Wants to learn new tips and tricks to be more effective.\nWants to learn about tools or events to match their search criteria and looking for help.',
  );
  assert.equal(
    await andy.getByLabel('What gets in their way').inputValue(),
    'Share many of the same dislikes as a dev.\nOften overwhelmed with cross-functional asks from a community with more members than hours in the day.',
  );
  const stored = Object.values(await storedOnceSaved(page)).join('');
  assert.ok(stored.includes('Ursula the Upstream Maintainer'), 'the added personas are stored');

  // The set, saved in the library's format.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    list.getByRole('button', { name: 'Export personas (persona library JSON)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^acme-plan-personas-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.length, 2);
  assert.deepEqual(
    exported.map((persona) => [persona.id, persona.label, persona.motivations.goals.length, persona.motivations.dislikes.length]),
    [
      ['andy-advocate', 'Andy Advocate', 2, 2],
      ['ursula-the-upstream-maintainer', 'Ursula the Upstream Maintainer', 2, 7],
    ],
  );
  assert.match(exported[1].narrative, /^She created an open-source project/);
  // Each persona passes the library's own schema (its "version" keyword is its own, so not strict).
  const schema = JSON.parse(await fixture('persona.schema.json'));
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  for (const persona of exported) assert.ok(validate(persona), JSON.stringify(validate.errors));
  await context.close();
});

test('a file that is not a persona library file says why and changes nothing', async () => {
  const { context, page } = await openPage(app);
  const list = await personasOfNewPlaybook(page);
  await list.getByRole('button', { name: 'Add a persona' }).click();
  await list.getByLabel('Persona name').fill('Our own');
  const before = await storedOnceSaved(page);
  assert.ok(Object.values(before).join('').includes('Our own'));

  const cases = [
    ['broken.json', '{"label": "Andy",', /^“broken\.json” cannot be imported\. It is not valid JSON: the text breaks off or goes wrong at line 1, column 17\. No persona was added\.$/],
    ['nameless.json', '{"narrative": "Who?"}', /^“nameless\.json” cannot be imported\. It is not a persona library file: persona 1 has neither a label nor an id\. No persona was added\.$/],
    ['empty.json', '', /^“empty\.json” cannot be imported\. It is empty\. No persona was added\.$/],
  ];
  for (const [name, text, message] of cases) {
    await choose(list, name, text);
    // The notice says it in full, once: a new file's problem is a notice of its own.
    await page.getByRole('alert').getByText(message).waitFor();
    assert.deepEqual(await names(list), ['Our own']);
    assert.deepEqual(await storedItems(page), before, `${name} changes nothing stored`);
  }
  await context.close();
});
