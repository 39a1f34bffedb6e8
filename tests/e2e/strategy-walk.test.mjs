// The program strategy wizard walked as a user walks it: from the playbook's "Program strategy"
// card through all nine steps with the suggestions on offer, a reload on step 5 that loses
// nothing, and the address that opens the first unfinished step.
//
// Each step is filled by one function below, with the checks that belong to it. A test about
// the later steps walks the earlier ones with the same functions first: the playbook page
// counts a step done only when it is, and later steps link to what earlier ones hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, assertAccessible, createPlaybook, goto, openPage, shownDate } from './harness.mjs';
import {
  addItem,
  adopt,
  drawn,
  firstSuggestion,
  focusInNewItem,
  inDays,
  item,
  nextStep,
  previousStep,
  region,
  shown,
  stepHeading,
  stepIsComplete,
  stepLink,
  stepsNav,
  stillMissing,
  suggestionsOf,
  useFirstAnswer,
  useFirstExample,
  values,
} from './strategy-helpers.mjs';

const app = appForThisFile();

const TITLE = 'Nimbus DevRel plan';
const JOURNEY_ANSWERS = [
  ['Where do users come from?', 'Search, and talks at cloud conferences.'],
  ['What are the current channels to the market?', 'Docs, the forum and a monthly newsletter.'],
  ['What is the onboarding like?', 'Sign-up is quick; the first tutorial skips the API key.'],
  ['How is the product used, and where does it give value to its users?', 'Storage for mobile backends.'],
  ['Should the community grow horizontally or vertically next?', 'Vertically: more members who answer.'],
  ['What felt good along the way', 'A reply in the forum within an hour.'],
  ['What felt bad, confusing or slow', 'No sample for Kotlin.'],
];
const CONTACTS = ['Jordan Kim', 'Alex Moreau', 'Sam Ortiz', 'Riley Chen', 'Noor Haddad', 'Lee Park'];

const strategyCard = (page) => region(page, 'Program strategy');

/** A new playbook's strategy card, before any step is done, and its way in to step 1. */
async function startStrategy(page) {
  const playbook = await createPlaybook(page, { title: TITLE, company: 'Nimbus' });
  const card = strategyCard(page);
  await card.getByText('0 of 9 steps complete').waitFor();
  assert.equal(await card.getByRole('link').count(), 10, 'a link per step, and the way in');
  assert.equal(await card.getByRole('progressbar', { name: 'Strategy steps complete' }).getAttribute('value'), '0');
  await card.getByRole('link', { name: 'Start the strategy' }).click();
  await stepHeading(page, 1).waitFor();
  assert.equal(new URL(page.url()).pathname, `${playbook}/strategy/company-goals`);
  assert.equal(await stepLink(page, 1).getAttribute('aria-current'), 'step');
  assert.equal(await stepsNav(page).locator('[aria-current]').count(), 1);
  return { playbook };
}

/**
 * 1. Another framework needs its name; two company goals; a top problem adopted from the
 * suggestions with an example contribution, and one written in.
 */
async function fillCompanyGoals(page) {
  await page.getByLabel('Goal framework').selectOption({ label: 'Another framework' });
  await stillMissing(page).getByText('Name the goal framework the company uses.').waitFor();
  await page.getByLabel('Name of the framework').fill('4DX');
  const companyGoals = region(page, 'Company goals');
  await addItem(companyGoals, 'Add a company goal', 'Company goal 1');
  await page.keyboard.type('Reach 10,000 paying teams');
  await addItem(companyGoals, 'Add a company goal', 'Company goal 2');
  await page.keyboard.type('Open an office in Singapore');

  const problems = region(page, 'Top problems');
  const problemSuggestions = await suggestionsOf(problems);
  const { button: suggested, title: adoptedProblem } = await firstSuggestion(problemSuggestions);
  await adopt(page, suggested);
  const firstProblem = item(problems, 'Top problem 1');
  assert.equal(await firstProblem.getByLabel('Problem').inputValue(), adoptedProblem);
  assert.equal(await firstProblem.getByLabel('How DevRel work contributes').inputValue(), '', 'a suggestion never answers for the user');
  assert.equal(await suggested.textContent(), `Added: ${adoptedProblem}`);
  assert.equal(await suggested.getAttribute('aria-disabled'), 'true');
  // A click on it anyway (it is only marked disabled, so it keeps its place in the Tab order).
  await suggested.click({ force: true });
  await drawn(page);
  assert.equal(await problems.getByRole('group', { name: /^Top problem \d$/ }).count(), 1, 'adopted only once');
  const contribution = await useFirstExample(firstProblem, 'How DevRel work contributes');
  assert.ok(contribution.length > 20, contribution);
  assert.equal(await firstProblem.getByLabel('How DevRel work contributes').inputValue(), contribution);
  const secondProblem = await addItem(problems, 'Add a top problem', 'Top problem 2');
  await page.keyboard.type('Developers give up during the free trial');
  await secondProblem.getByLabel('How DevRel work contributes').fill('Office hours and a quick start that works.');
  await stepIsComplete(page, 1);
  assert.match(await stepsNav(page).textContent(), /1 of 9 steps complete/);
  return { adoptedProblem, contribution };
}

