// The program strategy wizard as a new DevRel hire uses it: all nine steps, suggestions adopted,
// a reload in the middle, the SMART check, links between steps, and the keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, assertAccessible, createPlaybook, goto, openPage } from './harness.mjs';

const app = appForThisFile();

const STEPS = [
  ['company-goals', 'Company goals and top problems'],
  ['community', 'Community basics'],
  ['objectives', 'Program objectives'],
  ['journey', 'Journey and personas'],
  ['buddies', 'Cross-functional buddies'],
  ['programs', 'Programs and campaigns'],
  ['customer-journey', 'Activities on the customer journey'],
  ['smart-goals', 'SMART goals'],
  ['communication', 'Internal communication'],
];

/** A day `days` from today, as a date field takes it. */
const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const stepHeading = (page, n) => page.getByRole('heading', { level: 2, name: `Step ${n} of 9: ${STEPS[n - 1][1]}` });
const item = (page, name) => page.getByRole('group', { name, exact: true });
const complete = (page) => page.getByText('Nothing: this step is complete.');

/** Clicks an "Add …" button and waits for the cursor to land in the new item. */
async function addItem(page, button) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('item-'));
}

async function adopt(page, list, suggestion) {
  const suggestions = page.locator('details.suggestions').filter({ hasText: `Suggestions: ${list}` });
  if (!(await suggestions.evaluate((details) => details.open))) await suggestions.locator('summary').click();
  const button = await suggestions.getByRole('button', { name: suggestion, exact: true }).elementHandle();
  await button.click();
  // Adopted, it says so and keeps the focus, ready for the next one.
  await page.waitForFunction((button) => button === document.activeElement && button.textContent.startsWith('Added: '), button);
}

async function nextStep(page, n) {
  await page.getByRole('link', { name: /^Next: / }).click();
  await stepHeading(page, n).waitFor();
}

async function stepIsComplete(page, n) {
  await complete(page)
    .waitFor({ timeout: 5000 })
    .catch(async () => assert.fail(`step ${n} still lacks: ${await page.getByRole('region', { name: 'Still missing in this step' }).textContent()}`));
  await assertAccessible(page, `strategy step ${n}, filled`);
}

