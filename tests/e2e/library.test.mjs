// The library of playbooks, as a user works with it: create, rename, duplicate, delete and
// undo, reload, deep links, a fresh browser, and damaged stored entries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { appForThisFile, USER_LOCALE, USER_TIME_ZONE, assertAccessible, createPlaybook, goto, listedTitles, openPage, storedItems } from './harness.mjs';

const app = appForThisFile();

test('a new playbook is created, shown, and still there after a reload', async () => {
  const { context, page, errors } = await openPage(app);
  await page.getByText('No playbooks yet').waitFor();
  const path = await createPlaybook(page, { title: 'Acme developer program', company: 'Acme', author: 'Sam Rivera' });
  assert.match(path, /^\/playbooks\/[0-9a-f]{32}$/);
  await page.getByRole('status').filter({ hasText: 'Saved in this browser' }).waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Acme developer program' }).waitFor();
  assert.equal(await page.getByLabel('Company').inputValue(), 'Acme');
  assert.equal(await page.getByLabel('Author').inputValue(), 'Sam Rivera');

  await page.getByRole('link', { name: 'Playbooks', exact: true }).first().click();
  await page.locator('#main').getByRole('heading', { level: 1, name: 'Your playbooks' }).waitFor();
  assert.deepEqual(await listedTitles(page), ['Acme developer program']);
  const row = page.getByRole('listitem').filter({ hasText: 'Acme developer program' });
  const [, text] = Object.entries(await storedItems(page)).find(([key]) => key.startsWith('devrel-playbook/playbook/'));
  const stored = JSON.parse(text);
  const local = new Date(stored.updated_at).toLocaleString(USER_LOCALE, { dateStyle: 'medium', timeStyle: 'short', timeZone: USER_TIME_ZONE });
  assert.equal(await row.locator('.meta').textContent(), `Acme · Updated ${local}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a title is required when creating', async () => {
  const { context, page } = await openPage(app);
  await page.getByRole('button', { name: 'Create playbook' }).click();
  await page.getByText('A playbook needs a title.').waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
  assert.deepEqual(await storedItems(page), {});
  await context.close();
});

test('renaming from the list and on the playbook page both stick', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'First name' });
  await goto(page, app.url + '/');

  await page.getByRole('button', { name: 'Rename' }).click();
  const field = page.getByLabel('New title for “First name”');
  assert.equal(await field.evaluate((input) => input === document.activeElement), true, 'the field takes focus');
  await field.fill('Second name');
  await field.press('Enter');
  assert.deepEqual(await listedTitles(page), ['Second name']);

  // Escape leaves a rename without changing anything.
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New title for “Second name”').fill('Not kept');
  await page.getByLabel('New title for “Second name”').press('Escape');
  assert.deepEqual(await listedTitles(page), ['Second name']);

  await page.getByRole('link', { name: 'Second name' }).click();
  const title = page.getByLabel('Title');
  await title.fill('');
  await page.getByText('A playbook needs a title.').waitFor();
  assert.equal(await title.getAttribute('aria-invalid'), 'true');
  await title.pressSequentially('Third name');
  await page.getByRole('heading', { level: 1, name: 'Third name' }).waitFor();
  assert.equal(await page.title(), 'Third name · DevRel Playbook');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Third name' }).waitFor();
  await context.close();
});

test('duplicating makes a separate copy', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Original', company: 'Acme' });
  await goto(page, app.url + '/');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await page.getByRole('status').getByText('Made “Original (copy)”.').waitFor();
  assert.deepEqual((await listedTitles(page)).sort(), ['Original', 'Original (copy)']);

  await page.reload();
  await page.getByRole('heading', { level: 3, name: 'Original (copy)' }).waitFor();
  const links = await page.getByRole('link', { name: /^Original/ }).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(new Set(links).size, 2, 'each has its own address');
  await context.close();
});

test('delete can be undone, and a delete without undo is final', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Keep me' });
  await goto(page, app.url + '/');
  await createPlaybook(page, { title: 'Bin me' });
  await goto(page, app.url + '/');
  const before = await storedItems(page);

  const row = (title) => page.getByRole('group', { name: `Actions for ${title}` });
  await row('Keep me').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('status').getByText('Deleted “Keep me”.').waitFor();
  assert.deepEqual(await listedTitles(page), ['Bin me']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('heading', { level: 3, name: 'Keep me' }).waitFor();
  assert.deepEqual(await storedItems(page), before, 'undo restores storage exactly');

  await row('Bin me').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('status').getByText('Deleted “Bin me”.').waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 3, name: 'Keep me' }).waitFor();
  assert.deepEqual(await listedTitles(page), ['Keep me']);
  await context.close();
});

test('a second, fresh browser starts with an empty library', async () => {
  const first = await openPage(app);
  await createPlaybook(first.page, { title: 'Only in the first browser' });
  const second = await openPage(app);
  await second.page.getByText('No playbooks yet').waitFor();
  assert.deepEqual(await listedTitles(second.page), []);
  await first.context.close();
  await second.context.close();
});

test('deep links load the right page, and unknown ones say so', async () => {
  const { context, page } = await openPage(app);
  const path = await createPlaybook(page, { title: 'Linked playbook' });

  const other = await context.newPage();
  await goto(other, app.url + path);
  await other.getByRole('heading', { level: 1, name: 'Linked playbook' }).waitFor();
  await goto(other, app.url + '/about');
  await other.getByRole('heading', { level: 1, name: 'About DevRel Playbook' }).waitFor();
  await goto(other, app.url + '/no/such/page');
  await other.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await goto(other, app.url + '/playbooks/' + 'a'.repeat(32));
  await other.getByRole('heading', { level: 1, name: 'Playbook not found' }).waitFor();
  await other.getByRole('link', { name: 'Back to your playbooks' }).click();
  await other.locator('#main').getByRole('heading', { level: 1, name: 'Your playbooks' }).waitFor();
  await context.close();
});

test('damaged and newer stored entries are named, kept byte for byte, and do not hide the rest', async () => {
  const { context, page, errors } = await openPage(app);
  await createPlaybook(page, { title: 'Healthy playbook' });
  const garbageId = '0'.repeat(32);
  const newerId = 'b'.repeat(32);
  const garbage = '{"schema_version": 1, "title": "cut off';
  const newer = JSON.stringify({ schema_version: 42, id: newerId, title: 'From a later app' });
  await page.evaluate(
    ([garbageKey, garbage, newerKey, newer]) => {
      localStorage.setItem(garbageKey, garbage);
      localStorage.setItem(newerKey, newer);
    },
    [`devrel-playbook/playbook/${garbageId}`, garbage, `devrel-playbook/playbook/${newerId}`, newer],
  );
  const before = await storedItems(page);

  await goto(page, app.url + '/');
  assert.deepEqual(await listedTitles(page), ['Healthy playbook']);
  const unreadable = page.getByRole('region', { name: 'Entries that could not be read' });
  await unreadable.getByText(`Stored entry ${garbageId}`).waitFor();
  assert.match(await unreadable.textContent(), /not valid JSON: the text breaks off or goes wrong at line 1, column 39\./);
  assert.match(await unreadable.textContent(), /saved by a newer version of DevRel Playbook \(schema version 42; this app reads up to 3\)/);
  await assertAccessible(page, 'the home page with unreadable entries');

  // The stored text can be saved as a file, exactly as it is.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    unreadable.getByRole('listitem').filter({ hasText: garbageId }).getByRole('button', { name: 'Save stored text as a file' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `unreadable-playbook-${garbageId}.txt`);
  assert.equal(await readFile(await download.path(), 'utf8'), garbage);

  // Working on the healthy playbook leaves the damaged entries alone.
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await page.getByRole('heading', { level: 3, name: 'Healthy playbook (copy)' }).waitFor();
  const after = await storedItems(page);
  assert.equal(after[`devrel-playbook/playbook/${garbageId}`], garbage);
  assert.equal(after[`devrel-playbook/playbook/${newerId}`], newer);
  for (const [key, value] of Object.entries(before)) {
    if (key !== 'devrel-playbook/index') assert.equal(after[key], value, `${key} unchanged`);
  }

  await goto(page, app.url + `/playbooks/${newerId}`);
  await page.getByRole('heading', { level: 1, name: 'This playbook cannot be read' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unreadable entry can be removed once saved, with an undo that puts it back exactly', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Healthy playbook' });
  const damagedId = 'c'.repeat(32);
  const damagedKey = `devrel-playbook/playbook/${damagedId}`;
  const damaged = '{"schema_version": 1, "title": "half a playbook';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [damagedKey, damaged]);
  await goto(page, app.url + '/');
  const unreadable = page.getByRole('region', { name: 'Entries that could not be read' });
  const row = unreadable.getByRole('listitem').filter({ hasText: damagedId });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('button', { name: 'Save stored text as a file' }).click(),
  ]);
  assert.equal(await readFile(await download.path(), 'utf8'), damaged);

  await row.getByRole('button', { name: 'Remove entry' }).click();
  await page.getByRole('status').getByText(`Removed the unreadable entry ${damagedId}.`).waitFor();
  await unreadable.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Your playbooks', 'focus stays on the page');
  let stored = await storedItems(page);
  assert.equal(stored[damagedKey], undefined);
  assert.ok(!JSON.parse(stored['devrel-playbook/index']).ids.includes(damagedId), 'the index no longer names it');
  assert.deepEqual(await listedTitles(page), ['Healthy playbook'], 'the readable playbooks stay');

  await page.getByRole('button', { name: 'Undo' }).click();
  await row.waitFor();
  stored = await storedItems(page);
  assert.equal(stored[damagedKey], damaged, 'put back byte for byte');
  assert.ok(JSON.parse(stored['devrel-playbook/index']).ids.includes(damagedId));
  await goto(page, app.url + '/');
  await row.waitFor();

  // Removed for good, it stays gone after a reload.
  await row.getByRole('button', { name: 'Remove entry' }).click();
  await unreadable.waitFor({ state: 'detached' });
  await goto(page, app.url + '/');
  assert.equal(await unreadable.count(), 0);
  assert.equal((await storedItems(page))[damagedKey], undefined);
  await context.close();
});

test('every page passes the accessibility audit', async () => {
  const { context, page } = await openPage(app);
  await assertAccessible(page, 'the empty home page');
  const path = await createPlaybook(page, { title: 'Audited', company: 'Acme' });
  await assertAccessible(page, 'a playbook page');
  for (const [where, heading] of [
    ['/', 'Your playbooks'],
    ['/about', 'About DevRel Playbook'],
    ['/nowhere', 'Page not found'],
    ['/playbooks/' + 'c'.repeat(32), 'Playbook not found'],
    [path, 'Audited'],
  ]) {
    await goto(page, app.url + where);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await assertAccessible(page, where);
  }
  await goto(page, app.url + '/');
  await page.getByRole('button', { name: 'Rename' }).click();
  await assertAccessible(page, 'the home page while renaming');
  await context.close();
});

test('the app can be used with the keyboard alone', async () => {
  const { context, page } = await openPage(app);
  // Skip link first; past the header, a new user meets the example's button, then the form.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Open the example playbook');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), await page.getByLabel('Title').getAttribute('id'));
  await page.keyboard.type('Typed playbook');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Keyboard Inc');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Typed playbook' }).waitFor();
  await context.close();
});

test('the app sends nothing anywhere', async () => {
  const { context, page } = await openPage(app);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await createPlaybook(page, { title: 'Private', company: 'Secret Co' });
  await goto(page, app.url + '/');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await page.getByRole('heading', { level: 3, name: 'Private (copy)' }).waitFor();
  const elsewhere = requests.filter((url) => !url.startsWith(app.url));
  assert.deepEqual(elsewhere, []);
  // The reload above fetched the app's own files; using it sent nothing anywhere.
  assert.ok(requests.every((url) => /\/$|\.(js|wasm|css|svg|webmanifest)$/.test(url)), requests.join('\n'));
  await context.close();
});

test("a playbook's save status speaks of that playbook only", async () => {
  const { context, page } = await openPage(app);
  const first = await createPlaybook(page, { title: 'First' });
  await goto(page, app.url + '/');
  await createPlaybook(page, { title: 'Second' });
  await page.getByLabel('Company').fill('Typed in the second');
  await page.getByRole('status').filter({ hasText: 'Saved in this browser at' }).waitFor();
  await goto(page, app.url + first);
  await page.getByRole('status').filter({ hasText: 'All changes are saved in this browser.' }).waitFor();
  await context.close();
});

test('a large library lists the ten most recently updated, then all of them at a click, read from the index', async () => {
  const { context, page, errors } = await openPage(app);
  await page.getByText('No playbooks yet').waitFor();
  // Twelve playbooks stored by an earlier version of the app: an index of ids alone.
  await page.evaluate(() => {
    const hex = (n) => n.toString(16).padStart(32, '0');
    const ids = [];
    for (let n = 1; n <= 12; n++) {
      const at = `2026-11-${String(n).padStart(2, '0')}T09:00:00Z`;
      const playbook = { schema_version: 3, id: hex(n), title: `Playbook ${n}`, created_at: at, updated_at: at };
      localStorage.setItem(`devrel-playbook/playbook/${hex(n)}`, JSON.stringify(playbook));
      ids.push(hex(n));
    }
    localStorage.setItem('devrel-playbook/index', JSON.stringify({ ids }));
  });
  await page.reload();
  await page.getByRole('heading', { level: 3, name: 'Playbook 12' }).waitFor();
  const newestFirst = Array.from({ length: 12 }, (_, n) => `Playbook ${12 - n}`);
  assert.deepEqual(await listedTitles(page), newestFirst.slice(0, 10));
  const index = JSON.parse((await storedItems(page))['devrel-playbook/index']);
  assert.equal(index.summaries.length, 12, 'the index is repaired from the entries');

  // Read from the index now, as long as every entry has the stamp the index names.
  await page.reload();
  await page.getByText('10 of 12 shown.').waitFor();
  await page.getByRole('button', { name: 'Show all 12' }).click();
  assert.deepEqual(await listedTitles(page), newestFirst);
  await page.getByRole('group', { name: 'Actions for Playbook 2' }).getByRole('button', { name: 'Rename' }).and(page.locator(':focus')).waitFor();
  await assertAccessible(page, 'the home page with every playbook shown');
  await page.getByRole('link', { name: 'Playbook 1', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Playbook 1' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