/** 2. Community basics: a suggested type, and a first impression of a suggested channel. */
async function fillCommunityBasics(page) {
  assert.equal(await stepLink(page, 1).getAttribute('aria-current'), null);
  const communityType = await useFirstAnswer(page, 'Type of community');
  assert.equal(await page.getByRole('textbox', { name: 'Type of community' }).inputValue(), communityType);
  await page.getByLabel('Size').fill('3,400 forum members, 300 active a month');
  await page.getByLabel('How committed its members are').fill('Most read; about 40 answer questions; 5 run meetups.');
  const impressions = region(page, 'First impressions by channel');
  const { button: channelButton, title: channel } = await firstSuggestion(await suggestionsOf(impressions));
  await adopt(page, channelButton);
  await item(impressions, 'Channel 1').getByLabel('First impression').fill('Complete, but the first page assumes too much.');
  await stepIsComplete(page, 2);
  return { communityType, channel };
}

/** 3. Program objectives, each linked to a top problem of step 1. */
async function fillObjectives(page, { adoptedProblem }) {
  await page.getByLabel('What the company wants from the program').fill('More teams paying after the trial.');
  await page.getByLabel('What the company wants to avoid').fill('A community that only costs money.');
  await page.getByLabel('The value for stakeholders inside the company').fill('Product feedback every month.');
  await page.getByLabel('The value for users and community members').fill('Answers within a day.');
  const objectives = region(page, 'Program objectives');
  const { button: objectiveButton, title: adoptedObjective } = await firstSuggestion(await suggestionsOf(objectives));
  await adopt(page, objectiveButton);
  const firstObjective = item(objectives, 'Objective 1');
  await firstObjective.getByLabel('Top problem it helps with').selectOption({ label: adoptedProblem });
  await firstObjective.getByLabel('Business value (CMX SPACES)').selectOption({ label: 'Acquisition' });
  const secondObjective = await addItem(objectives, 'Add an objective', 'Objective 2');
  await page.keyboard.type('Halve the time to a first working call');
  await secondObjective.getByLabel('Top problem it helps with').selectOption({ label: 'Developers give up during the free trial' });
  await stepIsComplete(page, 3);
  return { adoptedObjective };
}

/** 4. Journey and personas. */
async function fillJourney(page) {
  for (const [label, text] of JOURNEY_ANSWERS) await page.getByLabel(label, { exact: true }).fill(text);
  const personas = region(page, 'Developer personas');
  const persona = await addItem(personas, 'Add a persona', 'Persona 1');
  await page.keyboard.type('Mobile Maya');
  await persona.getByLabel('Who they are').fill('Android developer at an agency.');
  await persona.getByLabel('What they are trying to do').fill('Ship an app backend in a week.');
  await persona.getByLabel('What gets in their way').fill('Samples that do not run.');
  await stepIsComplete(page, 4);
  return {};
}