test('a user walks all nine steps, reloads in the middle and resumes with everything intact', async () => {
  const { context, page, errors } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Acme strategy', company: 'Acme' });
  await page.getByRole('link', { name: 'Start the strategy' }).click();
  await stepHeading(page, 1).waitFor();

  // 1. Company goals and top problems, with a suggested problem and an example contribution.
  await page.getByLabel('Goal framework').selectOption('okrs');
  await addItem(page, 'Add a company goal');
  await page.keyboard.type('Double the number of paying teams');
  await adopt(page, 'top problems', 'Add “Building a partner ecosystem”');
  const problem = item(page, 'Top problem 1');
  assert.equal(await problem.getByLabel('Problem').inputValue(), 'Building a partner ecosystem');
  assert.equal(await problem.getByLabel('How DevRel work contributes').inputValue(), '', 'a suggestion never answers for the user');
  await problem.getByText('Examples: how devrel work contributes').click();
  await problem.getByRole('button', { name: 'Use this' }).first().click();
  assert.match(await problem.getByLabel('How DevRel work contributes').inputValue(), /partners/);
  await page.getByRole('button', { name: 'Added: Building a partner ecosystem' }).waitFor();
  await stepIsComplete(page, 1);

  // 2. Community basics.
  await nextStep(page, 2);
  await page.getByRole('button', { name: 'Use “Developers and users”' }).click();
  await page.getByLabel('Size').fill('About 1,200 members');
  await page.getByLabel('How committed its members are').fill('Mostly readers; a dozen regulars answer questions.');
  await adopt(page, 'first impressions by channel', 'Add “Documentation”');
  await item(page, 'Channel 1').getByLabel('First impression').fill('Thorough, but hard to start from.');
  assert.equal(await page.getByRole('textbox', { name: 'Type of community' }).inputValue(), 'Developers and users');
  await stepIsComplete(page, 2);

  // 3. Program objectives, linked to the top problem of step 1.
  await nextStep(page, 3);
  await page.getByLabel('What the company wants from the program').fill('More partners building on the API.');
  await page.getByLabel('What the company wants to avoid').fill('A community that only costs money.');
  await page.getByLabel('The value for stakeholders inside the company').fill('Warm introductions for the partner team.');
  await page.getByLabel('The value for users and community members').fill('Samples that run.');
  await addItem(page, 'Add an objective');
  await page.keyboard.type('Co-host meetups with partners');
  await item(page, 'Objective 1').getByLabel('Top problem it helps with').selectOption({ label: 'Building a partner ecosystem' });
  await item(page, 'Objective 1').getByLabel('Business value (CMX SPACES)').selectOption({ label: 'Acquisition' });
  await stepIsComplete(page, 3);

  // 4. Journey and personas.
  await nextStep(page, 4);
  for (const [label, text] of [
    ['Where do users come from?', 'Search and conference talks.'],
    ['What are the current channels to the market?', 'Docs, forum and a newsletter.'],
    ['What is the onboarding like?', 'Quick sign-up; the first tutorial assumes too much.'],
    ['How is the product used, and where does it give value to its users?', 'Backends without servers.'],
    ['Should the community grow horizontally or vertically next?', 'Vertically first.'],
    ['What felt good along the way', 'A warm welcome in the forum.'],
    ['What felt bad, confusing or slow', 'The quick start broke at step 4.'],
  ]) {
    await page.getByLabel(label).fill(text);
  }
  await addItem(page, 'Add a persona');
  await page.keyboard.type('Backend Bea');
  await item(page, 'Persona 1').getByLabel('What they are trying to do').fill('Ship an API quickly.');
  await item(page, 'Persona 1').getByLabel('What gets in their way').fill('Samples that do not run.');
  await stepIsComplete(page, 4);

  // 5. Buddies: the four functions adopted at once, then one reload.
  await nextStep(page, 5);
  const buddies = page.locator('details.suggestions').filter({ hasText: 'Suggestions: buddies' });
  await buddies.locator('summary').click();
  await buddies.getByRole('button', { name: 'Add all of “The buddy system\'s four functions”' }).click();
  await item(page, 'Buddy 4').waitFor();
  const contacts = ['Jordan Kim', 'Alex Moreau', 'Sam Ortiz', 'Riley Chen'];
  for (const [at, contact] of contacts.entries()) {
    const buddy = item(page, `Buddy ${at + 1}`);
    await buddy.getByLabel('Contact').fill(contact);
    await buddy.getByLabel('Status').selectOption('met');
    await buddy.getByText('Examples: quick win').click();
    await buddy.getByRole('button', { name: 'Use this' }).first().click();
  }
  assert.equal(await item(page, 'Buddy 1').getByLabel('Function').inputValue(), 'Sales');
  await stepIsComplete(page, 5);

  await page.reload();
  await stepHeading(page, 5).waitFor();
  assert.ok(page.url().endsWith('/strategy/buddies'));
  assert.equal(await item(page, 'Buddy 2').getByLabel('Contact').inputValue(), 'Alex Moreau');
  assert.equal(await item(page, 'Buddy 3').getByLabel('Status').inputValue(), 'met');
  await complete(page).waitFor();
  // Earlier steps are intact too.
  await page.getByRole('navigation', { name: 'Strategy steps' }).getByRole('link', { name: /Company goals and top problems/ }).click();
  await stepHeading(page, 1).waitFor();
  assert.equal(await page.getByLabel('Goal framework').inputValue(), 'okrs');
  assert.equal(await item(page, 'Company goal 1').getByLabel('Goal').inputValue(), 'Double the number of paying teams');
  await page.getByRole('navigation', { name: 'Strategy steps' }).getByRole('link', { name: /Programs and campaigns/ }).click();
  await stepHeading(page, 6).waitFor();

  // 6. Programs, the Orbit levels as the commitment curve, and a campaign on it.
  await adopt(page, 'programs', 'Add “Events”');
  await item(page, 'Program 1').getByLabel('Outcome').fill('Two partner meetups a quarter.');
  assert.equal(await item(page, 'Program 1').getByLabel('Type').inputValue(), 'events');
  const curve = page.locator('details.suggestions').filter({ hasText: 'Suggestions: commitment curve' });
  await curve.locator('summary').click();
  await curve.getByRole('button', { name: 'Add all of “Orbit model engagement levels”' }).click();
  await item(page, 'Commitment stage 4').waitFor();
  assert.equal(await item(page, 'Commitment stage 1').getByLabel('Stage').inputValue(), 'Exploring');
  assert.equal(await item(page, 'Commitment stage 4').getByLabel('Stage').inputValue(), 'Leading');
  await addItem(page, 'Add a campaign');
  await page.keyboard.type('Partner meetup series');
  const campaign = item(page, 'Campaign 1');
  await campaign.getByLabel('Program', { exact: true }).selectOption({ label: 'Events' });
  await campaign.getByLabel('Stage on the commitment curve').selectOption({ label: 'Participating' });
  await campaign.getByLabel('What is measured').fill('Attendees who sign up');
  await stepIsComplete(page, 6);

  // 7. The developer journey, activities on it, and leads for other teams.
  await nextStep(page, 7);
  const journey = page.locator('details.suggestions').filter({ hasText: 'Suggestions: customer journey stages' });
  await journey.locator('summary').click();
  await journey.getByRole('button', { name: /^Add all of “Developer journey/ }).click();
  await item(page, 'Journey stage 5').waitFor();
  await adopt(page, 'activities', 'Add “Attended a company meetup”');
  await adopt(page, 'activities', 'Add “Workshop”');
  await item(page, 'Activity 1').getByLabel('Journey stage').selectOption({ label: 'Discover' });
  await item(page, 'Activity 2').getByLabel('Journey stage').selectOption({ label: 'Learn' });
  assert.equal(await item(page, 'Activity 2').getByLabel('Done by').inputValue(), 'team');
  await adopt(page, 'devrel qualified leads', 'Add “Marketing”');
  await page.getByLabel('Reporting').fill('A wiki dashboard, linked in the company chat monthly.');
  await stepIsComplete(page, 7);

  // 8. A SMART goal with a milestone, and the manager's agreement.
  await nextStep(page, 8);
  await addItem(page, 'Add a goal');
  const goal = item(page, 'Goal 1');
  await page.keyboard.type('co-host 6 meetups with partners');
  await goal.getByLabel('By', { exact: true }).fill(inDays(180));
  await goal.getByLabel('Who will accomplish it').fill('DevRel and the partner team');
  await goal.getByLabel('By taking these steps').fill('finding partners with their own meetups');
  await goal.getByLabel('Accomplishing it will').fill('bring partners closer');
  await goal.getByLabel('Serves').selectOption({ label: 'Co-host meetups with partners' });
  await goal.getByLabel('Owner').fill('Sam Rivera');
  await goal.getByRole('button', { name: 'Add a milestone' }).click();
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('item-'));
  await page.keyboard.type('First meetup held');
  await item(page, 'Milestone 1').getByLabel('Due').fill(inDays(60));
  await page.getByRole('button', { name: 'Use “Every two weeks, in our one-to-one”' }).click();
  await page.getByLabel("Manager's agreement").selectOption('agreed');
  await page.getByLabel('Next goals refresh').fill(inDays(70));
  await goal.getByText('SMART: 5 of 5 letters met').waitFor();
  await stepIsComplete(page, 8);

  // 9. Internal communication.
  await nextStep(page, 9);
  await adopt(page, 'channels', 'Add “Internal newsletter”');
  await item(page, 'Channel 1').getByLabel('How often').fill('Monthly');
  await item(page, 'Channel 1').getByLabel('Audience').fill('The whole company');
  await stepIsComplete(page, 9);

  const steps = page.getByRole('navigation', { name: 'Strategy steps' });
  assert.equal(await steps.getByText('9 of 9 steps complete').count(), 1);
  await page.getByRole('link', { name: 'Done: back to the playbook' }).click();
  await page.getByRole('heading', { level: 1, name: 'Acme strategy' }).waitFor();
  await page.getByRole('region', { name: 'Program strategy' }).getByText('9 of 9 steps complete').waitFor();
  assert.equal(new URL(page.url()).pathname, playbook);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a SMART goal that fails two letters passes after two edits', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Goals' });
  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  await addItem(page, 'Add a top problem');
  await page.keyboard.type('Nobody knows who we are');
  await goto(page, `${app.url}${playbook}/strategy/smart-goals`);
  await addItem(page, 'Add a goal');
  const goal = item(page, 'Goal 1');
  await page.keyboard.type('grow the forum with weekly office hours');
  await goal.getByLabel('Who will accomplish it').fill('The DevRel team');
  await goal.getByLabel('By taking these steps').fill('answering every question within a day');
  await goal.getByLabel('Accomplishing it will').fill('make the forum the first place to ask');
  await goal.getByLabel('Serves').selectOption({ label: 'Nobody knows who we are' });
  await goal.getByLabel('Owner').fill('Sam');

  const check = goal.getByRole('list', { name: 'SMART check' });
  await goal.getByText('SMART: 3 of 5 letters met').waitFor();
  assert.deepEqual(await check.getByRole('listitem').allTextContents(), [
    'SSpecific: met',
    'MMeasurable: not met: put a number in the objective: how many, how much or what share',
    'AAchievable: met',
    'RRelevant: met',
    'TTime-bound: not met: set a deadline',
  ]);
  await page.getByText('“grow the forum with weekly office hours” is not Time-bound: set a deadline.').waitFor();
  assert.match(await goal.locator('.sentence').textContent(), /by \[deadline\]/);

  await goal.getByLabel('Our goal is to').fill('grow weekly forum answers to 200');
  await goal.getByLabel('By', { exact: true }).fill(inDays(120));
  await goal.getByText('SMART: 5 of 5 letters met').waitFor();
  assert.match(await goal.locator('.sentence').textContent(), /^Our goal is to grow weekly forum answers to 200 by \d+ \w+ \d{4}\. The DevRel team will accomplish it by/);
  await assertAccessible(page, 'a SMART goal being written');

  // Folded, the goal keeps its sentence and its check.
  await goal.getByRole('button', { name: 'Fold goal' }).click();
  assert.equal(await goal.getByLabel('Owner').count(), 0);
  await goal.getByText('SMART: 5 of 5 letters met').waitFor();
  await context.close();
});

