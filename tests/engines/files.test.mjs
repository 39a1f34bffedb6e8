// A playbook leaves the browser as a downloaded file or a link and comes back into another
// browser through the file picker or the link, whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appForThisFile, by, createPlaybook, openPage, rate, startInterview } from './harness.mjs';

const app = appForThisFile();

/** Waits for a finished download named like `pattern`; returns its name and path. */
async function downloaded(page, pattern) {
  const folder = app.driver.downloads;
  const name = await page.until(() => readdirSync(folder).find((file) => pattern.test(file)), `a download named like ${pattern} in ${folder}`);
  const path = join(folder, name);
  // Written whole once it parses: the browser may still be writing a moment after it appears.
  await page.until(() => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      return false;
    }
  }, `${name} to be written`);
  return { name, path, text: readFileSync(path, 'utf8') };
}

test('an exported playbook is a real download that imports into another browser with the same content', async (t) => {
  const first = await openPage(app, t);
  const path = await createPlaybook(first, { title: 'Acme plan', company: 'Acme', author: 'Sam' });
  await startInterview(first, { executive: 'Dana Kim', role: 'CTO' });
  await first.fill(by.field('Notes'), 'Said on the record');
  await rate(first, 'Strong');
  await first.until(async () => Object.values(await first.storedItems()).some((entry) => entry.includes('Said on the record')), 'the notes to be stored');
  await first.goto(path);
  await first.click(by.button('Export as a file'));
  await first.find(by.status('to your downloads.'));
  const file = await downloaded(first, /^acme-plan-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(file.text);
  assert.equal(exported.format, 'devrel-playbook');
  assert.equal(exported.playbook.title, 'Acme plan');
  assert.equal(exported.playbook.assessments[0].answers['value-why'].notes, 'Said on the record');
  const details = async (page) => ({
    title: await page.value(by.region('Details') + by.field('Title')),
    company: await page.value(by.region('Details') + by.field('Company')),
    interviews: await page.texts(by.region('Executive buy-in') + '//h3[a]'),
  });
  const original = await details(first);
  assert.deepEqual(original, { title: 'Acme plan', company: 'Acme', interviews: ['Dana Kim'] });
  await first.close();

  const second = await openPage(app, t);
  const picker = await second.located(by.fileInput('Choose a playbook file'));
  await picker.sendKeys(file.path);
  const preview = by.group('In the file: “Acme plan”');
  assert.match(await second.text(preview), /Acme · 1 interview · last updated/);
  assert.deepEqual(await second.storedItems(), {}, 'nothing is stored before the user agrees');
  await second.click(preview + by.button('Add to my playbooks'));
  await second.find(by.heading('Acme plan'));
  assert.equal(await second.path(), path, 'the same playbook, under the same id');
  assert.deepEqual(await details(second), original);
  await second.click(by.link('Dana Kim'));
  await second.find(by.heading('Interview with Dana Kim'));
  assert.equal(await second.value(by.field('Notes')), 'Said on the record');
  assert.equal(await (await second.find(by.choice('radio', 'Strong —'))).isSelected(), true);
  await second.close();
});

test('a copied link carries the playbook into another browser, and a link cut short is refused', async (t) => {
  const first = await openPage(app, t);
  const path = await createPlaybook(first, { title: 'Linked plan', company: 'Acme' });
  await startInterview(first, { executive: 'Dana Kim', role: 'CTO' });
  await first.fill(by.field('Notes'), 'Said on the record, café');
  await rate(first, 'Strong');
  await first.until(async () => Object.values(await first.storedItems()).some((entry) => entry.includes('café')), 'the notes to be stored');
  await first.goto(path);
  await first.click(by.button('Copy a link'));
  // The clipboard may be refused to a browser under automation; the link is shown either way.
  const link = await first.until(async () => first.value(by.field('Link to this playbook')), 'the link');
  assert.ok(link.startsWith(`${app.url}/#playbook=`), link);
  await first.close();

  const second = await openPage(app, t);
  await second.goto(link);
  const preview = by.group('In the link: “Linked plan”');
  assert.match(await second.text(preview), /Acme · 1 interview · last updated/);
  assert.equal(new URL(await second.driver.getCurrentUrl()).hash, '', 'the playbook leaves the address bar');
  assert.deepEqual(await second.storedItems(), {}, 'nothing is stored before the user agrees');
  await second.click(preview + by.button('Add to my playbooks'));
  await second.find(by.heading('Linked plan'));
  assert.equal(await second.path(), path, 'the same playbook, under the same id');
  await second.click(by.link('Dana Kim'));
  await second.find(by.heading('Interview with Dana Kim'));
  assert.equal(await second.value(by.field('Notes')), 'Said on the record, café');

  const before = await second.storedItems();
  await second.goto(link.slice(0, Math.floor(link.length * 0.6)));
  assert.match(await second.text(by.alert('cannot be imported')), /This link does not hold a whole playbook/);
  assert.deepEqual(await second.storedItems(), before, 'storage as it was');
  await second.close();
});