/** 5, first half: a whole suggested set of buddies at once, two of them filled in. */
async function startBuddies(page) {
  const buddies = region(page, 'Buddies');
  const buddySuggestions = await suggestionsOf(buddies);
  const addAll = buddySuggestions.getByRole('button', { name: /^Add all of “/ }).first();
  const set = addAll.locator('xpath=..');
  const functions = (await set.getByRole('button', { name: /^Add “/ }).allTextContents()).map((text) => text.slice(5, -1));
  await addAll.click();
  await item(buddies, `Buddy ${functions.length}`).waitFor();
  assert.deepEqual(await values(buddies, 'Buddy', 'Function'), functions);
  assert.deepEqual(await set.getByRole('button', { name: /^Added: / }).allTextContents(), functions.map((f) => `Added: ${f}`));
  for (const core of ['Sales', 'Marketing', 'Product', 'Support']) {
    assert.ok(functions.some((f) => f.toLowerCase().includes(core.toLowerCase())), `the set has a buddy in ${core}: ${functions}`);
  }
  // Adding the whole set again adds nothing.
  await addAll.click();
  await drawn(page);
  assert.equal(await buddies.getByRole('group', { name: /^Buddy \d+$/ }).count(), functions.length);
  await item(buddies, 'Buddy 1').getByLabel('Contact').fill(CONTACTS[0]);
  await item(buddies, 'Buddy 1').getByLabel('Status').selectOption({ label: 'Met' });
  const quickWin = await useFirstExample(item(buddies, 'Buddy 1'), 'Quick win');
  await item(buddies, 'Buddy 2').getByLabel('Contact').fill(CONTACTS[1]);
  return { functions, quickWin };
}

/** 5, second half: the third buddy still lacks a contact and a quick win; every buddy gets both. */
async function finishBuddies(page, { functions }) {
  const buddies = region(page, 'Buddies');
  await stillMissing(page).getByText(`“${functions[2]}” needs: contact, quick win.`).waitFor();
  for (const [at, fn] of functions.entries()) {
    const buddy = item(buddies, `Buddy ${at + 1}`);
    await buddy.getByLabel('Contact').fill(CONTACTS[at]);
    if (at > 0) await buddy.getByLabel('Quick win').fill(`A first small thing with ${fn}.`);
  }
  await stepIsComplete(page, 5);
}

/** 5. Buddies, in one go. */
async function fillBuddies(page) {
  const started = await startBuddies(page);
  await finishBuddies(page, started);
  return started;
}

/** 6. A suggested program, the Orbit levels as the commitment curve, and a campaign on it. */
async function fillPrograms(page) {
  const programs = region(page, 'Programs');
  const { button: programButton, title: program } = await firstSuggestion(await suggestionsOf(programs));
  await adopt(page, programButton);
  assert.equal(await item(programs, 'Program 1').getByLabel('Program name').inputValue(), program);
  assert.notEqual(await item(programs, 'Program 1').getByLabel('Type').inputValue(), '', 'the suggestion sets the type');
  await item(programs, 'Program 1').getByLabel('Outcome').fill('Twenty active ambassadors by the summer.');
  const curve = region(page, 'Commitment curve');
  await (await suggestionsOf(curve)).getByRole('button', { name: /^Add all of “Orbit/ }).click();
  await item(curve, 'Commitment stage 4').waitFor();
  assert.deepEqual(await values(curve, 'Commitment stage', 'Stage'), ['Exploring', 'Participating', 'Contributing', 'Leading']);
  const campaigns = region(page, 'Campaigns');
  const campaign = await addItem(campaigns, 'Add a campaign', 'Campaign 1');
  await page.keyboard.type('Answer of the month');
  // The links offer what the step's other lists hold.
  assert.deepEqual(await campaign.getByLabel('Stage on the commitment curve').locator('option').allTextContents(), ['None', 'Exploring', 'Participating', 'Contributing', 'Leading']);
  await campaign.getByLabel('Program', { exact: true }).selectOption({ label: program });
  await campaign.getByLabel('Stage on the commitment curve').selectOption({ label: 'Contributing' });
  await campaign.getByLabel('Touch point').fill('The forum');
  await campaign.getByLabel('What is measured').fill('Accepted answers by members');
  await campaign.getByLabel('Incentive or reward').fill('A shout-out in the newsletter');
  await stepIsComplete(page, 6);
}