test('removing a top problem that an objective points at asks first and leaves no dangling link', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Links' });
  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  await addItem(page, 'Add a top problem');
  await page.keyboard.type('Losing customers');
  await page.getByRole('link', { name: /^Next: / }).click();
  await stepHeading(page, 2).waitFor();
  await goto(page, `${app.url}${playbook}/strategy/objectives`);
  await addItem(page, 'Add an objective');
  await page.keyboard.type('Meet the developers of customers at risk');
  await item(page, 'Objective 1').getByLabel('Top problem it helps with').selectOption({ label: 'Losing customers' });

  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  const problem = item(page, 'Top problem 1');
  await problem.getByRole('button', { name: 'Remove' }).click();
  const question = problem.getByRole('alert');
  await question.getByText('Other parts of the plan point at “Losing customers”:').waitFor();
  assert.equal(await question.getByRole('listitem').textContent(), 'Objective “Meet the developers of customers at risk”');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Keep it');
  await page.keyboard.press('Enter');
  assert.equal(await question.count(), 0);
  assert.equal(await problem.getByLabel('Problem').inputValue(), 'Losing customers');

  await problem.getByRole('button', { name: 'Remove' }).click();
  await problem.getByRole('button', { name: 'Remove it and clear the links' }).click();
  await page.getByText('No top problems yet.').waitFor();
  await page.getByText('Removed top problem “Losing customers”.').waitFor();

  await page.reload();
  await stepHeading(page, 1).waitFor();
  assert.equal(await page.getByRole('group', { name: /^Top problem/ }).count(), 0);
  await goto(page, `${app.url}${playbook}/strategy/objectives`);
  const link = item(page, 'Objective 1').getByLabel('Top problem it helps with');
  assert.equal(await link.inputValue(), '');
  assert.equal(await link.locator('option:checked').textContent(), 'None');
  await page.getByText('“Meet the developers of customers at risk” needs: top problem it helps with.').waitFor();
  await context.close();
});

