// What the screens say, and small rules that show on them: names spelled as they are, refused
// files explained in the user's words, a refused change marked as not saved, a milestone due
// after its goal's deadline flagged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, createPlaybook, goto, openPage, shownDate, startInterview, storedItems } from './harness.mjs';
import { inDays } from './strategy-helpers.mjs';

const app = appForThisFile();

const AT = '2026-11-23T10:00:00Z';

const region = (scope, name) => scope.getByRole('region', { name, exact: true });
const item = (scope, legend) => scope.getByRole('group', { name: legend, exact: true });

/** Presses a list's "Add …" button and waits for the new item. */
async function addItem(list, button, legend) {
  await list.getByRole('button', { name: button, exact: true }).click();
  const added = item(list, legend);
  await added.waitFor();
  return added;
}

async function chooseFile(page, name, text) {
  await page.getByLabel('Choose a playbook file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('the examples of a contribution spell DevRel as it is spelled', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Spelling' });
  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  const problem = await addItem(region(page, 'Top problems'), 'Add a top problem', 'Top problem 1');
  await problem.getByLabel('Problem', { exact: true }).fill('Losing customers');
  await problem.getByText('Examples: how DevRel work contributes', { exact: true }).waitFor();
  assert.equal(await page.getByText(/devrel/).count(), 0, 'no “devrel” in lower case anywhere on the step');
  await context.close();
});

