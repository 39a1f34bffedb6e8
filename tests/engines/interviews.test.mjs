// An interview as an interviewer runs it: notes typed, questions rated, the tab reloaded in
// the middle, and the verdict at the end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, by, createPlaybook, openPage, rate, startInterview } from './harness.mjs';

const app = appForThisFile();
const QUESTIONS = 15;
/** The n-th question's button in the map of all questions. */
const questionInMap = (n) => `(${by.navigation('All questions')}//button)[${n}]`;
const progress = (page) => page.text(`//main//*[starts-with(normalize-space(text()), 'Question ')][contains(., ' of ${QUESTIONS}')]`);

test('an interview is typed and rated, survives a reload, and ends in its verdict', async (t) => {
  const page = await openPage(app, t);
  await createPlaybook(page, { title: 'Interrupted' });
  await startInterview(page, { executive: 'Lee Park', role: 'CTO' });
  for (let at = 1; at <= 3; at++) {
    await page.fill(by.field('Notes'), `Notes for question ${at}`);
    await rate(page, 'Partial');
    await page.click(by.button('Next question'));
    await page.until(async () => (await progress(page)) === `Question ${at + 1} of ${QUESTIONS}`, `question ${at + 1}`);
  }
  await page.fill(by.field('Notes'), 'Typed just before the reload');
  // Saved once typing pauses; the reload must find it stored.
  await page.until(async () => Object.values(await page.storedItems()).some((entry) => entry.includes('Typed just before the reload')), 'the notes to be stored');

  await page.reload();
  await page.find(by.heading('Interview with Lee Park'));
  assert.equal(await progress(page), `Question 4 of ${QUESTIONS}`);
  assert.equal(await page.value(by.field('Notes')), 'Typed just before the reload');
  await page.click(questionInMap(2));
  await page.until(async () => (await progress(page)) === `Question 2 of ${QUESTIONS}`, 'question 2');
  assert.equal(await page.value(by.field('Notes')), 'Notes for question 2');
  assert.equal(await (await page.find(by.choice('radio', 'Partial —'))).isSelected(), true);

  for (let at = 2; ; at++) {
    await rate(page, 'Strong');
    if (at === QUESTIONS) break;
    await page.click(by.button('Next question'));
    await page.until(async () => (await progress(page)) === `Question ${at + 1} of ${QUESTIONS}`, `question ${at + 1}`);
  }
  await page.click(questionInMap(1));
  await rate(page, 'Strong');
  await page.click(by.link('See the verdict'));
  await page.find(by.heading('Lee Park: They get it'));
  await page.close();
});
