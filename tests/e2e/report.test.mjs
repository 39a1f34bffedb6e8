// The report a manager reads: on screen, as Markdown, and printed to PDF by Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { appForThisFile, assertAccessible, createPlaybook, goto, openPage } from './harness.mjs';

const app = appForThisFile();

const STEP_TITLES = [
  '1. Company goals and top problems',
  '2. Community basics',
  '3. Program objectives',
  '4. Journey and personas',
  '5. Cross-functional buddies',
  '6. Programs and campaigns',
  '7. Activities on the customer journey',
  '8. SMART goals',
  '9. Internal communication',
];

async function openExampleReport(page) {
  await page.getByRole('button', { name: 'Open the example playbook' }).click();
  await page.getByRole('heading', { level: 1, name: /^Example/ }).waitFor();
  const playbook = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Read the report' }).click();
  await page.getByRole('heading', { level: 2, name: 'Program strategy' }).waitFor();
  return playbook;
}

/** The text of every page of a PDF, in order. */
async function pdfText(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' '));
  }
  // Without spaces: the PDF splits words at ligatures ("fi ve").
  return { pages: pdf.numPages, text: pages.join('').replace(/\s+/g, '') };
}

test('the report of the example shows every verdict and every step of the strategy', async () => {
  const { context, page, errors } = await openPage(app);
  const playbook = await openExampleReport(page);
  assert.equal(new URL(page.url()).pathname, `${playbook}/report`);
  const buyin = page.getByRole('region', { name: 'Executive buy-in' });
  assert.deepEqual(await buyin.getByRole('heading', { level: 3 }).allTextContents(), [
    'Priya Shah (CTO)',
    'Marcus Lee (VP Marketing)',
    'Ellen Brooks (CFO)',
  ]);
  for (const verdict of ['Verdict: They get it.', 'Verdict: Middle ground.', 'Verdict: No clue.']) {
    await buyin.getByText(verdict).waitFor();
  }
  await buyin.getByRole('img', { name: /Score per group/ }).waitFor();
  const strategy = page.getByRole('region', { name: 'Program strategy' });
  assert.deepEqual(await strategy.getByRole('heading', { level: 3 }).allTextContents(), STEP_TITLES);
  await strategy.getByText('9 of 9 steps complete.').waitFor();
  assert.equal(await strategy.getByText('Still missing').count(), 0);
  // Links read as what they point at, and goals as their sentence.
  const campaigns = strategy.getByRole('region', { name: 'Campaigns', exact: true });
  assert.deepEqual(await campaigns.getByRole('row').nth(1).getByRole('cell').allTextContents(), [
    'Nimbus Academy',
    'Exploring',
    'The welcome mail after sign-up',
    'Share of new sign-ups who deploy within a week',
    'A badge on their forum profile',
  ]);
  await strategy.getByText(/^Our goal is to start 2 meetup groups in Southeast Asia/).waitFor();
  await assertAccessible(page, 'the report');
  assert.deepEqual(errors, []);
  await context.close();
});

test('printed to PDF, the report has its text and none of the navigation', async () => {
  const { context, page } = await openPage(app);
  await openExampleReport(page);
  const { pages, text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  assert.ok(pages >= 2, `${pages} pages`);
  for (const expected of [
    'Example: Nimbus Cloud developer program',
    'Executive buy-in',
    'Verdict: They get it.',
    'First 90 days',
    'Days 1–30: listen and map',
    'Program strategy',
    ...STEP_TITLES,
    'Meetup host kit',
    'SMART: all five letters met.',
  ]) {
    assert.ok(text.includes(expected.replace(/\s+/g, '')), `the PDF lacks “${expected}”`);
  }
  for (const chrome of ['Skip to content', 'Print or save as PDF', 'Add to calendar', 'Playbooks About']) {
    assert.ok(!text.includes(chrome.replace(/\s+/g, '')), `the PDF shows “${chrome}”`);
  }
  await context.close();
});

test('the Markdown download of the example has the strategy headings', async () => {
  const { context, page } = await openPage(app);
  const playbook = await openExampleReport(page);
  await goto(page, app.url + playbook);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the report as Markdown' }).click(),
  ]);
  const markdown = await readFile(await download.path(), 'utf8');
  assert.match(markdown, /^# Example: Nimbus Cloud developer program$/m);
  assert.match(markdown, /^## Executive buy-in$/m);
  assert.match(markdown, /^## Program strategy$/m);
  for (const title of STEP_TITLES) assert.match(markdown, new RegExp(`^### ${title.replace('.', '\\.')}$`, 'm'));
  assert.match(markdown, /^\| Campaign \| Program \| Stage on the commitment curve \|/m);
  await context.close();
});

test('an unfinished playbook says plainly what the report still lacks', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Just started', company: 'Acme' });
  await goto(page, `${app.url}${playbook}/report`);
  await page.getByText('Still missing: no executive has been interviewed yet.').waitFor();
  await page.getByText('The program strategy has not been started yet.').waitFor();
  await assertAccessible(page, 'an empty report');

  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  await page.getByLabel('Goal framework').selectOption('v2mom');
  await goto(page, `${app.url}${playbook}/report`);
  const strategy = page.getByRole('region', { name: 'Program strategy' });
  await strategy.getByText('0 of 9 steps complete.').waitFor();
  const first = strategy.getByRole('region', { name: '1. Company goals and top problems' });
  await first.getByText('V2MOM (vision, values, methods, obstacles, measures)').waitFor();
  await first.getByText('Add at least one top problem.').waitFor();
  assert.equal(await strategy.getByText('Still missing:').count(), 9);
  await context.close();
});
