// A first visit: the empty library, the example playbook with its three verdicts, and the
// comparison of its executives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, by, openPage } from './harness.mjs';

const app = appForThisFile();
const TITLE = 'Example: Nimbus Cloud developer program';

test('a first visit finds an empty library and opens the example with its three verdicts', async (t) => {
  const page = await openPage(app, t);
  await page.find(by.heading('Your playbooks'));
  await page.find(by.text('No playbooks yet.'));
  assert.deepEqual(await page.storedItems(), {});

  await page.click(by.button('Open the example playbook'));
  await page.find(by.heading(TITLE));
  await page.find(by.text('This is an example, to show what a finished playbook looks like.'));
  await page.click(by.link('Compare executives side by side'));
  await page.find(by.heading('Compare executives'));
  const rows = await page.texts('//main//table//tr');
  assert.match(rows[1], /Priya Shah.*They get it/s);
  assert.match(rows[2], /Marcus Lee.*Middle ground/s);
  assert.match(rows[3], /Ellen Brooks.*No clue/s);

  await page.goto('/');
  const library = by.region('Playbooks in this browser');
  assert.deepEqual(await page.texts(library + '//h3'), [`${TITLE} Example`]);
  assert.equal(await page.count(by.button('Open the example playbook')), 0, 'offered only once');
  await page.close();
});
