// Sharing playbooks as files: a real download, opened in another browser; clashes; and every
// kind of bad file, each with its message and with storage left exactly as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { appForThisFile, createPlaybook, goto, listedTitles, openPage, rateAll, startInterview, storedItems } from './harness.mjs';

const app = appForThisFile();

async function exportFile(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as a file' }).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** An exported file of one playbook whose interview notes make it about `chars` characters long. */
function largeFile(title, chars) {
  const hex = (n) => n.toString(16).padStart(32, '0');
  const at = '2026-11-23T09:00:00Z';
  const note = 'They want the developer portal to drive partner adoption. '.repeat(300);
  const questions = ['value-why', 'value-brings', 'value-wants', 'success-person', 'success-measured', 'success-company'];
  const executives = Math.ceil(chars / (note.length * questions.length));
  const assessments = Array.from({ length: executives }, (_, e) => ({
    id: hex(1000 + e),
    executive: `Executive ${e + 1}`,
    role: 'VP',
    interview_date: '2026-11-20',
    interviewer: 'Sam',
    answers: Object.fromEntries(questions.map((q) => [q, { notes: note, private: false, rating: 'strong', signs: [] }])),
    current_question: 'value-why',
    follows: null,
    created_at: at,
    updated_at: at,
  }));
  const playbook = { schema_version: 1, id: hex(77), title, company: 'Acme', author: 'Sam', created_at: at, updated_at: at, assessments };
  return JSON.stringify({ format: 'devrel-playbook', version: 1, exported_at: at, app_version: '0.1.0', playbook });
}

async function chooseFile(page, name, text) {
  await page.getByLabel('Choose a playbook file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('an exported playbook opens in another browser with the same content', async () => {
  const first = await openPage(app);
  const path = await createPlaybook(first.page, { title: 'Acme plan', company: 'Acme', author: 'Sam' });
  await startInterview(first.page, { executive: 'Dana Kim', role: 'CTO' });
  await first.page.getByLabel('Notes').fill('Said in confidence');
  await first.page.getByRole('checkbox', { name: /Private note/ }).check();
  await rateAll(first.page, 'Strong');
  await goto(first.page, app.url + path);
  const exported = await exportFile(first.page);
  assert.match(exported.name, /^acme-plan-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(exported.text);
  assert.equal(file.format, 'devrel-playbook');
  assert.equal(file.version, 3);
  assert.equal(file.playbook.title, 'Acme plan');
  assert.ok(!exported.text.includes('Said in confidence'), 'private notes stay out by default');
  const screen = async (page) => (await page.locator('main').innerText()).replace(/Saved in this browser at .*|All changes are saved.*|Created .*/g, '');
  const original = await screen(first.page);

  const second = await openPage(app);
  await chooseFile(second.page, exported.name, exported.text);
  const preview = second.page.getByRole('group', { name: 'In the file: “Acme plan”' });
  assert.match(await preview.textContent(), /Acme · 1 interview · last updated/);
  assert.deepEqual(await storedItems(second.page), {}, 'nothing is stored before the user agrees');
  await preview.getByRole('button', { name: 'Add to my playbooks' }).click();
  await second.page.getByRole('heading', { level: 1, name: 'Acme plan' }).waitFor();
  assert.equal(new URL(second.page.url()).pathname, path, 'the same playbook, under the same id');
  assert.equal(await screen(second.page), original);
  await second.page.getByRole('link', { name: 'Verdict' }).click();
  await second.page.getByRole('heading', { level: 1, name: 'Dana Kim: They get it' }).waitFor();
  await first.context.close();
  await second.context.close();
});

test('the file format is published as a JSON Schema', async () => {
  const { context, page } = await openPage(app, '/about');
  const link = page.getByRole('link', { name: '/playbook.schema.json' });
  const response = await page.request.get(app.url + (await link.getAttribute('href')));
  assert.equal(response.status(), 200);
  const schema = await response.json();
  assert.equal(schema.title, 'DevRel Playbook file');
  assert.equal(schema.properties.format.const, 'devrel-playbook');
  await context.close();
});

test('importing a playbook that is already here asks to replace it or keep both', async () => {
  const { context, page } = await openPage(app);
  const path = await createPlaybook(page, { title: 'Twice' });
  const exported = await exportFile(page);
  await page.getByLabel('Title').fill('Twice, renamed here');
  await goto(page, app.url + '/');

  await chooseFile(page, exported.name, exported.text);
  const preview = page.getByRole('group', { name: 'In the file: “Twice”' });
  await preview.getByText('This browser already has this playbook, as “Twice, renamed here”').waitFor();
  await preview.getByRole('button', { name: 'Keep both' }).click();
  await page.getByRole('heading', { level: 1, name: 'Twice (imported)' }).waitFor();
  await goto(page, app.url + '/');
  assert.deepEqual((await listedTitles(page)).sort(), ['Twice (imported)', 'Twice, renamed here']);

  await chooseFile(page, exported.name, exported.text);
  await page.getByRole('button', { name: 'Replace the one here' }).click();
  await page.getByRole('heading', { level: 1, name: 'Twice' }).waitFor();
  assert.equal(new URL(page.url()).pathname, path);
  await goto(page, app.url + '/');
  assert.deepEqual((await listedTitles(page)).sort(), ['Twice', 'Twice (imported)']);
  await context.close();
});

test('a file dropped on the home page is previewed, and cancelling stores nothing', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Dropped' });
  const exported = await exportFile(page);
  const other = await openPage(app);
  await other.page.evaluate(([name, text]) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  }, [exported.name, exported.text]);
  const preview = other.page.getByRole('group', { name: 'In the file: “Dropped”' });
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await preview.waitFor({ state: 'detached' });
  assert.deepEqual(await storedItems(other.page), {});
  await context.close();
  await other.context.close();
});

