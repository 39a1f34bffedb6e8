// The published JSON Schemas work in a standard validator: Ajv for JSON Schema 2020-12, in
// strict mode, with the standard formats; and the files the app writes, a shared playbook and
// a backup of all, validate against them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { appForThisFile, createPlaybook, goto, openPage, rateAll, startInterview } from './harness.mjs';

const app = appForThisFile();

const SCHEMAS = ['playbook.schema.json', 'library.schema.json'];

/** A validator as strict as Ajv gets: unknown keywords, formats and loose types all refused. */
function strictValidator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** A schema as the app publishes it, at the address the About page links to. */
async function published(name) {
  const response = await fetch(`${app.url}/${name}`);
  assert.equal(response.status, 200, name);
  return response.json();
}

async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

function assertValid(validate, file, what) {
  const valid = validate(file);
  assert.ok(valid, `${what}: ${JSON.stringify(validate.errors, null, 1)}`);
}

test('every published schema compiles in strict mode with the standard formats', async () => {
  for (const name of SCHEMAS) {
    const ajv = strictValidator();
    const schema = await published(name);
    assert.doesNotThrow(() => ajv.compile(schema), name);
  }
});

test('a shared playbook and a backup written by the app validate against the published schemas', async () => {
  const validatePlaybook = strictValidator().compile(await published('playbook.schema.json'));
  const validateLibrary = strictValidator().compile(await published('library.schema.json'));
  const { context, page } = await openPage(app);
  const path = await createPlaybook(page, { title: 'Validated', company: 'Acme', author: 'Sam' });
  await startInterview(page, { executive: 'Dana Kim', role: 'CTO', date: '2026-11-20' });
  await page.getByLabel('Notes').fill('Adoption of the API');
  await rateAll(page, 'Strong');
  await goto(page, `${app.url}${path}/strategy/smart-goals`);
  await page.getByRole('region', { name: 'SMART goals', exact: true }).getByRole('button', { name: 'Add a goal', exact: true }).click();
  await page.getByLabel('Our goal is to').fill('publish 12 tutorials');
  await page.getByLabel('By', { exact: true }).fill('2027-03-31');
  await goto(page, app.url + path);

  const shared = await downloaded(page, 'Export as a file');
  assert.equal(shared.playbook.title, 'Validated');
  assert.equal(shared.playbook.strategy.goals.goals[0].deadline, '2027-03-31');
  assertValid(validatePlaybook, shared, 'the shared playbook');
  // The schema is no rubber stamp: a file the app would refuse does not validate.
  assert.equal(validatePlaybook({ ...shared, version: -1 }), false);
  assert.equal(validatePlaybook({ ...shared, playbook: { ...shared.playbook, id: 'not-an-id' } }), false);
  assert.equal(validatePlaybook({ ...shared, playbook: { ...shared.playbook, title: 'x'.repeat(201) } }), false);

  await goto(page, app.url + '/');
  const backup = await downloaded(page, 'Back up all playbooks to one file');
  assert.equal(backup.playbooks.length, 1);
  assertValid(validateLibrary, backup, 'the backup');
  await context.close();
});