test('a refused file is explained in the words of the screens, never the parser', async () => {
  const { context, page } = await openPage(app);
  const before = await storedItems(page);
  const bare = { schema_version: 1, id: 'a'.repeat(32), title: 'A plan', created_at: AT, updated_at: AT };
  const { id, ...withoutId } = bare;
  const rated = { ...bare, assessments: [{ id: 'b'.repeat(32), executive: 'Dana Kim', created_at: AT, updated_at: AT, answers: { 'value-why': { rating: 'excellent' } } }] };
  const cases = [
    ['empty.json', '', /It is empty\./],
    ['blank.json', ' \n ', /It is empty\./],
    ['no-id.json', JSON.stringify(withoutId), /It is not a playbook: the id is missing\./],
    ['rating.json', JSON.stringify(rated), /It is not a playbook: in interview 1, the answer to “[^”]+”, the rating is “excellent”, which is not one of its options\./],
    ['number-title.json', JSON.stringify({ ...bare, title: 7 }), /It is not a playbook: the title should be text\./],
    ['huge.json', ' '.repeat(5 * 1024 * 1024 + 1), /It is too large: 5\.1 MB, where a file to import can be at most 5\.0 MB\./],
  ];
  for (const [name, text, message] of cases) {
    await chooseFile(page, name, text);
    const alert = page.getByRole('alert').filter({ hasText: `“${name}” cannot be imported` });
    await alert.waitFor();
    const said = await alert.textContent();
    assert.match(said, message, name);
    assert.doesNotMatch(said, /`|missing field|unknown variant|expected one of|invalid type|column 0/, name);
    assert.deepEqual(await storedItems(page), before, `${name} changed storage`);
  }
  await context.close();
});

test('a title field takes no more than a title holds, and a refused change says it is not saved', async () => {
  const { context, page } = await openPage(app);
  await createPlaybook(page, { title: 'Kept title' });
  const title = page.getByLabel('Title');

  await title.fill('');
  await page.getByText('Not saved. A playbook needs a title.').waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Kept title' }).waitFor();
  assert.equal(await title.inputValue(), 'Kept title', 'the refused change was not stored');

  await title.fill('z'.repeat(250));
  assert.equal(await title.inputValue(), 'z'.repeat(200), 'the field stops at the length a title can have');
  await page.getByRole('heading', { level: 1, name: 'z'.repeat(200) }).waitFor();
  assert.equal(await page.getByText('Not saved.').count(), 0);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'z'.repeat(200) }).waitFor();
  await context.close();
});

test('a milestone due after its goal’s deadline is flagged in the SMART check until it is moved', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'On time' });
  await goto(page, `${app.url}${playbook}/strategy/smart-goals`);
  const goal = await addItem(region(page, 'SMART goals'), 'Add a goal', 'Goal 1');
  await goal.getByLabel('Our goal is to').fill('publish 12 tutorials for backend developers');
  const deadline = inDays(90);
  await goal.getByLabel('By', { exact: true }).fill(deadline);
  await goal.getByRole('button', { name: 'Add a milestone' }).click();
  const milestone = item(region(goal, 'Milestones'), 'Milestone 1');
  await milestone.getByLabel('Milestone', { exact: true }).fill('First six tutorials');
  await milestone.getByLabel('Due').fill(inDays(120));

  const check = goal.getByRole('list', { name: 'SMART check' });
  const timeBound = () => check.getByRole('listitem').last().evaluate((li) => li.lastElementChild.textContent);
  const late = `Time-bound: not met: move “First six tutorials” to a day on or before the deadline (${shownDate(deadline)}), or the deadline later`;
  await page.waitForFunction(
    ([list, wanted]) => list.lastElementChild?.lastElementChild?.textContent === wanted,
    [await check.elementHandle(), late],
    { timeout: 5000 },
  ).catch(async () => assert.fail(`the check says: ${await check.textContent()}`));
  assert.equal(await timeBound(), late);
  await region(page, 'Still missing in this step').getByText('“publish 12 tutorials for backend developers” is not Time-bound: move “First six tutorials”', { exact: false }).waitFor();

  await milestone.getByLabel('Due').fill(inDays(60));
  await page.waitForFunction((list) => list.lastElementChild?.lastElementChild?.textContent === 'Time-bound: met', await check.elementHandle());
  await context.close();
});

test('the sources’ advice added to the screens is there: the talk’s size bands, meaning of buy-in and example measures, the conference example, AllAboutUs, the manager conversation, why partners pay back, the journey as a loop, the four themes', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'The talk’s advice' });
  await startInterview(page, { executive: 'Dana Kim' });
  const questions = page.getByRole('navigation', { name: 'All questions' });
  const sizes = "How does the company's size shape who does what: at up to 50 people, past 50, at 1,000?";
  // A question's button is named by its prompt, then its rating.
  await questions.getByRole('button', { name: sizes }).click();
  await page.getByRole('heading', { level: 2, name: sizes }).waitFor();
  await questions.getByRole('button', { name: 'When DevRel is questioned by leadership' }).click();
  await page.getByText('Buy-in means knowing DevRel\'s goals in broad strokes and speaking up for it, not only tolerating it: does this executive?').waitFor();

  await goto(page, `${app.url}${playbook}/strategy/programs`);
  const campaign = await addItem(region(page, 'Campaigns'), 'Add a campaign', 'Campaign 1');
  await campaign
    .getByText('A count you can report: how many people heard a talk, or how many users a forum has and how many of them are active.')
    .waitFor();

  // Org alignment's conference example, for a problem of revenue.
  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  const problem = await addItem(region(page, 'Top problems'), 'Add a top problem', 'Top problem 1');
  await problem.getByLabel('Problem', { exact: true }).fill('Growing revenue before the IPO');
  await problem.getByText('Examples: how DevRel work contributes', { exact: true }).click();
  await problem.getByText(/^Pick the conferences you speak at for the problem: in places Field Marketing and Sales target/).waitFor();

  // The collaboration article's two projects, in step 5's guidance.
  await goto(page, `${app.url}${playbook}/strategy/buddies`);
  await page.getByText(/treat them as the open source project “AllAboutUs” treats its volunteers, with lasting relationships rather than transactions, not as “AllAboutMe” does/).waitFor();

  // Org alignment's manager conversation, in the plan's task.
  await goto(page, `${app.url}${playbook}/first-90-days`);
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Agree the plan with your manager' })
    .getByText(/^Propose it in a one-to-one\. Ask for their feedback, what they expect, what success looks like and how they will judge it\./)
    .waitFor();
  // And the collaboration article's reasons to find partners.
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Find a partner in each function' })
    .getByText(/It pays back: your work is seen and championed, .* when pay is calibrated, people in the room know your name\.$/)
    .waitFor();
  // And the customer journey article's loop: capture without typing, go over it again.
  await page.getByText(/^Feed a community platform such as Orbit or Common Room from GitHub, the forums/).waitFor();
  await page.getByRole('listitem').filter({ hasText: 'Go over the journey again with the other teams' }).waitFor();

  // The community strategy post's four themes, on About, each with the steps it shows in.
  await goto(page, `${app.url}/about`);
  await page.getByText(/its four themes \(themes, not duties\), which together grow a community that lasts: program management \(campaigns and touch points, steps 6 and 7\), advocacy/).waitFor();
  await context.close();
});

test('every piece of advice says where it comes from, and what is the app’s own is marked as ours', async () => {
  const TALK = 'From “Get executive buy-in … or else” by Jessica West.';
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Credits' });
  await startInterview(page, { executive: 'Dana Kim' });
  const panel = page.locator('#question-panel');
  const signs = panel.getByRole('group', { name: 'Warning signs heard' });
  await panel.getByText(TALK, { exact: true }).first().waitFor();
  // The talk's warning signs stand unmarked, credited with the question; the ones the app adds
  // say so.
  await signs.getByRole('checkbox', { name: 'Only reason: another company does it', exact: true }).waitFor();
  await page.getByRole('navigation', { name: 'All questions' }).getByRole('button', { name: 'When DevRel is questioned by leadership' }).click();
  await panel.getByText('Our own addition, built on “Get executive buy-in … or else” by Jessica West.', { exact: true }).waitFor();
  await signs.getByRole('checkbox', { name: 'No plan or budget for DevRel (our addition)', exact: true }).waitFor();

  // What felt bad on the journey (step 4) is in view where the campaigns that fix it are planned.
  await goto(page, `${app.url}${playbook}/strategy/programs`);
  const gaps = page.getByRole('term').filter({ hasText: 'What felt bad, confusing or slow' });
  await gaps.getByRole('link', { name: 'Step 4' }).waitFor();
  await page.getByRole('definition').filter({ hasText: 'Nothing noted yet.' }).waitFor();
  await gaps.getByRole('link', { name: 'Step 4' }).click();
  await page.getByLabel('What felt bad, confusing or slow').fill('Signing up took a week');
  await page.getByRole('link', { name: /^Next: Cross-functional buddies/ }).click();
  await page.getByRole('link', { name: /^Next: Programs and campaigns/ }).click();
  await page.getByRole('definition').filter({ hasText: 'Signing up took a week' }).waitFor();
  await page.getByText(/An empathy map helps decide how members should feel at each stage, and when you cannot tell which campaigns will work, a lean canvas breaks the options down/).waitFor();
  // The step's own credit comes first, above its lists.
  await page.getByText('From “Get executive buy-in … or else” by Jessica West and “A practical strategy for technical community program management”.', { exact: true }).first().waitFor();
  const curve = region(page, 'Commitment curve');
  await curve.getByText('Suggestions: commitment curve').click();
  await curve.getByRole('group', { name: 'Community commitment curve' }).getByText('From “The community commitment curve” by Carrie Melissa Jones.', { exact: true }).waitFor();

  // A buddy in a function the article only names: the sketch is ours.
  await goto(page, `${app.url}${playbook}/strategy/buddies`);
  const buddy = await addItem(region(page, 'Buddies'), 'Add a buddy', 'Buddy 1');
  await buddy.getByLabel('Function', { exact: true }).fill('Legal');
  // Under the sketch, and again in the quick wins' examples (folded away).
  await buddy.getByText('Our own addition, built on “Cross-functional collaboration” by Angie Byron.', { exact: true }).filter({ visible: true }).waitFor();

  // SMART goals: scope, the people responsible, and where OKRs and KPIs fit.
  await goto(page, `${app.url}${playbook}/strategy/smart-goals`);
  await page.getByText(/say what the program covers and who carries it\. Clear goals make OKRs and KPIs easy to track\./).waitFor();

  // A verdict's next steps: the app's own one is marked, the list credited once.
  await goto(page, app.url + '/');
  await page.getByRole('button', { name: 'Open the example playbook' }).click();
  await page.getByRole('link', { name: 'Compare executives side by side' }).click();
  await page.getByRole('link', { name: 'Ellen Brooks' }).click();
  const next = region(page, 'Next steps');
  await next.getByRole('listitem').filter({ hasText: /start the Overall value questions again with them\. \(our addition\)$/ }).waitFor();
  await next.getByText('From “Get executive buy-in … or else” by Jessica West. Those marked (our addition) are ours.', { exact: true }).waitFor();
  await page.getByText('The scoring is ours: the talk describes the three kinds of executive, not a score.').waitFor();

  // About names each of the app's own additions.
  await goto(page, `${app.url}/about`);
  await page.getByText(/^Some of the app's content is our own: .* the Advocacy questions; three warning signs/).waitFor();
  await context.close();
});
