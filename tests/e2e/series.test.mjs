// An executive interviewed again over time is one person everywhere: on the playbook page, in
// the comparison, in the report and its Markdown, and in a file shared with names replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { appForThisFile, assertAccessible, createPlaybook, goto, openPage, rateAll, shownDate, startInterview } from './harness.mjs';

const app = appForThisFile();

// 20:00 in UTC is already the next morning in the user's zone (Tokyo, see the harness).
const NOW = new Date('2026-11-25T20:00:00Z');
const TODAY_WHERE_THE_USER_IS = '2026-11-26';
// Screens write dates in the user's locale; files and the Markdown report in ISO 8601.
const FIRST = '2026-09-01';
const trend = (date) => `Better: from Middle ground (50%) on ${date(FIRST)} to They get it (100%) on ${date(TODAY_WHERE_THE_USER_IS)}.`;
const TREND_SHOWN = trend(shownDate);
const TREND_IN_FILES = trend((iso) => iso);
const TODAY_SHOWN = shownDate(TODAY_WHERE_THE_USER_IS);
const FIRST_SHOWN = shownDate(FIRST);

/** A user whose clock reads `NOW`. */
async function openPageAtNow() {
  const opened = await openPage(app);
  await opened.page.clock.setFixedTime(NOW);
  await opened.page.reload();
  await opened.page.locator('#main h1').first().waitFor();
  return opened;
}

/** Ravi Rao interviewed on 2026-09-01 (Middle ground) and again today (They get it). */
async function interviewRaviTwice(page, title) {
  const playbook = await createPlaybook(page, { title });
  await startInterview(page, { executive: 'Ravi Rao', role: 'CFO', date: '2026-09-01' });
  await rateAll(page, 'Partial');
  await goto(page, app.url + playbook);
  await page.getByRole('group', { name: 'Actions for the interview with Ravi Rao' }).getByRole('button', { name: 'Interview again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Interview with Ravi Rao' }).waitFor();
  await rateAll(page, 'Strong');
  await goto(page, app.url + playbook);
  return playbook;
}

/** Ravi Rao twice, then Ada Strong once. */
async function twoExecutives(page, title) {
  const playbook = await interviewRaviTwice(page, title);
  await startInterview(page, { executive: 'Ada Strong', role: 'CTO', date: '2026-10-01' });
  await rateAll(page, 'Strong');
  await goto(page, app.url + playbook);
  return playbook;
}

