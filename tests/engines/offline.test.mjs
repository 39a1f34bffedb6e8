// After one visit the app works with no server at all: the service worker serves the app, and
// the playbooks are in the browser already.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, by, createPlaybook, openPage } from './harness.mjs';

const app = appForThisFile();

test('with the server gone after a first visit, the app and its playbooks still load and save', async (t) => {
  const page = await openPage(app, t);
  const path = await createPlaybook(page, { title: 'On a plane', company: 'Acme' });
  await page.waitForServiceWorker();

  // As good as offline: nothing answers at the app's address any more.
  await app.server.close();
  const refused = await page.driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    fetch('/no-such-file-' + Math.random(), { cache: 'no-store' }).then(() => done(false), () => done(true));`);
  assert.equal(refused, true, 'the server no longer answers');

  await page.goto('/');
  assert.deepEqual(await page.texts(by.region('Playbooks in this browser') + '//h3'), ['On a plane']);
  await page.goto(path);
  const company = by.region('Details') + by.field('Company');
  await page.fill(company, 'Acme, edited offline');
  await page.until(async () => Object.values(await page.storedItems()).some((entry) => entry.includes('Acme, edited offline')), 'the change to be stored');
  await page.reload();
  await page.find(by.heading('On a plane'));
  assert.equal(await page.value(company), 'Acme, edited offline');
  await page.close();
});
