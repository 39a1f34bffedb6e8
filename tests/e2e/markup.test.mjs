// Markup typed into any field stays text: on every screen it shows (no element is made of it,
// no script runs), in the Markdown report (escaped), in the CSV of the executives compared (a
// formula kept as text) and in the calendar file (one value of one event, read back whole by
// ical.js). A script that ran would also fail the test as a page error or an alert.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { appForThisFile, createPlaybook, goto, openPage, startInterview } from './harness.mjs';
import { addItem, inDays, region } from './strategy-helpers.mjs';

const app = appForThisFile();

const TITLE = '<img src=x onerror=alert(1)> **Plan** [x](javascript:alert(1))';
const EXECUTIVE = '<script>alert(1)</script> Ann & Co';
const ROLE = '=HYPERLINK("http://example.com","y")';
const NOTES = '<b>bold</b> **b** [l](javascript:alert(1)) &amp;\nBEGIN:VEVENT';
const PROBLEM = '<iframe src="javascript:alert(1)"></iframe> _it_ | pipe';
const TASK = 'Meet, then plan; a\\b <svg onload=alert(1)> END:VEVENT';

/** Elements or attributes that typed text would have made, had it been read as markup. */
function injected(page) {
  return page.evaluate(() => {
    const made = [...document.querySelectorAll('[onerror], [onload], img[src="x"], iframe, a[href^="javascript:"], #main b, #main u, #main script')];
    return made.map((element) => element.outerHTML);
  });
}