test('an interview taken again is dated today where the user is, and the date can be changed', async () => {
  const { context, page, errors } = await openPageAtNow();
  await createPlaybook(page, { title: 'Dated follow-up' });
  const playbook = new URL(page.url()).pathname;
  await startInterview(page, { executive: 'Ravi Rao', date: '2026-09-01' });
  await goto(page, app.url + playbook);
  await page.getByRole('group', { name: 'Actions for the interview with Ravi Rao' }).getByRole('button', { name: 'Interview again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Interview with Ravi Rao' }).waitFor();
  await page.getByText('Executive and interview details').click();
  const date = page.getByLabel('Interview date');
  assert.equal(await date.inputValue(), TODAY_WHERE_THE_USER_IS);

  await date.fill('2026-11-20');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Interview with Ravi Rao' }).waitFor();
  assert.equal(await page.getByLabel('Interview date').inputValue(), '2026-11-20');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the playbook page lists an executive interviewed twice once, latest verdict first, history one click away', async () => {
  const { context, page, errors } = await openPageAtNow();
  await interviewRaviTwice(page, 'One executive');
  const buyin = page.getByRole('region', { name: 'Executive buy-in' });
  const entries = buyin.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  assert.equal(await entries.count(), 1, 'one entry for the executive');
  const ravi = entries.first();
  assert.equal(await ravi.getByRole('heading', { level: 3 }).textContent(), 'Ravi Rao');
  await ravi.getByText(`CFO · ${TODAY_SHOWN}`).waitFor();
  await ravi.getByText('They get it', { exact: true }).waitFor();
  const entry = await ravi.textContent();
  assert.ok(entry.indexOf('They get it') < entry.indexOf('1 earlier interview'), `the latest verdict comes first: ${entry}`);

  // The earlier interview and the trend are behind one click.
  const earlier = ravi.getByText('1 earlier interview');
  await earlier.click();
  await ravi.getByText(TREND_SHOWN).waitFor();
  assert.equal(await ravi.getByRole('listitem').first().textContent(), `${FIRST_SHOWN}: Middle ground (50%) Delete`);
  await assertAccessible(page, 'the playbook page with an executive interviewed twice');
  await ravi.getByRole('link', { name: FIRST_SHOWN }).click();
  await page.getByRole('heading', { level: 1, name: 'Ravi Rao: Middle ground' }).waitFor();
  await page.getByText('This is an earlier interview of Ravi Rao.').waitFor();
  await page.getByRole('link', { name: `the latest, of ${TODAY_SHOWN}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Ravi Rao: They get it' }).waitFor();
  assert.equal(await page.getByText('This is an earlier interview').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an earlier interview is deleted from the history with an undo, and the executive stays one entry', async () => {
  const { context, page, errors } = await openPageAtNow();
  const playbook = await createPlaybook(page, { title: 'Three rounds' });
  await startInterview(page, { executive: 'Ravi Rao', date: '2026-09-01' });
  const again = async () => {
    await goto(page, app.url + playbook);
    await page.getByRole('group', { name: 'Actions for the interview with Ravi Rao' }).getByRole('button', { name: 'Interview again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Interview with Ravi Rao' }).waitFor();
  };
  await again();
  await page.getByText('Executive and interview details').click();
  await page.getByLabel('Interview date').fill('2026-10-01');
  await again();
  await goto(page, app.url + playbook);

  const buyin = page.getByRole('region', { name: 'Executive buy-in' });
  const entries = buyin.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  assert.equal(await entries.count(), 1);
  await buyin.getByText('2 earlier interviews').click();
  await buyin.getByRole('button', { name: `Delete the interview of ${shownDate('2026-10-01')}` }).click();
  await page.getByRole('status').getByText('Deleted the interview with Ravi Rao.').waitFor();
  await buyin.getByText('1 earlier interview', { exact: true }).waitFor();
  assert.equal(await entries.count(), 1, 'the first and the latest interview are still one executive');

  await page.getByRole('button', { name: 'Undo' }).click();
  await buyin.getByText('2 earlier interviews').waitFor();
  await page.reload();
  await buyin.getByText('2 earlier interviews').waitFor();
  assert.equal(await entries.count(), 1);
  await buyin.getByText('2 earlier interviews').click();
  await buyin.getByRole('link', { name: shownDate('2026-10-01') }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the comparison shows each executive by their latest interview, and every interview on demand', async () => {
  const { context, page } = await openPageAtNow();
  await twoExecutives(page, 'Compared over time');
  await page.getByRole('link', { name: 'Compare executives side by side' }).click();
  await page.getByRole('heading', { level: 1, name: 'Compare executives' }).waitFor();
  const table = page.getByRole('region', { name: 'Executives compared' });
  const rows = async () => (await table.getByRole('row').allTextContents()).slice(1);
  const latest = await rows();
  assert.equal(latest.length, 2, latest.join('\n'));
  assert.match(latest[0], new RegExp(`^Ravi Rao.*CFO.*${TODAY_SHOWN}.*They get it \\(100%\\)`));
  assert.match(latest[1], /^Ada Strong.*CTO/);
  assert.equal(await page.locator('svg title').count(), 10);
  await page.getByText('Each executive by their latest interview; 1 earlier interview not shown.').waitFor();

  await page.getByRole('checkbox', { name: 'Show every interview' }).check();
  const every = await rows();
  assert.equal(every.length, 3, every.join('\n'));
  assert.match(every[0], new RegExp(`^Ravi Rao.*${FIRST_SHOWN}.*Middle ground \\(50%\\)`));
  assert.match(every[1], new RegExp(`^Ravi Rao.*${TODAY_SHOWN}.*They get it \\(100%\\)`));
  const bars = await page.locator('svg title').allTextContents();
  assert.equal(bars.length, 15);
  assert.ok(bars.includes(`Ravi Rao, ${FIRST_SHOWN}, Advocacy: 50%`), bars.join('\n'));
  await assertAccessible(page, 'the comparison of every interview');

  await page.getByRole('checkbox', { name: 'Show every interview' }).uncheck();
  assert.equal((await rows()).length, 2);
  await context.close();
});

test('the report and its Markdown show an executive once, with the change over time', async () => {
  const { context, page, errors } = await openPageAtNow();
  const playbook = await twoExecutives(page, 'Reported over time');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the report as Markdown' }).click(),
  ]);
  const markdown = await readFile(await download.path(), 'utf8');
  assert.equal(markdown.match(/^### Ravi Rao$/gm)?.length, 1, markdown);
  assert.equal(markdown.match(/^\| Ravi Rao \|/gm)?.length, 1, 'one row in the table');
  assert.ok(markdown.includes(`**Over time:** 2 interviews. ${TREND_IN_FILES}`), markdown);
  assert.match(markdown, /^\| 2026-09-01 \| Middle ground \(50%\) \| 50% \|/m);

  await goto(page, `${app.url}${playbook}/report`);
  const buyin = page.getByRole('region', { name: 'Executive buy-in' });
  assert.deepEqual(await buyin.getByRole('heading', { level: 3 }).allTextContents(), ['Ravi Rao (CFO)', 'Ada Strong (CTO)']);
  assert.equal((await buyin.getByRole('region', { name: 'Executives compared' }).getByRole('row').allTextContents()).length, 3);
  await buyin.getByText(`2 interviews. ${TREND_SHOWN}`).waitFor();
  const history = buyin.getByRole('region', { name: 'Interviews of Ravi Rao over time' });
  const rows = (await history.getByRole('row').allTextContents()).slice(1);
  assert.ok(rows[0].startsWith(`${FIRST_SHOWN}Middle ground (50%)50%`), rows[0]);
  assert.ok(rows[1].startsWith(`${TODAY_SHOWN}They get it (100%)100%`), rows[1]);
  await buyin.getByText('Verdict: They get it.').first().waitFor();
  assert.equal(await buyin.getByText('Verdict: Middle ground.').count(), 0, 'the verdict shown is the latest');
  await assertAccessible(page, 'the report with an executive interviewed twice');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file shared with names replaced gives each executive one alias', async () => {
  const { context, page } = await openPageAtNow();
  await twoExecutives(page, 'Shared anonymously');
  await page.getByRole('checkbox', { name: /Replace executives' names/ }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as a file' }).click()]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  const names = file.playbook.assessments.map((assessment) => [assessment.role, assessment.interview_date, assessment.executive]);
  names.sort();
  assert.deepEqual(names, [
    ['CFO', '2026-09-01', 'Executive 1'],
    ['CFO', TODAY_WHERE_THE_USER_IS, 'Executive 1'],
    ['CTO', '2026-10-01', 'Executive 2'],
  ]);
  await context.close();
});

test('the executives compared download as CSV for a spreadsheet, one row per interview, names replaced if chosen', async () => {
  const { context, page } = await openPageAtNow();
  await twoExecutives(page, 'Compared <b>in a sheet</b>');
  const download = async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the executives compared as CSV' }).click(),
    ]);
    const text = await readFile(await file.path(), 'utf8');
    // Read by a parser of its own, as RFC 4180 has it.
    return { name: file.suggestedFilename(), rows: parse(text, { bom: true, columns: true, relax_column_count: false }) };
  };
  const { name, rows } = await download();
  assert.equal(name, `compared-b-in-a-sheet-b-executives-${TODAY_WHERE_THE_USER_IS}.csv`);
  await page.getByText(`Saved “${name}” to your downloads.`).waitFor();
  assert.deepEqual(
    rows.map((row) => [row.Executive, row.Role, row.Interviewed, row.Verdict, row['Overall score'], row.Advocacy, row['Warning signs heard']]),
    [
      ['Ravi Rao', 'CFO', '2026-09-01', 'Middle ground', '50', '50', ''],
      ['Ravi Rao', 'CFO', TODAY_WHERE_THE_USER_IS, 'They get it', '100', '100', ''],
      ['Ada Strong', 'CTO', '2026-10-01', 'They get it', '100', '100', ''],
    ],
  );
  assert.deepEqual(Object.keys(rows[0]), ['Executive', 'Role', 'Interviewed', 'Verdict', 'Overall score', 'Overall value', 'Success factors', 'Teamwork', 'Communication', 'Advocacy', 'Warning signs heard']);

  await page.getByRole('checkbox', { name: /Replace executives' names/ }).check();
  const hidden = await download();
  assert.deepEqual(hidden.rows.map((row) => row.Executive), ['Executive 1', 'Executive 1', 'Executive 2']);
  await context.close();
});

test('a comparison of hundreds of executives draws the first hundred, and the rest a hundred at a time', async () => {
  const { context, page } = await openPage(app);
  const hex = (n) => n.toString(16).padStart(32, '0');
  const at = '2026-11-20T09:00:00Z';
  const assessments = Array.from({ length: 230 }, (_, n) => ({
    id: hex(1000 + n),
    executive: `Executive ${n + 1}`,
    role: 'VP',
    interview_date: '2026-11-20',
    answers: { 'value-why': { notes: '', private: false, rating: 'strong', signs: [] } },
    created_at: at,
    updated_at: at,
  }));
  const file = { format: 'devrel-playbook', version: 3, playbook: { schema_version: 3, id: hex(1), title: 'Many executives', created_at: at, updated_at: at, assessments } };
  await page.getByLabel('Choose a playbook file').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('group', { name: 'In the file: “Many executives”' }).getByRole('button', { name: 'Add to my playbooks' }).click();
  await page.getByRole('link', { name: 'Compare executives side by side' }).click();
  await page.getByRole('heading', { level: 1, name: 'Compare executives' }).waitFor();
  const table = page.getByRole('region', { name: 'Executives compared' });
  const shown = async () => (await table.getByRole('row').count()) - 1;
  assert.equal(await shown(), 100);
  assert.equal(await page.locator('svg .chart-label').count(), 100, 'the chart draws the rows the table shows');
  await page.getByText('100 of 230 shown.').waitFor();
  await page.getByRole('button', { name: 'Show 100 more' }).click();
  await page.getByText('200 of 230 shown.').waitFor();
  assert.equal(await shown(), 200);
  await page.getByRole('button', { name: 'Show 30 more' }).click();
  await table.getByRole('row', { name: /^Executive 230 / }).waitFor();
  assert.equal(await shown(), 230);
  assert.equal(await page.getByRole('button', { name: /^Show \d+ more$/ }).count(), 0);
  await context.close();
});
