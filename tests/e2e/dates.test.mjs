// Every date on screen is written one way, the user's locale's: here a German browser, where
// the 10th of March is "10.03.2026", never "2026-03-10", "10 March 2026" or "Mar 10, 2026".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, goto, openPage, rateAll, shownDate, startInterview } from './harness.mjs';

const app = appForThisFile();
const LOCALE = 'de-DE';
const TIME_ZONE = 'Europe/Berlin';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const SHORT_MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
// The other styles a date has been written in: ISO, spelt out in English, US short, US numeric.
const FOREIGN_STYLES = [
  /\b\d{4}-\d{2}-\d{2}\b/,
  new RegExp(`\\b\\d{1,2} ${MONTH} \\d{4}\\b`),
  new RegExp(`\\b${SHORT_MONTH} \\d{1,2}, \\d{4}\\b`),
  /\b\d{2}\/\d{2}\/\d{4}\b/,
];

/** Fails if the page's content writes a date in any style but the user's. */
async function assertOneDateStyle(page, screen) {
  const text = await page.locator('main').innerText();
  for (const style of FOREIGN_STYLES) {
    const found = text.match(style);
    assert.equal(found, null, `${screen} writes “${found?.[0]}” in another style than the locale's`);
  }
}

test('dates on every screen follow the locale of the browser', async () => {
  const { context, page } = await openPage(app, '/', { locale: LOCALE, timeZone: TIME_ZONE });
  await page.getByRole('region', { name: 'Start a playbook' }).getByLabel('Title').fill('Daten');
  await page.getByRole('button', { name: 'Create playbook' }).click();
  await page.getByRole('heading', { level: 1, name: 'Daten' }).waitFor();
  const playbook = new URL(page.url()).pathname;

  const interview = await startInterview(page, { executive: 'Lena Vogel', role: 'CTO', date: '2026-03-10' });
  await rateAll(page, 'Partial');
  await goto(page, app.url + playbook);
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Lena Vogel', exact: true }) }).first();
  // Held more than a quarter ago, the row also says the executive is due to be interviewed again.
  assert.equal(await row.getByText(/^CTO · /).textContent(), `CTO · ${shownDate('2026-03-10', LOCALE)}`);
  await assertOneDateStyle(page, 'the playbook page');

  await page.getByRole('group', { name: 'Actions for the interview with Lena Vogel' }).getByRole('button', { name: 'Interview again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Interview with Lena Vogel' }).waitFor();
  const again = new URL(page.url()).pathname;
  assert.notEqual(again, interview);
  await goto(page, `${app.url}${again}/verdict`);
  await page.getByRole('heading', { level: 2, name: `Since the interview of ${shownDate('2026-03-10', LOCALE)}`, exact: true }).waitFor();
  await assertOneDateStyle(page, 'the verdict of a repeat interview');

  await goto(page, `${app.url}${playbook}/compare`);
  await page.getByRole('checkbox', { name: 'Show every interview' }).check();
  const cells = await page.getByRole('table').getByRole('row').allInnerTexts();
  assert.ok(cells.some((cells) => cells.includes(shownDate('2026-03-10', LOCALE))), cells.join('\n'));
  await assertOneDateStyle(page, 'the comparison');

  // A SMART goal's deadline, in its sentence on the wizard and in the report.
  await goto(page, `${app.url}${playbook}/strategy/smart-goals`);
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const goal = page.getByRole('group', { name: 'Goal 1', exact: true });
  await goal.getByLabel('By', { exact: true }).fill('2027-05-24');
  await goal.locator('.sentence').getByText(shownDate('2027-05-24', LOCALE)).waitFor();
  // A milestone due after the deadline: the SMART check and what the step lacks name the deadline.
  await goal.getByRole('button', { name: 'Add a milestone' }).click();
  await goal.getByRole('group', { name: 'Milestone 1', exact: true }).getByLabel('Due').fill('2027-06-30');
  await goal.getByRole('list', { name: 'SMART check' }).getByText(`on or before the deadline (${shownDate('2027-05-24', LOCALE)})`, { exact: false }).waitFor();
  await page.getByRole('region', { name: 'Still missing in this step' }).getByText(`on or before the deadline (${shownDate('2027-05-24', LOCALE)})`, { exact: false }).waitFor();
  await assertOneDateStyle(page, 'the SMART goals step');

  await goto(page, `${app.url}${playbook}/report`);
  const sentence = await page.locator('.goal-report .sentence').textContent();
  assert.match(sentence, new RegExp(` by ${shownDate('2027-05-24', LOCALE).replaceAll('.', '\\.')}\\. `));
  await assertOneDateStyle(page, 'the report');

  await goto(page, app.url + '/');
  const updated = await page.getByRole('region', { name: 'Playbooks in this browser' }).locator('.meta').first().textContent();
  const today = new Date().toLocaleDateString(LOCALE, { dateStyle: 'medium', timeZone: TIME_ZONE });
  assert.ok(updated.includes(`Updated ${today}`), updated);
  await assertOneDateStyle(page, 'the home page');
  await context.close();
});

test('the example playbook shows its dates in the locale of the browser on every screen', async () => {
  const { context, page } = await openPage(app, '/', { locale: LOCALE, timeZone: TIME_ZONE });
  await page.getByRole('button', { name: 'Open the example playbook' }).click();
  await page.getByRole('heading', { level: 1, name: /^Example/ }).waitFor();
  const playbook = new URL(page.url()).pathname;
  await assertOneDateStyle(page, 'the example playbook');
  const interview = await page.getByRole('link', { name: 'Continue interview' }).first().getAttribute('href');
  for (const [screen, path] of [
    ['the verdict', `${interview}/verdict`],
    ['the comparison', `${playbook}/compare`],
    ['the report', `${playbook}/report`],
    ['the SMART goals step', `${playbook}/strategy/smart-goals`],
    ['the communication step', `${playbook}/strategy/communication`],
  ]) {
    await goto(page, app.url + path);
    await assertOneDateStyle(page, screen);
  }
  await context.close();
});
