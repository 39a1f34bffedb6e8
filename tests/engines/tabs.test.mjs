// Two tabs on one playbook: what one saves shows in the other, through the browser's storage
// events, and the library lists in both agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, by, createPlaybook, openPage } from './harness.mjs';

const app = appForThisFile();

test('a change saved in one tab shows up in the other, and so does a new copy', async (t) => {
  const page = await openPage(app, t);
  const { driver } = page;
  const path = await createPlaybook(page, { title: 'Shared plan', company: 'Acme' });
  const a = await driver.getWindowHandle();
  await driver.switchTo().newWindow('tab');
  const b = await driver.getWindowHandle();
  await page.goto(path);
  const company = by.region('Details') + by.field('Company');
  assert.equal(await page.value(company), 'Acme');

  await driver.switchTo().window(a);
  await page.fill(company, 'Acme Corporation');
  await page.until(async () => Object.values(await page.storedItems()).some((entry) => entry.includes('Acme Corporation')), 'the change to be stored');
  await driver.switchTo().window(b);
  await page.until(async () => (await page.value(company)) === 'Acme Corporation', 'the change to show in the other tab');

  // And back: a copy made in B is listed in A without a reload.
  await page.goto('/');
  await driver.switchTo().window(a);
  await page.goto('/');
  await driver.switchTo().window(b);
  await page.click(by.group('Actions for Shared plan') + by.button('Duplicate'));
  const titles = by.region('Playbooks in this browser') + '//h3';
  await page.until(async () => (await page.texts(titles)).length === 2, 'the copy in this tab');
  await driver.switchTo().window(a);
  await page.until(async () => (await page.texts(titles)).sort().join('\n') === 'Shared plan\nShared plan (copy)', 'the copy listed in the other tab');
  await page.close();
});
