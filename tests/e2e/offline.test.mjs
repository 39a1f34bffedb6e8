// After one visit the app works with the network off: the service worker serves the app, and
// the playbooks are in the browser already. The app can also be installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, createPlaybook, goto, listedTitles, openPage } from './harness.mjs';

const app = appForThisFile();

async function waitForOfflineCache(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

test('with the network off after a first visit, the app and its playbooks still load', async () => {
  const { context, page, errors } = await openPage(app);
  const path = await createPlaybook(page, { title: 'On a plane', company: 'Acme' });
  await waitForOfflineCache(page);

  await context.setOffline(true);
  await goto(page, app.url + '/');
  assert.deepEqual(await listedTitles(page), ['On a plane']);
  await goto(page, app.url + path);
  await page.getByLabel('Company').fill('Acme, edited offline');
  await page.getByRole('status').filter({ hasText: 'Saved in this browser' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'On a plane' }).waitFor();
  assert.equal(await page.getByLabel('Company').inputValue(), 'Acme, edited offline');
  await context.setOffline(false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('offline, the published schemas are served as themselves, not as the app', async () => {
  const { context, page } = await openPage(app);
  await waitForOfflineCache(page);
  await context.setOffline(true);
  for (const name of ['playbook', 'library']) {
    const response = await page.goto(`${app.url}/${name}.schema.json`);
    assert.match(response.headers()['content-type'] ?? '', /json/);
    const schema = JSON.parse(await page.evaluate(() => document.body.innerText));
    assert.match(schema.$schema, /json-schema\.org/, `${name}.schema.json offline`);
  }
  await goto(page, app.url + '/no/such/page');
  await page.getByRole('heading', { level: 1, name: /not found/i }).waitFor();
  await context.setOffline(false);
  await context.close();
});

test('offline, the interview guide opens as its own page and reads whom it is for from its address', async () => {
  const { context, page, errors } = await openPage(app);
  await waitForOfflineCache(page);
  await context.setOffline(true);
  await goto(page, `${app.url}/interview-guide.html#playbook=On+a+plane&executive=Ravi+Rao&role=CTO`);
  await page.getByRole('heading', { level: 1, name: 'Interview guide' }).waitFor();
  await page.locator('.guide-facts').getByText('Ravi Rao', { exact: true }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 3 }).count(), 15);
  await context.setOffline(false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the app can be installed: a manifest with a name, start address and icon', async () => {
  const { context, page } = await openPage(app);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(app.url + href)).json();
  assert.equal(manifest.name, 'DevRel Playbook');
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.display, 'standalone');
  const icon = await page.request.get(app.url + manifest.icons[0].src);
  assert.equal(icon.status(), 200);
  assert.match(await icon.text(), /^<svg/);
  await context.close();
});

test('search engines are answered at /robots.txt with rules, not with the app page', async () => {
  const { context, page } = await openPage(app);
  const response = await page.request.get(app.url + '/robots.txt');
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^text\/plain/);
  assert.match(await response.text(), /^User-agent: \*$/m);
  await context.close();
});
