// When the browser's storage refuses: blocked site data, and a full quota. The user is told
// plainly, the work stays on screen, and what was stored before is left as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, createPlaybook, goto, openPage, storedItems } from './harness.mjs';

const app = appForThisFile();

test('blocked storage is explained and the app still works on screen', async () => {
  const { context, page } = await openPage(app);
  // As when a browser blocks site data: reading window.localStorage throws.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await goto(page, app.url + '/');
  await page.getByRole('alert').filter({ hasText: 'does not let the app use its storage' }).first().waitFor();

  await createPlaybook(page, { title: 'Kept on screen' });
  await page.getByText('Not saved. This browser does not let the app use its storage').waitFor();
  await page.getByLabel('Company').fill('Still typing');
  assert.equal(await page.getByLabel('Company').inputValue(), 'Still typing');
  await context.close();
});

test('a full quota says so, keeps the work on screen, and leaves stored data as it was', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Saved before the quota ran out', company: 'Acme' });
  const stored = await storedItems(page);

  // Fill the rest of the origin's quota, down to the last few bytes.
  await page.evaluate(() => {
    let n = 0;
    for (const size of [256 * 1024, 4096, 64, 1]) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`filler/${n++}`, chunk);
      } catch {}
    }
  });
  const filled = await storedItems(page);

  await page.getByLabel('Company').fill('Acme Corporation, renamed while the storage is full');
  await page.getByRole('alert').filter({ hasText: 'storage for this site is full' }).waitFor();
  await page.getByText('Not saved. The browser\'s storage for this site is full').waitFor();
  assert.equal(await page.getByLabel('Company').inputValue(), 'Acme Corporation, renamed while the storage is full');
  assert.deepEqual(await storedItems(page), filled, 'nothing stored changed');
  for (const [key, value] of Object.entries(stored)) assert.equal(filled[key], value);

  // Once there is room again, the next change saves everything on screen.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler/')).forEach((k) => localStorage.removeItem(k)));
  await page.getByLabel('Company').press('End');
  await page.getByLabel('Company').pressSequentially('!');
  await page.getByRole('status').filter({ hasText: 'Saved in this browser' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Saved before the quota ran out' }).waitFor();
  assert.equal(await page.getByLabel('Company').inputValue(), 'Acme Corporation, renamed while the storage is full!');
  await context.close();
});

test('a write the browser silently drops is caught by reading it back', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Silently dropped' });
  const stored = await storedItems(page);
  // As some private modes do: setItem returns without error but keeps nothing.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {};
  });
  await page.getByLabel('Company').fill('Never stored');
  await page.getByText('Not saved. The browser could not save the change: the browser did not keep the change').waitFor();
  assert.equal(await page.getByLabel('Company').inputValue(), 'Never stored', 'the work stays on screen');
  assert.deepEqual(await storedItems(page), stored);
  await context.close();
});