test('bad files say what is wrong and change nothing', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Kept safe' });
  await goto(page, app.url + '/');
  const before = await storedItems(page);
  const cases = [
    ['broken.json', '{\n  "format": "devrel-playbook",\n  "version": 1,\n  oops\n}', /not valid JSON: the text breaks off or goes wrong at line 4, column 3\./],
    ['other.json', '{"format": "something-else"}', /not a playbook: its “format” is “something-else”, not “devrel-playbook”/],
    ['half.json', '{"format": "devrel-playbook", "version": 1}', /not a playbook: the field “playbook” is missing/],
    ['future.json', '{"format": "devrel-playbook", "version": 9, "playbook": {}}', /newer version of DevRel Playbook \(schema version 9; this app reads up to 3\)/],
    ['huge.json', ' '.repeat(5 * 1024 * 1024 + 10), /too large: 5\.1 MB, where a file to import can be at most 5\.0 MB/],
  ];
  for (const [name, text, message] of cases) {
    await chooseFile(page, name, text);
    const alert = page.getByRole('alert').filter({ hasText: `“${name}” cannot be imported` });
    await alert.waitFor();
    assert.match(await alert.textContent(), message, name);
    assert.match(await alert.textContent(), /Nothing in this browser was changed\./);
    assert.deepEqual(await storedItems(page), before, `${name} changed storage`);
  }
  await context.close();
});