/** 7. The developer journey, an activity of the community and one of the team, and leads. */
async function fillCustomerJourney(page) {
  const stages = region(page, 'Customer journey stages');
  await (await suggestionsOf(stages)).getByRole('button', { name: /^Add all of “Developer journey/ }).click();
  await item(stages, 'Journey stage 5').waitFor();
  assert.deepEqual(await values(stages, 'Journey stage', 'Stage'), ['Discover', 'Evaluate', 'Learn', 'Build', 'Scale']);
  const activities = region(page, 'Activities');
  const activitySuggestions = await suggestionsOf(activities);
  const byCommunity = await firstSuggestion(activitySuggestions, await activitySuggestions.getByRole('group').nth(0).getAttribute('aria-label'));
  const byTeam = await firstSuggestion(activitySuggestions, await activitySuggestions.getByRole('group').nth(1).getAttribute('aria-label'));
  await adopt(page, byCommunity.button);
  await adopt(page, byTeam.button);
  assert.deepEqual(await values(activities, 'Activity', 'Activity'), [byCommunity.title, byTeam.title]);
  await item(activities, 'Activity 1').getByLabel('Done by').selectOption({ label: 'Community members' });
  await item(activities, 'Activity 2').getByLabel('Done by').selectOption({ label: 'The DevRel team' });
  await item(activities, 'Activity 1').getByLabel('Journey stage').selectOption({ label: 'Discover' });
  await item(activities, 'Activity 2').getByLabel('Journey stage').selectOption({ label: 'Build' });
  const leads = region(page, 'DevRel Qualified Leads');
  await adopt(page, (await firstSuggestion(await suggestionsOf(leads))).button);
  const lead = item(leads, 'Lead type 1').getByLabel('What counts as a lead');
  if ((await lead.inputValue()) === '') await lead.fill('A team asking for a proof of concept.');
  await page.getByLabel('Reporting').fill('A dashboard on the wiki, linked in the company chat every month.');
  await stepIsComplete(page, 7);
}

/** 8. A SMART goal serving an objective of step 3, with a milestone, the review cadence and the manager's agreement. */
async function fillSmartGoals(page, { adoptedObjective }) {
  const goals = region(page, 'SMART goals');
  const goal = await addItem(goals, 'Add a goal', 'Goal 1');
  await goal.getByRole('button', { name: 'Fold goal' }).waitFor();
  await page.keyboard.type('grow monthly active API users to 5,000');
  const deadline = inDays(200);
  await goal.getByLabel('By', { exact: true }).fill(deadline);
  await goal.getByLabel('Who will accomplish it').fill('DevRel with the ambassadors');
  await goal.getByLabel('By taking these steps').fill('a quick start that works, and monthly office hours');
  await goal.getByLabel('Accomplishing it will').fill('turn more trials into paying teams');
  await goal.getByLabel('Serves').selectOption({ label: adoptedObjective });
  await goal.getByLabel('Owner').fill('Sam Rivera');
  await goal.getByRole('button', { name: 'Add a milestone' }).click();
  const milestone = await focusInNewItem(region(goal, 'Milestones'), 'Milestone 1');
  await page.keyboard.type('1,000 users');
  await milestone.getByLabel('Due').fill(inDays(60));
  const cadence = await useFirstAnswer(page, 'Review cadence');
  assert.equal(await page.getByRole('textbox', { name: 'Review cadence' }).inputValue(), cadence);
  await page.getByLabel("Manager's agreement").selectOption({ label: 'Agreed with my manager' });
  await page.getByLabel('Next goals refresh').fill(inDays(80));
  await goal.getByText('SMART: 5 of 5 letters met').waitFor();
  assert.equal(
    await goal.locator('.sentence').textContent(),
    `Our goal is to grow monthly active API users to 5,000 by ${shownDate(deadline)}. DevRel with the ambassadors will accomplish it by a quick start that works, and monthly office hours. Accomplishing it will turn more trials into paying teams.`,
  );
  await stepIsComplete(page, 8);
  await goal.getByRole('button', { name: 'Fold goal' }).click();
  assert.equal(await goal.getByRole('button', { name: 'Edit goal' }).getAttribute('aria-expanded'), 'false');
  assert.equal(await goal.getByLabel('Owner').count(), 0);
}

/** 9. Internal communication: the last step, and the strategy is complete. */
async function fillCommunication(page) {
  const channels = region(page, 'Channels');
  const { button: channelSuggestion, title: commsChannel } = await firstSuggestion(await suggestionsOf(channels));
  await adopt(page, channelSuggestion);
  await item(channels, 'Channel 1').getByLabel('How often').fill('Monthly');
  await item(channels, 'Channel 1').getByLabel('Audience').fill('Everyone in Sales, Marketing and Product');
  assert.deepEqual(await values(channels, 'Channel', 'Channel'), [commsChannel]);
  await stepIsComplete(page, 9);
  await stepsNav(page).getByText('9 of 9 steps complete').waitFor();
  assert.equal(await stepsNav(page).getByRole('progressbar', { name: 'Steps complete' }).getAttribute('value'), '9');
}

