// The interview guide taken into the room on paper: a page of its own beside the app, opened
// from the app's links blank or for an executive (whom it is for in the address's fragment),
// on screen and printed to PDF by Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { appForThisFile, assertAccessible, openPage, shownDate } from './harness.mjs';

const app = appForThisFile();

const GROUPS = ['Overall value', 'Success factors', 'Teamwork', 'Communication', 'Advocacy'];
const SIGNS = [
  'Says “I don\'t know” about DevRel\'s value',
  'Only reason: another company does it',
  'No way of measuring success (our addition)',
  'Defends DevRel but doesn\'t advocate for it (our addition)',
  'No plan or budget for DevRel (our addition)',
];
const NOT_ON_PAPER = ['Back to the app', 'Print the guide', 'Leave the name out', 'Interview with'];
const GUIDE_PAGE = '/interview-guide.html';

/** Each page's text, without spaces (PDFs split words at ligatures). */
async function pdfPages(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str).join('').replace(/\s+/g, ''));
  }
  return pages;
}

const squeezed = (text) => text.replace(/\s+/g, '');

async function openExample(page) {
  await page.getByRole('button', { name: 'Open the example playbook' }).click();
  await page.getByRole('heading', { level: 1, name: /^Example/ }).waitFor();
  return new URL(page.url()).pathname;
}

/** From the example's page, the guide for Marcus Lee, by the link in his row. */
async function openMarcusGuide(page) {
  const playbook = await openExample(page);
  const actions = page.getByRole('group', { name: 'Actions for the interview with Marcus Lee' });
  const interview = await actions.getByRole('link', { name: 'Continue interview' }).getAttribute('href');
  const guide = await actions.getByRole('link', { name: 'Print a guide' }).getAttribute('href');
  await actions.getByRole('link', { name: 'Print a guide' }).click();
  await page.getByRole('heading', { level: 1, name: 'Interview guide' }).waitFor();
  const url = new URL(page.url());
  assert.equal(url.pathname, GUIDE_PAGE);
  assert.equal(url.pathname + url.hash, guide);
  return { playbook, interview, guide };
}

/** The guide's questions as its headings give them: "1. Why do you think …". */
function questionHeadings(page) {
  return page.getByRole('heading', { level: 3 }).allTextContents();
}

test('a blank guide has every group, question and warning sign, and nobody’s name', async () => {
  const { context, page, errors } = await openPage(app);
  const playbook = await openExample(page);
  await page.getByRole('link', { name: 'Print an interview guide' }).click();
  await page.getByRole('heading', { level: 1, name: 'Interview guide' }).waitFor();
  assert.equal(new URL(page.url()).pathname, GUIDE_PAGE);
  assert.equal(new URL(page.url()).hash, '', 'a blank guide says nothing of the playbook');
  assert.equal(await page.title(), 'Interview guide');
  assert.deepEqual(await page.getByRole('heading', { level: 2 }).allTextContents(), ['How to rate an answer', ...GROUPS]);
  const questions = await questionHeadings(page);
  assert.equal(questions.length, 15);
  assert.equal(questions[0], '1. Why do you think developer relations matters, for the company and for you?');
  assert.equal(questions[14], '15. Is there a plan and a budget for DevRel initiatives this year?');
  await page.getByText('A strong answer').first().waitFor();
  assert.equal(await page.getByText('Rating (circle one):').count(), 15);
  for (const sign of SIGNS) {
    assert.equal(await page.getByRole('checkbox', { name: sign, exact: true }).isChecked(), false, sign);
  }
  assert.equal(await page.getByRole('checkbox').count(), SIGNS.length, 'no other box: a blank guide has no name to leave out');
  assert.equal(await page.getByText(/^Last time/).count(), 0);
  await page.getByText('From “Get executive buy-in … or else” by Jessica West.').first().waitFor();
  await assertAccessible(page, 'a blank guide');

  // Back to the app, on the screen it was opened from.
  await page.getByRole('link', { name: 'Back to the app' }).click();
  await page.getByRole('heading', { level: 1, name: /^Example/ }).waitFor();
  assert.equal(new URL(page.url()).pathname, playbook);
  assert.deepEqual(errors, []);
  await context.close();
});

