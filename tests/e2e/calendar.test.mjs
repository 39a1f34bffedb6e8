// The first 90 days in the report, and as a calendar file read back by an independent
// iCalendar parser (ical.js), the way a calendar app would import it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { appForThisFile, assertAccessible, openPage, shownDate } from './harness.mjs';

const app = appForThisFile();

const PHASES = ['Days 1–30: listen and map', 'Days 31–60: align and win', 'Days 61–90: commit and report'];

async function openExampleReport(page) {
  await page.getByRole('button', { name: 'Open the example playbook' }).click();
  await page.getByRole('heading', { level: 1, name: /^Example/ }).waitFor();
  await page.getByRole('link', { name: 'Read the report' }).click();
  const plan = page.getByRole('region', { name: 'First 90 days' });
  await plan.waitFor();
  return plan;
}

/** Clicks "Add to calendar" and reads the download: its name, and its events parsed. */
async function downloadCalendar(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to calendar' }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({
    event: new ICAL.Event(vevent),
    status: vevent.getFirstPropertyValue('status'),
  }));
  return { name: download.suggestedFilename(), text, calendar, events };
}

test('the report shows the plan by phase, and its calendar holds one event per task', async () => {
  const { context, page, errors } = await openPage(app);
  const plan = await openExampleReport(page);
  // The phases, then each goal's latest review.
  assert.deepEqual(await plan.getByRole('heading', { level: 3 }).allTextContents(), [...PHASES, 'Reviews']);
  await plan.getByText(/^The plan starts on .+: \d+ of \d+ tasks done, \d+ open, \d+ skipped\.$/).waitFor();
  const tasks = plan.getByRole('listitem').filter({ hasNot: page.getByText(/: (Latest review|No review yet)/) });
  const shown = await tasks.count();
  assert.ok(shown > 20, `${shown} tasks shown`);
  // A task the example's strategy proves done says so, and whose advice it is.
  const readGoals = tasks.filter({ hasText: 'Read the goals of everyone above you' });
  await readGoals.getByText(/Done: Company goals are written in the strategy\./).waitFor();
  await readGoals.getByText('From “Organizational alignment” by Angie Byron.').waitFor();
  const readGoalsDay = await readGoals.locator('strong').textContent();

  const first = await downloadCalendar(page);
  assert.equal(first.name, 'example-nimbus-cloud-developer-program-first-90-days.ics');
  assert.equal(first.calendar.getFirstPropertyValue('version'), '2.0');
  assert.equal(first.calendar.getFirstPropertyValue('method'), 'PUBLISH');
  assert.equal(
    first.calendar.getFirstPropertyValue('x-wr-calname'),
    'Example: Nimbus Cloud developer program: first 90 days',
  );
  // Lines end in CRLF and none is longer than 75 octets.
  assert.ok(!/[^\r]\n/.test(first.text), 'a line ends without CR');
  for (const line of first.text.split('\r\n')) {
    assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
  }
  assert.equal(first.events.length, shown);

  // The known task: its title, its day as the report shows it, a whole day, its credit.
  const found = first.events.filter(({ event }) => event.summary === 'Read the goals of everyone above you');
  assert.equal(found.length, 1);
  const [{ event, status }] = found;
  assert.equal(event.startDate.isDate, true);
  assert.equal(shownDate(event.startDate.toString()), readGoalsDay);
  assert.equal(event.endDate.toString(), event.startDate.clone().adjust(1, 0, 0, 0).toString());
  assert.match(event.description, /From “Organizational alignment” by Angie Byron\./);
  assert.match(event.description, /Done: Company goals are written in the strategy\./);
  assert.equal(status, 'CONFIRMED');
  // Commas in a title come back as typed.
  assert.ok(
    first.events.some(({ event }) => event.summary.startsWith('Priya Shah: Evangelise internally, so that support')),
    'the title with a comma is read back whole',
  );
  // Every title the report lists is an event.
  const titles = first.events.map(({ event }) => event.summary);
  for (const item of (await tasks.allTextContents()).slice(0, 5)) {
    assert.ok(titles.some((title) => item.includes(title)), `no event for “${item}”`);
  }

  const uids = first.events.map(({ event }) => event.uid);
  assert.equal(new Set(uids).size, uids.length, 'UIDs repeat');
  // Importing the file again updates the same events rather than adding copies.
  const second = await downloadCalendar(page);
  assert.equal(second.name, first.name);
  assert.deepEqual(second.events.map(({ event }) => event.uid), uids);

  await assertAccessible(page, 'the report with its plan');
  assert.deepEqual(errors, []);
  await context.close();
});