/** Downloads what `button` saves, as text, with its suggested name. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile(await file.path(), 'utf8');
}

test('markup typed into a title, a name, notes, a strategy item and a task stays text everywhere', async () => {
  const { context, page } = await openPage(app);
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  const playbook = await createPlaybook(page, { title: TITLE, company: '<u>Acme</u>' });
  await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();

  await startInterview(page, { executive: EXECUTIVE, role: ROLE, date: '2026-11-20' });
  await page.getByLabel('Notes').fill(NOTES);
  await page.getByRole('radio', { name: /^Strong —/ }).check();
  assert.deepEqual(await injected(page), [], 'on the interview');

  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  const problem = await addItem(region(page, 'Top problems'), 'Add a top problem', 'Top problem 1');
  await problem.getByLabel('Problem').fill(PROBLEM);
  assert.deepEqual(await injected(page), [], 'in the strategy');

  await goto(page, `${app.url}${playbook}/first-90-days`);
  const own = page.getByRole('form', { name: 'Add a task of your own' });
  await own.getByLabel('Task').fill(TASK);
  await own.getByLabel('Day').fill(inDays(3));
  await own.getByRole('button', { name: 'Add task' }).click();
  await page.getByText(TASK, { exact: true }).waitFor();
  assert.deepEqual(await injected(page), [], 'in the first 90 days');

  // Every screen that shows them shows the words as typed, and nothing made of them.
  await goto(page, app.url + playbook);
  await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
  await page.getByText(EXECUTIVE).first().waitFor();
  assert.deepEqual(await injected(page), [], 'on the playbook page');
  await goto(page, `${app.url}${playbook}/compare`);
  await page.getByRole('region', { name: 'Executives compared' }).getByText(EXECUTIVE).waitFor();
  assert.deepEqual(await injected(page), [], 'in the comparison');
  await goto(page, `${app.url}${playbook}/report`);
  const report = page.locator('#main');
  for (const typed of [TITLE, EXECUTIVE, ROLE, PROBLEM, TASK]) await report.getByText(typed).first().waitFor();
  assert.deepEqual(await injected(page), [], 'in the report');

  // The calendar: the title and the task come back whole, as one value of one event each.
  const ics = await download(page, 'Add to calendar');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), `${TITLE}: first 90 days`);
  const summaries = calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('summary'));
  assert.equal(summaries.filter((summary) => summary === TASK).length, 1, summaries.join('\n'));
  assert.equal(ics.split('\r\n').filter((line) => line === 'BEGIN:VEVENT').length, summaries.length);
  assert.ok(ics.includes('Meet\\, then plan\\; a\\\\b <svg onload=alert(1)> END:VEVENT'), 'the task escaped as RFC 5545 asks');

  // The Markdown report: each typed text escaped, so that it reads as typed.
  await goto(page, app.url + playbook);
  const markdown = await download(page, 'Download the report as Markdown');
  assert.match(markdown, /^# \\<img src=x onerror=alert\(1\)\\> \\\*\\\*Plan\\\*\\\* \\\[x\\\]\(javascript:alert\(1\)\)$/m);
  assert.ok(markdown.includes('### \\<script\\>alert(1)\\</script\\> Ann \\& Co\n'), 'the executive escaped');
  assert.ok(markdown.includes('> \\<b\\>bold\\</b\\> \\*\\*b\\*\\* \\[l\\](javascript:alert(1)) \\&amp;\n>\n> BEGIN:VEVENT\n'), 'the notes escaped');
  assert.ok(markdown.includes('\\<iframe src="javascript:alert(1)"\\>\\</iframe\\> \\_it\\_ \\| pipe'), 'the problem escaped');
  assert.ok(markdown.includes('Meet, then plan; a\\\\b \\<svg onload=alert(1)\\> END:VEVENT'), 'the task escaped');
  for (const tag of ['<img', '<script', '<b>', '<iframe', '<svg', '<u>']) {
    assert.equal(markdown.split(tag).length, markdown.split(`\\${tag}`).length, `${tag} unescaped in the Markdown`);
  }

  // The CSV: the name as typed, and the role that a spreadsheet would run kept as text.
  const csv = await download(page, 'Download the executives compared as CSV');
  const rows = parse(csv, { bom: true, columns: true });
  assert.deepEqual(
    rows.map((row) => [row.Executive, row.Role]),
    [[EXECUTIVE, `'${ROLE}`]],
  );

  assert.deepEqual(dialogs, [], 'a script ran');
  await context.close();
});

test('line breaks and calendar properties in a file’s text stay inside their event in the calendar', async () => {
  const { context, page } = await openPage(app);
  const fixture = JSON.parse(await readFile('tests/fixtures/playbook-v3.json', 'utf8'));
  const injection = '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nDTSTART:19700101';
  fixture.title = `Imported${injection}`;
  const own = fixture.onboarding.tasks.find((task) => task.task.startsWith('own/'));
  own.title = `Docs team; <b>again</b>${injection}`;
  await page.getByLabel('Choose a playbook file').setInputFiles({ name: 'marked.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fixture)) });
  await page.getByRole('group', { name: /^In the file: “Imported/ }).getByRole('button', { name: 'Add to my playbooks' }).click();
  await page.getByRole('heading', { level: 1, name: /^Imported/ }).waitFor();
  await page.getByRole('link', { name: 'Read the report' }).click();
  await page.getByRole('region', { name: 'First 90 days' }).waitFor();
  assert.deepEqual(await injected(page), [], 'in the report');
  const ics = await download(page, 'Add to calendar');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const read = (text) => text.replaceAll('\r\n', '\n');
  // ical.js knows no type for this extension property, so hands over its value as written.
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), `${fixture.title.replaceAll('\r\n', '\\n')}: first 90 days`);
  const events = calendar.getAllSubcomponents('vevent');
  const summaries = events.map((event) => event.getFirstPropertyValue('summary'));
  assert.ok(summaries.includes(read(own.title)), summaries.join('\n'));
  assert.ok(!summaries.includes('injected'));
  assert.equal(ics.split('\r\n').filter((line) => line === 'BEGIN:VEVENT').length, events.length);
  assert.ok(events.every((event) => event.getAllProperties('dtstart').length === 1 && event.getFirstPropertyValue('dtstart').year > 2000));
  await context.close();
});
