// The example playbook: a first-time user opens it to see a finished one, it is marked as an
// example everywhere, and it goes away like any other playbook.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, assertAccessible, goto, listedTitles, openPage } from './harness.mjs';

const app = appForThisFile();
const TITLE = 'Example: Nimbus Cloud developer program';

test('the example playbook shows each verdict, is marked, and can be deleted', async () => {
  const { context, page } = await openPage(app);
  await page.getByRole('button', { name: 'Open the example playbook' }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByText('This is an example, to show what a finished playbook looks like.').waitFor();
  await assertAccessible(page, 'the example playbook');

  await page.getByRole('link', { name: 'Compare executives side by side' }).click();
  const rows = await page.getByRole('table').getByRole('row').allTextContents();
  assert.match(rows[1], /Priya Shah.*They get it/);
  assert.match(rows[2], /Marcus Lee.*Middle ground/);
  assert.match(rows[3], /Ellen Brooks.*No clue/);

  await goto(page, app.url + '/');
  assert.deepEqual(await listedTitles(page), [`${TITLE} Example`]);
  assert.equal(await page.getByRole('button', { name: 'Open the example playbook' }).count(), 0, 'offered only once');
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByText('No playbooks yet').waitFor();
  await page.getByRole('button', { name: 'Open the example playbook' }).waitFor();
  await context.close();
});

test('an example the site answers wrongly for is refused with a message, and nothing is stored', async () => {
  const { context, page, errors } = await openPage(app);
  // A host that answers every unknown address with the app's page. (In the page itself: the
  // service worker answers from its cache, where a route cannot reach.)
  await page.evaluate(() => {
    const fetched = window.fetch;
    window.fetch = (address, ...rest) =>
      String(address).endsWith('/example.json')
        ? Promise.resolve(new Response('<!doctype html><title>DevRel Playbook</title>', { headers: { 'content-type': 'text/html' } }))
        : fetched(address, ...rest);
  });
  await page.getByRole('button', { name: 'Open the example playbook' }).click();
  const alert = page.getByRole('alert').getByText('The example could not be opened.');
  await alert.waitFor();
  assert.match(await alert.textContent(), /It is not valid JSON/);
  assert.deepEqual(await listedTitles(page), []);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  assert.deepEqual(errors, []);
  await context.close();
});
