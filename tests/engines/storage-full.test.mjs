// A full store: the browser refuses the write, the user is told plainly, the work stays on
// screen, nothing stored is lost, and once there is room the next change saves it all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, by, createPlaybook, openPage } from './harness.mjs';

const app = appForThisFile();
const RENAMED = 'Acme Corporation, renamed while the storage is full';

test('a full store says so, keeps the work on screen, and loses nothing stored', async (t) => {
  const page = await openPage(app, t);
  await createPlaybook(page, { title: 'Saved before the store filled up', company: 'Acme' });
  const stored = await page.storedItems();
  const company = by.region('Details') + by.field('Company');

  // Fill the rest of the site's store, down to the last few characters, as the browser
  // itself refuses them (each engine counts its own way).
  const refusal = await page.driver.executeScript(`
    let n = 0, refusal = null;
    for (const size of [256 * 1024, 4096, 64, 1]) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem('filler/' + n++, chunk);
      } catch (error) {
        refusal = { name: error.name, code: error.code };
      }
    }
    return refusal;`);
  assert.deepEqual(refusal, { name: 'QuotaExceededError', code: 22 }, 'how the browser says it is full');
  const filled = await page.storedItems();

  await page.fill(company, RENAMED);
  // The wording may change; what matters is that the user reads that the storage is full.
  await page.find(`//*[@role='alert'][contains(., 'storage') and contains(., 'full')]`);
  await page.find(by.status('Not saved.'));
  assert.equal(await page.value(company), RENAMED, 'the work stays on screen');
  assert.deepEqual(await page.storedItems(), filled, 'nothing stored changed');
  for (const [key, value] of Object.entries(stored)) assert.equal(filled[key], value, `${key} is kept`);

  // Once there is room again, the next change saves everything on screen.
  await page.driver.executeScript("Object.keys(localStorage).filter((key) => key.startsWith('filler/')).forEach((key) => localStorage.removeItem(key));");
  await (await page.find(company)).sendKeys('!');
  await page.until(async () => Object.values(await page.storedItems()).some((entry) => entry.includes(`${RENAMED}!`)), 'the change to be stored');
  await page.find(by.status('Saved in this browser'));
  await page.reload();
  await page.find(by.heading('Saved before the store filled up'));
  assert.equal(await page.value(company), `${RENAMED}!`);
  await page.close();
});
