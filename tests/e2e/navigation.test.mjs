// Links are plain `<a href>`s that the router follows inside the page, and the header's main
// navigation marks the page shown, and only that one, as the current page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, createPlaybook, openPage } from './harness.mjs';

const app = appForThisFile();

/** The names of the links marked as the current page, anywhere on it. */
function currentLinks(page) {
  return page.locator('a[aria-current]').evaluateAll((links) => links.map((link) => `${link.textContent} (${link.getAttribute('aria-current')})`));
}

test('the header marks the page shown, and links are followed without loading the page again', async () => {
  const { context, page } = await openPage(app);
  const main = page.getByRole('navigation', { name: 'Main' });
  assert.deepEqual(await currentLinks(page), ['Playbooks (page)']);
  // A page loaded again would lose this.
  await page.evaluate(() => (window.sameDocument = true));

  await main.getByRole('link', { name: 'About' }).click();
  await page.getByRole('heading', { level: 1, name: 'About DevRel Playbook' }).waitFor();
  assert.deepEqual(await currentLinks(page), ['About (page)']);

  await main.getByRole('link', { name: 'Playbooks' }).click();
  await createPlaybook(page, { title: 'Links' });
  // Neither page of the navigation is shown; the breadcrumb's link to the playbooks is not
  // the current page either.
  assert.deepEqual(await currentLinks(page), []);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Playbooks' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your playbooks' }).waitFor();
  assert.deepEqual(await currentLinks(page), ['Playbooks (page)']);

  await page.getByRole('link', { name: 'Links' }).click();
  await page.getByRole('heading', { level: 1, name: 'Links' }).waitFor();
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'every link was followed in the page');

  // Back and forward move between the pages the links led to.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Your playbooks' }).waitFor();
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Links' }).waitFor();
  assert.equal(await page.evaluate(() => window.sameDocument), true);
  await context.close();
});
