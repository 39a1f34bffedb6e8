// Executive interviews as an interviewer runs them: live with the keyboard, interrupted by a
// reload, scripted to each verdict, compared, repeated later, and deleted with undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, assertAccessible, createPlaybook, goto, openPage, rateAll, shownDate, startInterview, storedItems, storedPlaybook } from './harness.mjs';

const app = appForThisFile();
const QUESTIONS = 15;

const verdictHeading = (page) => page.getByRole('heading', { level: 1 });
const progress = (page) => page.getByText(/^Question \d+ of 15$/).textContent();

test('a whole interview can be run with the keyboard alone', async () => {
  const { context, page, errors } = await openPage(app);
  await createPlaybook(page, { title: 'Keyboard interview' });
  await page.getByLabel("Executive's name").focus();
  await page.keyboard.type('Dana Kim');
  await page.keyboard.press('Tab');
  await page.keyboard.type('VP Engineering');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Interview with Dana Kim' }).waitFor();

  for (let at = 0; at < QUESTIONS; at++) {
    // Focus lands in the notes of each new question.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'interview-notes', `question ${at + 1}`);
    await page.keyboard.type(`Answer ${at + 1}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('3');
    await page.keyboard.press('n');
  }
  assert.equal(await progress(page), 'Question 15 of 15');
  await page.keyboard.press('p');
  assert.equal(await page.getByLabel('Notes').inputValue(), 'Answer 14');
  assert.equal(await page.getByRole('radio', { name: /^Strong —/ }).isChecked(), true);

  // Tab to the verdict link and follow it.
  for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement.textContent)) !== 'See the verdict'; i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await verdictHeading(page).filter({ hasText: 'Dana Kim: They get it' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload in the middle resumes at the same question with every answer intact', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Interrupted' });
  await startInterview(page, { executive: 'Lee Park' });
  for (let at = 0; at < 5; at++) {
    await page.getByLabel('Notes').fill(`Notes for question ${at + 1}`);
    await page.getByRole('radio', { name: /^Partial —/ }).check();
    if (at === 1) await page.getByRole('checkbox', { name: 'Only reason: another company does it' }).check();
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  await page.getByLabel('Notes').fill('Typed just before the reload');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Interview with Lee Park' }).waitFor();
  assert.equal(await progress(page), 'Question 6 of 15');
  assert.equal(await page.getByLabel('Notes').inputValue(), 'Typed just before the reload');

  await page.getByRole('navigation', { name: 'All questions' }).getByRole('button', { name: /What value do you expect DevRel to bring/ }).click();
  assert.equal(await progress(page), 'Question 2 of 15');
  assert.equal(await page.getByLabel('Notes').inputValue(), 'Notes for question 2');
  assert.equal(await page.getByRole('radio', { name: /^Partial —/ }).isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: 'Only reason: another company does it' }).isChecked(), true);
  await context.close();
});

test('three scripted interviews give the three verdicts with their reasons, and the comparison lists them', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Three executives' });

  await startInterview(page, { executive: 'Ada Strong', role: 'CTO' });
  await rateAll(page, 'Strong');
  await page.getByRole('link', { name: 'See the verdict' }).click();
  await verdictHeading(page).filter({ hasText: 'Ada Strong: They get it' }).waitFor();
  const why = page.getByRole('region', { name: 'Why this verdict' });
  await why.getByText('All answers together score 100%, at least 75%.').waitFor();
  await why.getByText('Every rated Advocacy answer is Strong').waitFor();
  await page.getByRole('region', { name: 'Next steps' }).getByText('Write a roadbook for future advocates', { exact: false }).waitFor();
  await assertAccessible(page, 'a verdict');

  await goto(page, app.url + playbook);
  await startInterview(page, { executive: 'Max Middle', role: 'VP Marketing' });
  await rateAll(page, 'Partial');
  await page.getByRole('link', { name: 'See the verdict' }).click();
  await verdictHeading(page).filter({ hasText: 'Max Middle: Middle ground' }).waitFor();
  await page.getByText('All answers together score 50%, short of 75%.').waitFor();
  await page.getByText('Agree together what success factors look like for DevRel.').waitFor();

  await goto(page, app.url + playbook);
  await startInterview(page, { executive: 'Nia None', role: 'CFO' });
  await page.getByRole('checkbox', { name: 'Says “I don\'t know” about DevRel\'s value' }).check();
  await rateAll(page, 'Partial');
  await page.getByRole('link', { name: 'See the verdict' }).click();
  await verdictHeading(page).filter({ hasText: 'Nia None: No clue' }).waitFor();
  await page.getByText('Warning sign “Says “I don\'t know” about DevRel\'s value” on “Why do you think developer relations matters').waitFor();
  await page.getByText('Expect an uphill battle', { exact: false }).waitFor();

  await goto(page, app.url + playbook);
  await page.getByRole('link', { name: 'Compare executives side by side' }).click();
  await page.getByRole('heading', { level: 1, name: 'Compare executives' }).waitFor();
  const rows = await page.getByRole('table').getByRole('row').allTextContents();
  assert.equal(rows.length, 4);
  assert.match(rows[1], /Ada Strong.*CTO.*They get it \(100%\)/);
  assert.match(rows[2], /Max Middle.*VP Marketing.*Middle ground \(50%\)/);
  assert.match(rows[3], /Nia None.*CFO.*No clue \(50%\).*Says “I don't know” about DevRel's value$/);
  const bars = await page.locator('svg title').allTextContents();
  assert.equal(bars.length, 15);
  assert.ok(bars.includes('Ada Strong, Advocacy: 100%'), bars.join('\n'));
  await assertAccessible(page, 'the comparison');
  await context.close();
});

test('an executive interviewed again is compared with the earlier interview', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Second round' });
  await startInterview(page, { executive: 'Ravi Rao', date: '2026-09-01' });
  await rateAll(page, 'Partial');
  await goto(page, app.url + playbook);

  await page.getByRole('group', { name: 'Actions for the interview with Ravi Rao' }).getByRole('button', { name: 'Interview again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Interview with Ravi Rao' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: /^Partial —/ }).isChecked(), true, 'starts from the earlier answers');
  await rateAll(page, 'Strong');
  await page.getByRole('link', { name: 'See the verdict' }).click();
  await verdictHeading(page).filter({ hasText: 'Ravi Rao: They get it' }).waitFor();
  const since = page.getByRole('region', { name: `Since the interview of ${shownDate('2026-09-01')}` });
  await since.getByText('The verdict moved from Middle ground to They get it.').waitFor();
  assert.match(await since.getByRole('row', { name: /Overall value/ }).textContent(), /50%100%\+50 points/);
  await since.getByText('rating Partial → Strong').first().waitFor();
  await context.close();
});

test('an interview is deleted with an undo, and a name is required to start one', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Deleting' });
  await page.getByRole('button', { name: 'Start interview' }).click();
  await page.getByText("The executive's name is required.").waitFor();

  await startInterview(page, { executive: 'Kai Keep' });
  await page.getByLabel('Notes').fill('Worth keeping');
  await goto(page, app.url + playbook);
  const before = await storedItems(page);
  await page.getByRole('group', { name: 'Actions for the interview with Kai Keep' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('status').getByText('Deleted the interview with Kai Keep.').waitFor();
  await page.getByText('No interviews yet.').waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('link', { name: 'Kai Keep', exact: true }).waitFor();
  const after = await storedItems(page);
  const stored = (items) => storedPlaybook(items).assessments;
  assert.deepEqual(stored(after), stored(before));
  await context.close();
});

test('private notes are marked and kept', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Private' });
  await startInterview(page, { executive: 'Pat Quiet' });
  await page.getByLabel('Notes').fill('Off the record');
  await page.getByRole('checkbox', { name: /Private note/ }).check();
  await assertAccessible(page, 'the interview');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Interview with Pat Quiet' }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: /Private note/ }).isChecked(), true);
  const playbook = storedPlaybook(await storedItems(page));
  assert.deepEqual(playbook.assessments[0].answers['value-why'], { notes: 'Off the record', private: true, rating: null, signs: [] });
  await context.close();
});