/** Steps 1 to 5, each filled by its function above, in order. */
const FIRST_STEPS = [fillCompanyGoals, fillCommunityBasics, fillObjectives, fillJourney, fillBuddies];

/**
 * From a new playbook's page into step 1 and on through step `last` (at most 5), as the user
 * before a test's own steps; returns the playbook's path and what the steps took from
 * suggestions.
 */
async function walkThrough(page, last) {
  const entered = await startStrategy(page);
  for (const [at, fill] of FIRST_STEPS.slice(0, last).entries()) {
    if (at > 0) await nextStep(page, at + 1);
    Object.assign(entered, await fill(page, entered));
  }
  return entered;
}

/** Closes the user's browser, which saw no page error or console warning on the way. */
async function closeWithoutErrors({ context, errors }) {
  assert.deepEqual(errors, []);
  await context.close();
}

test('the strategy card leads into step 1, and steps 1 to 3 take suggestions, examples and links to top problems', async () => {
  const opened = await openPage(app);
  const { page } = opened;
  await startStrategy(page);
  const { adoptedProblem } = await fillCompanyGoals(page);
  await nextStep(page, 2);
  await fillCommunityBasics(page);
  await nextStep(page, 3);
  await fillObjectives(page, { adoptedProblem });
  await closeWithoutErrors(opened);
});

test('a user reloads half-way through step 5 and finds everything of steps 1 to 5 intact, and the playbook page counts five steps done', async () => {
  const opened = await openPage(app);
  const { page } = opened;
  const { playbook, adoptedProblem, contribution, communityType, channel, adoptedObjective } = await walkThrough(page, 4);
  await nextStep(page, 5);
  const { functions, quickWin } = await startBuddies(page);

  await page.reload();
  await stepHeading(page, 5).waitFor();
  const buddies = region(page, 'Buddies');
  assert.equal(new URL(page.url()).pathname, `${playbook}/strategy/buddies`);
  assert.equal(await stepLink(page, 5).getAttribute('aria-current'), 'step');
  assert.deepEqual(await values(buddies, 'Buddy', 'Function'), functions);
  assert.deepEqual(await values(buddies, 'Buddy', 'Contact'), [CONTACTS[0], CONTACTS[1], ...functions.slice(2).map(() => '')]);
  assert.equal(await shown(item(buddies, 'Buddy 1').getByLabel('Status')), 'Met');
  assert.equal(await item(buddies, 'Buddy 1').getByLabel('Quick win').inputValue(), quickWin);
  await finishBuddies(page, { functions });

  // Back through the earlier steps: every answer is still there.
  await previousStep(page, 4);
  for (const [label, text] of JOURNEY_ANSWERS) assert.equal(await page.getByLabel(label, { exact: true }).inputValue(), text);
  assert.equal(await item(region(page, 'Developer personas'), 'Persona 1').getByLabel('Persona name').inputValue(), 'Mobile Maya');
  await previousStep(page, 3);
  const objectives = region(page, 'Program objectives');
  const firstObjective = item(objectives, 'Objective 1');
  assert.equal(await firstObjective.getByLabel('Objective').inputValue(), adoptedObjective);
  assert.equal(await shown(firstObjective.getByLabel('Top problem it helps with')), adoptedProblem);
  assert.equal(await shown(firstObjective.getByLabel('Business value (CMX SPACES)')), 'Acquisition');
  assert.equal(await shown(item(objectives, 'Objective 2').getByLabel('Top problem it helps with')), 'Developers give up during the free trial');
  await previousStep(page, 2);
  assert.equal(await page.getByRole('textbox', { name: 'Type of community' }).inputValue(), communityType);
  assert.equal(await page.getByLabel('Size').inputValue(), '3,400 forum members, 300 active a month');
  assert.deepEqual(await values(region(page, 'First impressions by channel'), 'Channel', 'Channel'), [channel]);
  await previousStep(page, 1);
  const problems = region(page, 'Top problems');
  assert.equal(await shown(page.getByLabel('Goal framework')), 'Another framework');
  assert.equal(await page.getByLabel('Name of the framework').inputValue(), '4DX');
  assert.deepEqual(await values(region(page, 'Company goals'), 'Company goal', 'Goal'), ['Reach 10,000 paying teams', 'Open an office in Singapore']);
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), [adoptedProblem, 'Developers give up during the free trial']);
  assert.equal(await item(problems, 'Top problem 1').getByLabel('How DevRel work contributes').inputValue(), contribution);
  assert.equal(await (await firstSuggestion(await suggestionsOf(problems))).button.textContent(), `Added: ${adoptedProblem}`);

  // The playbook page counts five steps done and continues with the sixth.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: TITLE }).click();
  const card = strategyCard(page);
  await card.getByText('5 of 9 steps complete').waitFor();
  assert.equal(await card.getByRole('progressbar').getAttribute('value'), '5');
  assert.equal(await card.getByText('complete', { exact: true }).count(), 5);
  await card.getByRole('link', { name: 'Continue the strategy' }).click();
  await stepHeading(page, 6).waitFor();
  await closeWithoutErrors(opened);
});

