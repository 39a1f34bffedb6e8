// Sharing a playbook as a link: the playbook travels compressed in the link's fragment, opens in
// another browser through the same preview as a file, and a link cut short, changed or too
// large is refused with a message that leaves storage as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { appForThisFile, createPlaybook, goto, openPage, rateAll, startInterview, storedItems } from './harness.mjs';

const app = appForThisFile();

async function exported(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as a file' }).click()]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  delete file.exported_at;
  return file;
}

/** Copies the link of the playbook page `page` is on, and returns the link the page shows. */
async function copyLink(page) {
  await page.getByRole('button', { name: 'Copy a link' }).click();
  const field = page.getByLabel('Link to this playbook');
  await field.waitFor();
  return field.inputValue();
}

/** Opens `link` in `page` and waits for the import panel to have read it. */
async function openLink(page, link) {
  await page.goto(link);
  await page.locator('#main h1').first().waitFor();
  await page.getByRole('status').filter({ hasText: 'Reading…' }).waitFor({ state: 'detached' });
}

/** A playbook with one rated interview, on its page. */
async function interviewedPlaybook(page, title) {
  const path = await createPlaybook(page, { title, company: 'Acme', author: 'Sam' });
  await startInterview(page, { executive: 'Dana Kim', role: 'CTO' });
  await page.getByLabel('Notes').fill('Said in confidence');
  await page.getByRole('checkbox', { name: /Private note/ }).check();
  await rateAll(page, 'Strong', (n) => (n > 0 ? `Answer ${n}: <b>bold</b> & "quoted" — café` : ''));
  await goto(page, app.url + path);
  return path;
}

test('a copied link opens the playbook in another browser, which imports the same playbook', async () => {
  const first = await openPage(app);
  await first.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const path = await interviewedPlaybook(first.page, 'Acme plan');
  const link = await copyLink(first.page);
  await first.page.getByRole('status').getByText('Link copied').waitFor();
  assert.equal(await first.page.evaluate(() => navigator.clipboard.readText()), link, 'the link shown is the one copied');
  assert.ok(link.startsWith(`${app.url}/#playbook=`), link);
  assert.match(link.slice(link.indexOf('=') + 1), /^[A-Za-z0-9_-]+$/, 'base64url, nothing a chat tool would mangle');
  assert.ok(link.length <= 8000);
  const sent = await exported(first.page);

  const second = await openPage(app);
  await openLink(second.page, link);
  assert.equal(new URL(second.page.url()).hash, '', 'the playbook leaves the address bar once read');
  const preview = second.page.getByRole('group', { name: 'In the link: “Acme plan”' });
  assert.match(await preview.textContent(), /Acme · 1 interview · last updated/);
  assert.deepEqual(await storedItems(second.page), {}, 'nothing is stored before the user agrees');
  await preview.getByRole('button', { name: 'Add to my playbooks' }).click();
  await second.page.getByRole('heading', { level: 1, name: 'Acme plan' }).waitFor();
  assert.equal(new URL(second.page.url()).pathname, path, 'the same playbook, under the same id');
  assert.deepEqual(await exported(second.page), sent, 'both browsers export the same playbook');
  assert.ok(!JSON.stringify(sent).includes('Said in confidence'), 'private notes stay out unless chosen');

  // Reloading does not bring the playbook in again: the fragment is gone.
  await goto(second.page, app.url + '/');
  assert.equal(await second.page.getByRole('group', { name: /In the link/ }).count(), 0);
  assert.deepEqual([...first.errors, ...second.errors], []);
  await first.context.close();
  await second.context.close();
});