test('the keyboard alone reorders items, and each step change moves focus and is announced', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Keyboard strategy' });
  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  for (const goal of ['First goal', 'Second goal', 'Third goal']) {
    await addItem(page, 'Add a company goal');
    await page.keyboard.type(goal);
  }
  const goals = () => page.getByRole('group', { name: /^Company goal \d$/ }).getByLabel('Goal').evaluateAll((inputs) => inputs.map((input) => input.value));
  // From the first goal's text, Tab to its "Move down" (after the disabled "Move up").
  await item(page, 'Company goal 1').getByLabel('Goal').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Move down');
  const order = (expected) =>
    page.waitForFunction((order) => [...document.querySelectorAll('.items input')].map((i) => i.value).join() === order, expected.join());
  await page.keyboard.press('Enter');
  await order(['Second goal', 'First goal', 'Third goal']);
  await page.waitForFunction(() => document.activeElement?.textContent === 'Move down');
  // Focus stayed on the moved item's button: Enter again moves it to the end, where its
  // "Move down" is disabled, so focus goes to its "Move up".
  await page.keyboard.press('Enter');
  await order(['Second goal', 'Third goal', 'First goal']);
  await page.waitForFunction(() => document.activeElement?.textContent === 'Move up');
  await page.keyboard.press('Enter');
  await order(['Second goal', 'First goal', 'Third goal']);
  await page.waitForFunction(() => document.activeElement?.textContent === 'Move up');
  assert.deepEqual(await goals(), ['Second goal', 'First goal', 'Third goal']);

  const steps = page.getByRole('navigation', { name: 'Strategy steps' });
  assert.equal(await steps.getByRole('link', { name: /Company goals and top problems/ }).getAttribute('aria-current'), 'step');
  const next = page.getByRole('link', { name: /^Next: / });
  await next.focus();
  await page.keyboard.press('Enter');
  await stepHeading(page, 2).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
  assert.equal(await steps.getByRole('link', { name: /Community basics/ }).getAttribute('aria-current'), 'step');
  assert.equal(await steps.getByRole('link', { name: /Company goals and top problems/ }).getAttribute('aria-current'), null);
  assert.equal(await steps.locator('[aria-current="step"]').count(), 1);
  const announced = page.locator('[aria-live="polite"].visually-hidden');
  assert.equal(await announced.textContent(), 'Step 2 of 9: Community basics. 4 things are missing.');
  await context.close();
});

test('every step of a new strategy has no serious accessibility violation', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Audit' });
  for (const [at, [slug]] of STEPS.entries()) {
    await goto(page, `${app.url}${playbook}/strategy/${slug}`);
    await stepHeading(page, at + 1).waitFor();
    await assertAccessible(page, `strategy step ${at + 1}, empty`);
  }
  await context.close();
});

test('the strategy address without a step opens the first unfinished one; an unknown step says so', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Addresses' });
  await goto(page, `${app.url}${playbook}/strategy`);
  await stepHeading(page, 1).waitFor();
  await goto(page, `${app.url}${playbook}/strategy/step-ten`);
  await page.getByRole('heading', { level: 2, name: 'Step not found' }).waitFor();
  await page.getByText('The strategy has no step called “step-ten”.').waitFor();
  await page.getByRole('link', { name: 'Go to the first step' }).click();
  await stepHeading(page, 1).waitFor();
  await context.close();
});