test('steps 6 to 9 complete the strategy, and the playbook page then counts all nine steps done', async () => {
  const opened = await openPage(app);
  const { page } = opened;
  const { playbook, adoptedObjective } = await walkThrough(page, 5);
  await nextStep(page, 6);
  await fillPrograms(page);
  await nextStep(page, 7);
  await fillCustomerJourney(page);
  await nextStep(page, 8);
  await fillSmartGoals(page, { adoptedObjective });
  await nextStep(page, 9);
  await fillCommunication(page);

  await page.getByRole('link', { name: 'Done: back to the playbook' }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  assert.equal(new URL(page.url()).pathname, playbook);
  const card = strategyCard(page);
  await card.getByText('9 of 9 steps complete').waitFor();
  assert.equal(await card.getByRole('progressbar').getAttribute('value'), '9');
  assert.equal(await card.getByText('complete', { exact: true }).count(), 9);
  assert.equal(await card.getByRole('link', { name: 'Review the strategy' }).count(), 1);
  await closeWithoutErrors(opened);
});

test('the strategy address opens the first unfinished step; an unknown step says so', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Addresses' });
  await goto(page, `${app.url}${playbook}/strategy`);
  await stepHeading(page, 1).waitFor();

  // With step 1 done, the address without a step opens step 2.
  await page.getByLabel('Goal framework').selectOption({ label: 'OKRs (objectives and key results)' });
  await addItem(region(page, 'Company goals'), 'Add a company goal', 'Company goal 1');
  await page.keyboard.type('Double revenue');
  const problem = await addItem(region(page, 'Top problems'), 'Add a top problem', 'Top problem 1');
  await page.keyboard.type('Nobody knows who we are');
  await problem.getByLabel('How DevRel work contributes').fill('Talks and articles.');
  await stillMissing(page).getByText('Nothing: this step is complete.').waitFor();
  await goto(page, `${app.url}${playbook}/strategy`);
  await stepHeading(page, 2).waitFor();

  await goto(page, `${app.url}${playbook}/strategy/step-ten`);
  await page.getByRole('heading', { level: 2, name: 'Step not found' }).waitFor();
  await page.getByText('The strategy has no step called “step-ten”.').waitFor();
  assert.match(await page.title(), /Step not found/);
  assert.equal(await stepsNav(page).locator('[aria-current]').count(), 0);
  assert.equal(await page.getByRole('navigation', { name: 'Previous and next step' }).count(), 0);
  assert.equal(await page.getByRole('region', { name: 'Still missing in this step' }).count(), 0);
  await assertAccessible(page, 'an unknown step');
  await page.getByRole('link', { name: 'Go to the first step' }).click();
  await stepHeading(page, 1).waitFor();
  // As for any step change, the heading takes the focus and the step is announced.
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
  await page.waitForFunction(() => document.querySelector('p.visually-hidden[aria-live="polite"]')?.textContent === 'Step 1 of 9: Company goals and top problems. Nothing is missing.');
  assert.equal(await stepLink(page, 1).getAttribute('aria-current'), 'step');
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Step not found' }).count(), 0);
  await context.close();
});