test('a link follows the sharing choices and meets a playbook already here with the choice of a file', async () => {
  const { context, page, errors } = await openPage(app);
  // A browser that refuses the clipboard.
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await interviewedPlaybook(page, 'Acme plan');
  await page.getByRole('checkbox', { name: 'Include private notes' }).check();
  await page.getByRole('checkbox', { name: /Replace executives' names/ }).check();
  const link = await copyLink(page);
  // Without the clipboard, the link is still there to select and copy.
  await page.getByRole('status').getByText('The browser did not let the link be copied').waitFor();

  const other = await context.newPage();
  await openLink(other, link);
  const preview = other.getByRole('group', { name: 'In the link: “Acme plan”' });
  assert.match(await preview.textContent(), /already has this playbook, as “Acme plan”.*Replace it with the version in the link, or keep both\?/s);
  const before = await storedItems(other);
  await preview.getByRole('button', { name: 'Keep both' }).click();
  await other.getByRole('heading', { level: 1, name: 'Acme plan' }).waitFor();
  const entries = (items) => Object.keys(items).filter((key) => key.startsWith('devrel-playbook/playbook/')).length;
  assert.equal(entries(await storedItems(other)), entries(before) + 1, 'a second playbook beside the first');
  await other.getByText('Executive 1').first().waitFor();
  assert.equal(await other.getByText('Dana Kim').count(), 0, 'names replaced as chosen');
  await other.getByRole('checkbox', { name: 'Include private notes' }).check();
  const received = JSON.stringify(await exported(other));
  assert.ok(received.includes('Said in confidence'), 'private notes came along, as chosen');
  assert.ok(!received.includes('Dana Kim'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a damaged, cut or foreign link is refused with a message, and storage is left as it was', async () => {
  const { context, page, errors } = await openPage(app);
  await interviewedPlaybook(page, 'Kept plan');
  const link = await copyLink(page);
  const before = await storedItems(page);
  const payload = link.slice(link.indexOf('#playbook=') + '#playbook='.length);
  // deflate-raw of "{}" and of "not json", in base64url: whole, but not a playbook.
  const packed = (text) => page.evaluate((text) => window.playbookLink.pack(text), text);
  const cases = [
    [payload.slice(0, Math.floor(payload.length / 2)), /This link does not hold a whole playbook: it may have been cut short/],
    [payload.slice(0, payload.length - 4), /This link does not hold a whole playbook/],
    [`${payload.slice(0, 20)}!!${payload.slice(22)}`, /This link does not hold a whole playbook/],
    ['AAAA', /This link does not hold a whole playbook/],
    [await packed('{}'), /The link cannot be imported\. It is not a playbook/],
    [await packed('not json'), /The link cannot be imported\. It is not valid JSON/],
    [await packed(''), /The link cannot be imported\. It is empty\./],
  ];
  for (const [broken, message] of cases) {
    await openLink(page, `${app.url}/#playbook=${broken}`);
    const alert = page.getByRole('alert').filter({ hasText: 'cannot be imported' });
    assert.match(await alert.textContent(), message, broken.slice(0, 40));
    assert.match(await alert.textContent(), /Nothing in this browser was changed\.$/);
    assert.equal(new URL(page.url()).hash, '');
    assert.deepEqual(await storedItems(page), before, 'storage as it was');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a playbook too large for a link is offered as a file instead', async () => {
  const { context, page, errors } = await openPage(app);
  const path = await createPlaybook(page, { title: 'Long notes', company: 'Acme' });
  await startInterview(page, { executive: 'Dana Kim', role: 'CTO' });
  // Text that does not compress: random words.
  const words = Array.from({ length: 2500 }, (_, i) => ((i * 2654435761) % 4294967296).toString(36));
  await page.getByLabel('Notes').fill(words.join(' '));
  await goto(page, app.url + path);
  await page.getByRole('button', { name: 'Copy a link' }).click();
  const alert = page.getByRole('alert').getByText(/too large for a link: it would be \d+ characters long/);
  await alert.waitFor();
  assert.match(await alert.textContent(), /Share it as a file instead\./);
  assert.equal(await page.getByLabel('Link to this playbook').count(), 0, 'no link is offered');
  assert.deepEqual(errors, []);
  await context.close();
});