test('markup in an imported file is shown as text, never run', async () => {
  const { context, page } = await openPage(app);
  const title = '<img src=x onerror="window.__ran=1"><b>bold</b>';
  const file = {
    format: 'devrel-playbook',
    version: 1,
    exported_at: '2026-11-23T10:00:00Z',
    app_version: '0.1.0',
    playbook: { schema_version: 1, id: 'd'.repeat(32), title, company: '<script>window.__ran=2</script>', created_at: '2026-11-23T10:00:00Z', updated_at: '2026-11-23T10:00:00Z' },
  };
  await chooseFile(page, 'markup.json', JSON.stringify(file));
  await page.getByRole('button', { name: 'Add to my playbooks' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await goto(page, app.url + '/');
  await page.getByRole('heading', { level: 3, name: title }).waitFor();
  assert.equal(await page.locator('main img, main b, main script').count(), 0);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  await context.close();
});

test('the home page reminds to export until a file is saved, and says how much room is used', async () => {
  const { context, page } = await openPage(app);
  const path = await createPlaybook(page, { title: 'Worth keeping' });
  await startInterview(page, { executive: 'Dana Kim' });
  await goto(page, app.url + '/');
  const row = page.getByRole('listitem').filter({ hasText: 'Worth keeping' });
  await row.getByText('Never saved as a file: export it to keep a copy outside this browser.').waitFor();
  const room = page.getByRole('region', { name: 'Storage in this browser' });
  assert.match(await room.textContent(), /This site keeps [\d,]+ characters of the about 5\.2 million characters this browser allows \(1% used\)\./);

  await goto(page, app.url + path);
  await exportFile(page);
  await goto(page, app.url + '/');
  await row.getByText(/Exported/).waitFor();
  assert.equal(await row.getByText('Never saved as a file').count(), 0);
  await context.close();
});

test('a backup of every playbook restores them all in another browser', async () => {
  const first = await openPage(app);
  await createPlaybook(first.page, { title: 'First of two', company: 'Acme' });
  await startInterview(first.page, { executive: 'Dana Kim' });
  await first.page.getByLabel('Notes').fill('Private but backed up');
  await first.page.getByRole('checkbox', { name: /Private note/ }).check();
  await goto(first.page, app.url + '/');
  await createPlaybook(first.page, { title: 'Second of two' });
  await goto(first.page, app.url + '/');
  const [download] = await Promise.all([
    first.page.waitForEvent('download'),
    first.page.getByRole('button', { name: 'Back up all playbooks to one file' }).click(),
  ]);
  const name = download.suggestedFilename();
  assert.match(name, /^devrel-playbooks-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  assert.equal(JSON.parse(text).format, 'devrel-playbook-library');
  assert.ok(text.includes('Private but backed up'), 'a backup keeps private notes');

  const second = await openPage(app);
  await chooseFile(second.page, name, text);
  const preview = second.page.getByRole('group', { name: 'In the file: 2 playbooks' });
  await preview.getByRole('button', { name: 'Add them to my playbooks' }).click();
  await second.page.locator('#main').getByRole('heading', { level: 1, name: 'Your playbooks' }).waitFor();
  await second.page.getByRole('heading', { level: 3, name: 'Second of two' }).waitFor();
  assert.deepEqual((await listedTitles(second.page)).sort(), ['First of two', 'Second of two']);

  // The same backup again: both are here already, so the user chooses.
  await chooseFile(second.page, name, text);
  await second.page.getByText('2 of these are already in this browser.').waitFor();
  await second.page.getByRole('button', { name: 'Replace the ones here' }).click();
  await second.page.getByRole('heading', { level: 3, name: 'Second of two' }).waitFor();
  assert.deepEqual((await listedTitles(second.page)).sort(), ['First of two', 'Second of two']);
  await first.context.close();
  await second.context.close();
});

test('the report downloads as Markdown with its headings, private notes only when chosen', async () => {
  const { context, page } = await openPage(app);
  const path = await createPlaybook(page, { title: 'Reported', company: 'Acme' });
  await startInterview(page, { executive: 'Dana Kim', role: 'CTO' });
  await page.getByLabel('Notes').fill('Off the record');
  await page.getByRole('checkbox', { name: /Private note/ }).check();
  await rateAll(page, 'Strong');
  await goto(page, app.url + path);
  const download = async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report as Markdown' }).click()]);
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  };
  const report = await download();
  assert.match(report.name, /^reported-\d{4}-\d{2}-\d{2}\.md$/);
  for (const heading of ['# Reported', '## Executive buy-in', '### Dana Kim', '#### Overall value', '### How the verdict is decided']) {
    assert.ok(report.text.split('\n').includes(heading), `${heading} in\n${report.text}`);
  }
  assert.match(report.text, /\*\*Verdict: They get it\.\*\*/);
  assert.ok(!report.text.includes('Off the record'));
  await page.getByRole('checkbox', { name: 'Include private notes' }).check();
  assert.ok((await download()).text.includes('Off the record'));
  await context.close();
});

test('an import the storage has no room for is refused up front, with the room it needs and the room left', async () => {
  const { context, page } = await openPage(app);
  const text = largeFile('Large plan', 4.3e6);
  await chooseFile(page, 'large-plan.json', text);
  await page.getByRole('button', { name: 'Add to my playbooks' }).click();
  await page.getByRole('heading', { level: 1, name: 'Large plan' }).waitFor();
  await goto(page, app.url + '/');
  const before = await storedItems(page);
  const left = 5 * 1024 * 1024 - Object.entries(before).reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  assert.ok(left > 100_000 && left < 1_000_000, `${left} characters left`);

  await chooseFile(page, 'large-plan.json', text);
  await page.getByRole('button', { name: 'Keep both' }).click();
  const refused = page.getByRole('alert').filter({ hasText: '“large-plan.json” was not imported.' });
  await refused.waitFor();
  assert.match(
    await refused.textContent(),
    new RegExp(`It needs room for 4\\.\\d million characters, and this browser has only ${left.toLocaleString('en-US')} characters left for the site\\..*Nothing in this browser was changed\\.`),
  );
  assert.equal(new URL(page.url()).pathname, '/', 'the user stays where the refusal is said');
  assert.deepEqual(await storedItems(page), before);
  assert.deepEqual(await listedTitles(page), ['Large plan']);
  await page.reload();
  await page.locator('#main').getByRole('heading', { level: 1, name: 'Your playbooks' }).waitFor();
  assert.deepEqual(await listedTitles(page), ['Large plan']);
  await context.close();
});

test('an import the browser refuses to store is reported before leaving, and not shown as stored', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Already here' });
  await goto(page, app.url + '/');
  const before = await storedItems(page);
  // Room is reported, yet the browser refuses the write (as WebKit can for wide scripts).
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (this === localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await chooseFile(page, 'refused.json', largeFile('Refused plan', 10_000));
  await page.getByRole('button', { name: 'Add to my playbooks' }).click();
  const refused = page.getByRole('alert').filter({ hasText: '“refused.json” was not imported.' });
  await refused.waitFor();
  assert.match(await refused.textContent(), /“Refused plan” could not be stored: the browser's storage for this site is full\. Nothing in this browser was changed\./);
  assert.equal(new URL(page.url()).pathname, '/');
  assert.deepEqual(await listedTitles(page), ['Already here']);
  assert.deepEqual(await storedItems(page), before);
  await context.close();
});
