// The report of the example and the interview guide, on screen and printed to PDF by the engine itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ENGINE, appForThisFile, by, openPage } from './harness.mjs';

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

/** The number of pages of a PDF and its text, without spaces (PDFs split words at ligatures). */
async function pdfText(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' '));
  }
  return { pages: pdf.numPages, text: pages.join('').replace(/\s+/g, '') };
}

/** Opens the example's report and waits for its strategy. */
async function openExampleReport(page) {
  await page.click(by.button('Open the example playbook'));
  await page.find(by.headingStarting('Example'));
  const playbook = await page.path();
  await page.click(by.link('Read the report'));
  await page.find(by.heading('Program strategy', 2));
  assert.equal(await page.path(), `${playbook}/report`);
}

test('the report of the example shows every verdict and every step of the strategy', async (t) => {
  const page = await openPage(app, t);
  await openExampleReport(page);
  const buyin = by.region('Executive buy-in');
  assert.deepEqual(await page.texts(buyin + '//h3'), ['Priya Shah (CTO)', 'Marcus Lee (VP Marketing)', 'Ellen Brooks (CFO)']);
  for (const verdict of ['Verdict: They get it.', 'Verdict: Middle ground.', 'Verdict: No clue.']) await page.find(buyin + by.text(verdict));
  const strategy = by.region('Program strategy');
  assert.deepEqual(await page.texts(strategy + '//h3'), STEP_TITLES);
  await page.find(strategy + by.text('9 of 9 steps complete.'));
  await page.close();
});

// WebKitGTK's driver (2.50) has no Print command, and its MiniBrowser no other way to print
// to a file: the PDF is checked in the engines whose driver prints.
const cannotPrint = ENGINE === 'webkit' && 'WebKitWebDriver has no Print command';

test('printed to PDF, the report has its text and none of the navigation', { skip: cannotPrint }, async (t) => {
  const page = await openPage(app, t);
  await openExampleReport(page);
  const pdf = Buffer.from(await page.driver.printPage({ width: 21, height: 29.7, background: true }), 'base64');
  const { pages, text } = await pdfText(pdf);
  assert.ok(pages >= 2, `${pages} pages`);
  for (const expected of ['Example: Nimbus Cloud developer program', 'Executive buy-in', 'Verdict: They get it.', 'Program strategy', ...STEP_TITLES, 'Meetup host kit', 'SMART: all five letters met.']) {
    assert.ok(text.includes(expected.replace(/\s+/g, '')), `the PDF lacks “${expected}”`);
  }
  for (const chrome of ['Skip to content', 'Print or save as PDF', 'Playbooks About']) {
    assert.ok(!text.includes(chrome.replace(/\s+/g, '')), `the PDF shows “${chrome}”`);
  }
  await page.close();
});

// Every engine lays the report out for paper with the same print rules. Where the driver
// cannot print, this is the check of that layout: the print rules are applied to the screen,
// and what paper would show is read back.
test('laid out for print, the report keeps its text and leaves out the navigation', async (t) => {
  const page = await openPage(app, t);
  await openExampleReport(page);
  const shown = await page.driver.executeScript(`
    const rules = [];
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') {
          for (const inner of rule.cssRules) rules.push(inner.cssText);
        }
      }
    }
    const style = document.createElement('style');
    style.textContent = rules.join('\\n');
    document.head.append(style);
    const seen = (selector) => [...document.querySelectorAll(selector)].some((element) => element.getClientRects().length > 0);
    return {
      rules: rules.length,
      navigation: seen('.site-header') || seen('.skip-link') || seen('.breadcrumb'),
      buttons: seen('main button'),
      text: document.querySelector('main').innerText,
    };
  `);
  assert.ok(shown.rules > 5, `${shown.rules} print rules found`);
  assert.equal(shown.navigation, false, 'the header, skip link and breadcrumb are not printed');
  assert.equal(shown.buttons, false, 'no button is printed');
  for (const expected of ['Executive buy-in', 'Verdict: They get it.', 'Program strategy', ...STEP_TITLES, 'SMART: all five letters met.']) {
    assert.ok(shown.text.includes(expected), `the printed report lacks “${expected}”`);
  }
  await page.close();
});

test('printed to PDF, the interview guide for an executive has every question, the name, and no controls', { skip: cannotPrint }, async (t) => {
  const page = await openPage(app, t);
  await page.click(by.button('Open the example playbook'));
  await page.find(by.headingStarting('Example'));
  await page.click(by.group('Actions for the interview with Marcus Lee') + by.link('Print a guide'));
  await page.find(by.heading('Interview guide'));
  assert.equal(await page.path(), '/interview-guide.html');
  const questions = await page.texts('//main//h3');
  assert.equal(questions.length, 15);
  const pdf = Buffer.from(await page.driver.printPage({ width: 21, height: 29.7 }), 'base64');
  // Kept beside the drivers' logs, for a person to look at the pages.
  writeFileSync(`test-results/engines/guide-${ENGINE}.pdf`, pdf);
  const { text } = await pdfText(pdf);
  for (const expected of ['Interview guide', 'Marcus Lee', 'VP Marketing', ...questions, 'Rating (circle one):', 'Last time: Partial', 'Warning signs heard', 'No plan or budget for DevRel']) {
    assert.ok(text.includes(expected.replace(/\s+/g, '')), `the PDF lacks “${expected}”`);
  }
  for (const chrome of ['Back to the app', 'Print the guide', 'Leave the name out']) {
    assert.ok(!text.includes(chrome.replace(/\s+/g, '')), `the PDF shows “${chrome}”`);
  }
  await page.close();
});