test('names in the guide’s address show as written, markup and all, and never in its title', async () => {
  const { context, page, errors } = await openPage(app);
  const params = new URLSearchParams({ playbook: 'Q3 & <i>plan</i>', executive: '<img src=x onerror=alert(1)> Ana #1', role: 'VP, R&D' });
  params.set('rated', '2026-10-08');
  params.set('last', 'wps<');
  await page.goto(`${app.url}${GUIDE_PAGE}#${params}`);
  const facts = page.locator('.guide-facts');
  await facts.getByText('<img src=x onerror=alert(1)> Ana #1', { exact: true }).waitFor();
  await facts.getByText('Q3 & <i>plan</i>', { exact: true }).waitFor();
  await facts.getByText('VP, R&D', { exact: true }).waitFor();
  assert.equal(await page.locator('main img, main i').count(), 0, 'markup in a name is text');
  assert.equal(await page.title(), 'Interview guide: Q3 & <i>plan</i>');
  // One letter per question: the first three are read, what is not a rating shows nothing.
  const lasts = await page.locator('.guide-last').allTextContents();
  assert.deepEqual(lasts.slice(0, 4), ['Last time: Weak', 'Last time: Partial', 'Last time: Strong', '']);
  assert.deepEqual(lasts.slice(4), Array(11).fill(''));
  await page.getByText(`Last rated on ${shownDate('2026-10-08')}: each question shows its rating then.`).waitFor();
  // A day that is not one leaves last time out.
  params.set('rated', '2026-13-45');
  await page.goto(`${app.url}${GUIDE_PAGE}#${params}`);
  await page.waitForFunction(() => document.getElementById('last-rated').hidden);
  assert.equal(await page.getByText(/^Last time/).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an executive’s guide, from their row or their interview, has their name and last time’s ratings', async () => {
  const { context, page, errors } = await openPage(app);
  const { interview, guide } = await openMarcusGuide(page);
  const facts = page.locator('.guide-facts');
  await facts.getByText('Marcus Lee', { exact: true }).waitFor();
  await facts.getByText('VP Marketing', { exact: true }).waitFor();
  await page.getByText(`Last rated on ${shownDate('2026-10-08')}: each question shows its rating then.`).waitFor();
  // His ratings: Strong on Teamwork's four questions, Partial on the other eleven.
  assert.equal(await page.getByText('Last time: Strong').count(), 4);
  assert.equal(await page.getByText('Last time: Partial').count(), 11);
  assert.deepEqual(await page.getByRole('heading', { level: 2 }).allTextContents(), ['How to rate an answer', ...GROUPS]);
  assert.equal((await questionHeadings(page)).length, 15);
  for (const sign of SIGNS) await page.getByRole('checkbox', { name: sign, exact: true }).waitFor();
  await assertAccessible(page, 'an executive’s guide');

  await page.getByRole('checkbox', { name: 'Leave the name out' }).check();
  assert.equal(await facts.getByText('Marcus Lee').count(), 0);
  assert.doesNotMatch(await page.title(), /Marcus/);

  // The interview screen links to the same guide.
  await page.goto(app.url + interview);
  await page.getByRole('heading', { level: 1, name: 'Interview with Marcus Lee' }).waitFor();
  await page.getByRole('link', { name: 'Print an interview guide' }).click();
  await page.getByRole('heading', { level: 1, name: 'Interview guide' }).waitFor();
  const url = new URL(page.url());
  assert.equal(url.pathname + url.hash, guide);
  await facts.getByText('Marcus Lee', { exact: true }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: 'Leave the name out' }).isChecked(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('printed to PDF, the guide has every question whole on a page, the name, and no controls', async () => {
  const { context, page } = await openPage(app);
  await openMarcusGuide(page);
  const questions = (await questionHeadings(page)).map(squeezed);
  const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: false }));
  const text = pages.join('');
  assert.ok(pages.length >= 2, `${pages.length} pages`);
  for (const expected of ['Interview guide', 'Example: Nimbus Cloud developer program', 'Marcus Lee', 'VP Marketing', 'How to rate an answer', ...GROUPS, 'Warning signs heard', ...SIGNS, 'Last time: Partial']) {
    assert.ok(text.includes(squeezed(expected)), `the PDF lacks “${expected}”`);
  }
  for (const chrome of NOT_ON_PAPER) {
    assert.ok(!text.includes(squeezed(chrome)), `the PDF shows “${chrome}”`);
  }
  // A question is not split across pages: its rating row follows it on the same page.
  for (const question of questions) {
    const on = pages.findIndex((pageText) => pageText.includes(question));
    assert.ok(on >= 0, `the PDF lacks “${question}”`);
    const after = pages[on].slice(pages[on].indexOf(question));
    assert.ok(after.includes('Rating(circleone):'), `“${question}” is cut from its rating row by a page break`);
  }

  // With the name left out, paper does not carry it.
  await page.getByRole('checkbox', { name: 'Leave the name out' }).check();
  const anonymous = (await pdfPages(await page.pdf({ format: 'A4' }))).join('');
  assert.ok(!anonymous.includes('MarcusLee'), 'the name left out is still printed');
  assert.ok(anonymous.includes('VPMarketing'));
  await context.close();
});
