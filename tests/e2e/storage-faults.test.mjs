// When the browser's storage refuses: blocked site data, and a full quota. The user is told
// plainly, the work stays on screen, and what was stored before is left as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, assertAccessible, createPlaybook, goto, openPage, storedItems } from './harness.mjs';

const app = appForThisFile();

/** As when a browser blocks site data: from the next page on, reading window.localStorage throws. */
function blockStorage(context) {
  return context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

test('blocked storage is explained and the app still works on screen', async () => {
  const { context, page } = await openPage(app);
  await blockStorage(context);
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

/** Fills the site's localStorage until the browser refuses even one more character. */
function fillToRefusal(page) {
  return page.evaluate(() => {
    let n = 0;
    for (const size of [256 * 1024, 4096, 64, 1]) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`filler/${n++}`, chunk);
      } catch {}
    }
    // Filler keys cost characters too: finish with one-letter keys and empty values.
    for (const letter of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      try {
        localStorage.setItem(`${letter}`, '');
      } catch {}
    }
  });
}

/** Characters of keys plus values, as browsers count them against the quota. */
function siteChars(page) {
  return page.evaluate(() => Object.entries(localStorage).reduce((sum, [key, value]) => sum + key.length + value.length, 0));
}

test('a change the full storage refused survives a reload, to be saved or discarded', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Kept through a reload', company: 'Acme' });
  await fillToRefusal(page);
  const filled = await storedItems(page);
  await page.getByLabel('Company').fill('Typed while full');
  await page.getByText("Not saved. The browser's storage for this site is full").waitFor();

  page.on('dialog', (dialog) => dialog.accept());
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Kept through a reload' }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Changes to “Kept through a reload” were not saved' }).waitFor();
  const recovered = page.getByRole('region', { name: 'Unsaved changes brought back' });
  await recovered.waitFor();
  assert.equal(await page.getByLabel('Company').inputValue(), 'Typed while full');
  assert.deepEqual(await storedItems(page), filled, 'nothing is written before the user chooses');
  await assertAccessible(page, 'a playbook with unsaved changes brought back');

  // Room again: saving them stores them, and a later reload shows them without asking.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler/')).forEach((k) => localStorage.removeItem(k)));
  await recovered.getByRole('button', { name: 'Save them' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved in this browser' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Kept through a reload' }).waitFor();
  assert.equal(await page.getByLabel('Company').inputValue(), 'Typed while full');
  assert.equal(await recovered.count(), 0);
  await context.close();
});

test('discarding a change brought back shows the stored version again', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Discarded on reload', company: 'Acme' });
  await fillToRefusal(page);
  await page.getByLabel('Company').fill('Not wanted after all');
  await page.getByText("Not saved. The browser's storage for this site is full").waitFor();
  page.on('dialog', (dialog) => dialog.accept());
  await page.reload();
  const recovered = page.getByRole('region', { name: 'Unsaved changes brought back' });
  await recovered.getByRole('button', { name: 'Discard them' }).click();
  await recovered.waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel('Company').inputValue(), 'Acme');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Discarded on reload' }).waitFor();
  assert.equal(await page.getByLabel('Company').inputValue(), 'Acme');
  assert.equal(await recovered.count(), 0);
  await context.close();
});

test('the room shown is counted as the browser counts it, up to where it refuses', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Counted' });
  await goto(page, app.url + '/');
  const room = page.getByRole('region', { name: 'Storage in this browser' });
  const used = await siteChars(page);
  assert.match(
    await room.textContent(),
    new RegExp(`This site keeps ${used.toLocaleString('en-US')} characters of the about 5\\.2 million characters this browser allows \\(1% used\\)\\.`),
  );

  await fillToRefusal(page);
  const full = await siteChars(page);
  assert.equal(full, 5 * 1024 * 1024, 'the browser refuses past the quota the app counts with');
  await goto(page, app.url + '/');
  assert.match(await room.textContent(), /This site keeps 5\.2 million characters of the about 5\.2 million characters this browser allows \(100% used\)\./);
  await context.close();
});

test('with storage blocked, what is on screen survives a reload of the tab', async () => {
  const { context, page } = await openPage(app);
  await blockStorage(context);
  await goto(page, app.url + '/');
  await createPlaybook(page, { title: 'Only on screen', company: 'Acme' });
  await page.getByLabel('Company').fill('Acme, typed while blocked');
  await page.getByText('Not saved. This browser does not let the app use its storage').waitFor();

  page.on('dialog', (dialog) => dialog.accept());
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Only on screen' }).waitFor();
  await page.getByRole('region', { name: 'Unsaved changes brought back' }).waitFor();
  assert.equal(await page.getByLabel('Company').inputValue(), 'Acme, typed while blocked');
  await context.close();
});
