// The program strategy wizard as a user goes through it: from the playbook's "Program strategy"
// card through all nine steps with the suggestions on offer, a reload in the middle, a SMART goal
// fixed letter by letter, links between steps that never dangle, the keyboard alone, the
// accessibility audit of every step, and an address that names no step.
//
// Suggestion titles are read from the page rather than written here, so that rewording one
// breaks no test; only the public models the product requires are named: the Orbit
// engagement levels and the developer journey.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, assertAccessible, createPlaybook, goto, openPage, shownDate } from './harness.mjs';

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

/** A day `days` from today (UTC), as a date field takes it. */
const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const stepHeading = (page, n) => page.getByRole('heading', { level: 2, name: `Step ${n} of 9: ${STEPS[n - 1][1]}`, exact: true });
/** A list of the strategy (a region named by its heading), or any other named region. */
const region = (scope, name) => scope.getByRole('region', { name, exact: true });
/** An item of a list: a fieldset named by its legend, "Top problem 1". */
const item = (scope, legend) => scope.getByRole('group', { name: legend, exact: true });
const stillMissing = (page) => region(page, 'Still missing in this step');
const stepsNav = (page) => page.getByRole('navigation', { name: 'Strategy steps' });
const stepLink = (page, n) => stepsNav(page).getByRole('link', { name: new RegExp(`^${n} ${STEPS[n - 1][1]} `) });
const announcement = (page) => page.locator('p.visually-hidden[aria-live="polite"]');
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Lets the app draw what the last event changed, before checking that nothing else did. */
const drawn = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** The values of one field across every item of a list, in order. */
const values = (list, legend, label) =>
  list.getByRole('group', { name: new RegExp(`^${legend} \\d+$`) }).getByLabel(label, { exact: true }).evaluateAll((inputs) => inputs.map((input) => input.value));

/** The visible text of the option a select shows. */
const shown = (select) => select.locator('option:checked').textContent();

/** Presses a list's "Add …" button and waits for the cursor in the new item's first field. */
async function addItem(list, button, legend) {
  await list.getByRole('button', { name: button, exact: true }).click();
  return focusInNewItem(list, legend);
}

async function focusInNewItem(list, legend) {
  const added = item(list, legend);
  await added.waitFor();
  await list.page().waitForFunction(
    (fieldset) => fieldset.contains(document.activeElement) && /^item-.+-0$/.test(document.activeElement.id),
    await added.elementHandle(),
  );
  return added;
}

/** Opens a list's suggestions (unless open already) and returns them. */
async function suggestionsOf(list) {
  const details = list.locator('details.suggestions');
  if (!(await details.evaluate((element) => element.open))) await details.locator('summary').click();
  return details;
}

/** The first suggestion of a set (or of the first set): its button and the title it adds. */
async function firstSuggestion(suggestions, set) {
  const group = set ? suggestions.getByRole('group', { name: set, exact: true }) : suggestions.getByRole('group').first();
  const button = group.getByRole('listitem').first().getByRole('button');
  const [, title] = (await button.textContent()).match(/^(?:Add “(.*)”|Added: (.*))$/).filter(Boolean);
  return { button, title };
}

/** Adopts a suggestion: the button then says it was added, and keeps the focus. */
async function adopt(page, button) {
  const handle = await button.elementHandle();
  await handle.click();
  await page.waitForFunction((button) => button === document.activeElement && button.textContent.startsWith('Added: '), handle);
}

/** The first of a field's suggested answers ("Use “…”"): clicks it and returns the answer. */
async function useFirstAnswer(page, label) {
  const button = page.getByRole('group', { name: `Suggested answers: ${label}` }).getByRole('button').first();
  const [, answer] = (await button.textContent()).match(/^Use “(.*)”$/);
  await button.click();
  return answer;
}

/** A label inside a sentence: "Quick win" as "quick win", but "DevRel …" keeps its capitals. */
const inSentence = (label) => (/^\S[^\s]*[A-Z]/.test(label) ? label : label[0].toLowerCase() + label.slice(1));

/** Uses the first example of an item's field; returns the example's text. */
async function useFirstExample(scope, label) {
  await scope.getByText(`Examples: ${inSentence(label)}`, { exact: true }).click();
  const example = scope.locator('details.examples[open] li').first();
  const text = await example.locator('span').first().textContent();
  await example.getByRole('button', { name: 'Use this' }).click();
  return text;
}

async function nextStep(page, n) {
  await page.getByRole('navigation', { name: 'Previous and next step' }).getByRole('link', { name: `Next: ${STEPS[n - 1][1]} →` }).click();
  await stepHeading(page, n).waitFor();
}

async function previousStep(page, n) {
  await page.getByRole('navigation', { name: 'Previous and next step' }).getByRole('link', { name: `← Previous: ${STEPS[n - 1][1]}` }).click();
  await stepHeading(page, n).waitFor();
}

/** Step `n` says it lacks nothing, its link says it is complete, and it passes the audit. */
async function stepIsComplete(page, n) {
  await stillMissing(page)
    .getByText('Nothing: this step is complete.', { exact: true })
    .waitFor({ timeout: 5000 })
    .catch(async () => assert.fail(`step ${n} still lacks: ${await stillMissing(page).textContent()}`));
  assert.match(await stepLink(page, n).textContent(), /complete$/);
  assert.equal(await stepLink(page, n).getAttribute('aria-current'), 'step');
  await assertAccessible(page, `strategy step ${n}, filled`);
}

/** Presses Tab (or Shift+Tab) until `wanted(activeElement)` holds. */
async function tabUntil(page, wanted, arg, { backwards = false, presses = 60 } = {}) {
  for (let at = 0; at < presses; at++) {
    if (await page.evaluate(wanted, arg)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`Tab never reached ${wanted}`);
}

/** Whether the focus is on the button `name` of the item whose legend is `legend`. */
const onItemButton = ([name, legend]) =>
  document.activeElement?.textContent === name && document.activeElement.closest('fieldset')?.querySelector('legend')?.textContent === legend;
/** Whether the focus is on the button or link `name`. */
const onControl = (name) => document.activeElement?.textContent === name;

test('a user walks all nine steps from the playbook page, reloads on step 5 and finds everything intact', async () => {
  const { context, page, errors } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Nimbus DevRel plan', company: 'Nimbus' });
  const card = region(page, 'Program strategy');
  await card.getByText('0 of 9 steps complete').waitFor();
  assert.equal(await card.getByRole('link').count(), 10, 'a link per step, and the way in');
  assert.equal(await card.getByRole('progressbar', { name: 'Strategy steps complete' }).getAttribute('value'), '0');
  await card.getByRole('link', { name: 'Start the strategy' }).click();
  await stepHeading(page, 1).waitFor();
  assert.equal(new URL(page.url()).pathname, `${playbook}/strategy/company-goals`);
  assert.equal(await stepLink(page, 1).getAttribute('aria-current'), 'step');
  assert.equal(await stepsNav(page).locator('[aria-current]').count(), 1);

  // 1. Another framework needs its name; two company goals; a top problem adopted from the
  // suggestions with an example contribution, and one written in.
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

  // 2. Community basics: a suggested type, and a first impression of a suggested channel.
  await nextStep(page, 2);
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

  // 3. Program objectives, each linked to a top problem of step 1.
  await nextStep(page, 3);
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

  // 4. Journey and personas.
  await nextStep(page, 4);
  const journeyAnswers = [
    ['Where do users come from?', 'Search, and talks at cloud conferences.'],
    ['What are the current channels to the market?', 'Docs, the forum and a monthly newsletter.'],
    ['What is the onboarding like?', 'Sign-up is quick; the first tutorial skips the API key.'],
    ['How is the product used, and where does it give value to its users?', 'Storage for mobile backends.'],
    ['Should the community grow horizontally or vertically next?', 'Vertically: more members who answer.'],
    ['What felt good along the way', 'A reply in the forum within an hour.'],
    ['What felt bad, confusing or slow', 'No sample for Kotlin.'],
  ];
  for (const [label, text] of journeyAnswers) await page.getByLabel(label, { exact: true }).fill(text);
  const personas = region(page, 'Developer personas');
  const persona = await addItem(personas, 'Add a persona', 'Persona 1');
  await page.keyboard.type('Mobile Maya');
  await persona.getByLabel('Who they are').fill('Android developer at an agency.');
  await persona.getByLabel('What they are trying to do').fill('Ship an app backend in a week.');
  await persona.getByLabel('What gets in their way').fill('Samples that do not run.');
  await stepIsComplete(page, 4);

  // 5. Buddies: a whole suggested set at once, half filled in, then the page is reloaded.
  await nextStep(page, 5);
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
  const contacts = ['Jordan Kim', 'Alex Moreau', 'Sam Ortiz', 'Riley Chen', 'Noor Haddad', 'Lee Park'];
  await item(buddies, 'Buddy 1').getByLabel('Contact').fill(contacts[0]);
  await item(buddies, 'Buddy 1').getByLabel('Status').selectOption({ label: 'Met' });
  const quickWin = await useFirstExample(item(buddies, 'Buddy 1'), 'Quick win');
  await item(buddies, 'Buddy 2').getByLabel('Contact').fill(contacts[1]);

  await page.reload();
  await stepHeading(page, 5).waitFor();
  assert.equal(new URL(page.url()).pathname, `${playbook}/strategy/buddies`);
  assert.equal(await stepLink(page, 5).getAttribute('aria-current'), 'step');
  assert.deepEqual(await values(buddies, 'Buddy', 'Function'), functions);
  assert.deepEqual(await values(buddies, 'Buddy', 'Contact'), [contacts[0], contacts[1], ...functions.slice(2).map(() => '')]);
  assert.equal(await shown(item(buddies, 'Buddy 1').getByLabel('Status')), 'Met');
  assert.equal(await item(buddies, 'Buddy 1').getByLabel('Quick win').inputValue(), quickWin);
  await stillMissing(page).getByText(`“${functions[2]}” needs: contact, quick win.`).waitFor();
  for (const [at, fn] of functions.entries()) {
    const buddy = item(buddies, `Buddy ${at + 1}`);
    await buddy.getByLabel('Contact').fill(contacts[at]);
    if (at > 0) await buddy.getByLabel('Quick win').fill(`A first small thing with ${fn}.`);
  }
  await stepIsComplete(page, 5);

  // Back through the earlier steps: every answer is still there.
  await previousStep(page, 4);
  for (const [label, text] of journeyAnswers) assert.equal(await page.getByLabel(label, { exact: true }).inputValue(), text);
  assert.equal(await item(personas, 'Persona 1').getByLabel('Persona name').inputValue(), 'Mobile Maya');
  await previousStep(page, 3);
  assert.equal(await firstObjective.getByLabel('Objective').inputValue(), adoptedObjective);
  assert.equal(await shown(firstObjective.getByLabel('Top problem it helps with')), adoptedProblem);
  assert.equal(await shown(firstObjective.getByLabel('Business value (CMX SPACES)')), 'Acquisition');
  assert.equal(await shown(secondObjective.getByLabel('Top problem it helps with')), 'Developers give up during the free trial');
  await previousStep(page, 2);
  assert.equal(await page.getByRole('textbox', { name: 'Type of community' }).inputValue(), communityType);
  assert.equal(await page.getByLabel('Size').inputValue(), '3,400 forum members, 300 active a month');
  assert.deepEqual(await values(impressions, 'Channel', 'Channel'), [channel]);
  await previousStep(page, 1);
  assert.equal(await shown(page.getByLabel('Goal framework')), 'Another framework');
  assert.equal(await page.getByLabel('Name of the framework').inputValue(), '4DX');
  assert.deepEqual(await values(companyGoals, 'Company goal', 'Goal'), ['Reach 10,000 paying teams', 'Open an office in Singapore']);
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), [adoptedProblem, 'Developers give up during the free trial']);
  assert.equal(await firstProblem.getByLabel('How DevRel work contributes').inputValue(), contribution);
  assert.equal(await (await firstSuggestion(await suggestionsOf(problems))).button.textContent(), `Added: ${adoptedProblem}`);

  // The playbook page counts five steps done and continues with the sixth.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Nimbus DevRel plan' }).click();
  await card.getByText('5 of 9 steps complete').waitFor();
  assert.equal(await card.getByRole('progressbar').getAttribute('value'), '5');
  assert.equal(await card.getByText('complete', { exact: true }).count(), 5);
  await card.getByRole('link', { name: 'Continue the strategy' }).click();
  await stepHeading(page, 6).waitFor();

  // 6. A suggested program, the Orbit levels as the commitment curve, and a campaign on it.
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

  // 7. The developer journey, an activity of the community and one of the team, and leads.
  await nextStep(page, 7);
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

  // 8. A SMART goal with a milestone, the review cadence and the manager's agreement.
  await nextStep(page, 8);
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

  // 9. Internal communication.
  await nextStep(page, 9);
  const channels = region(page, 'Channels');
  const { button: channelSuggestion, title: commsChannel } = await firstSuggestion(await suggestionsOf(channels));
  await adopt(page, channelSuggestion);
  await item(channels, 'Channel 1').getByLabel('How often').fill('Monthly');
  await item(channels, 'Channel 1').getByLabel('Audience').fill('Everyone in Sales, Marketing and Product');
  assert.deepEqual(await values(channels, 'Channel', 'Channel'), [commsChannel]);
  await stepIsComplete(page, 9);
  await stepsNav(page).getByText('9 of 9 steps complete').waitFor();
  assert.equal(await stepsNav(page).getByRole('progressbar', { name: 'Steps complete' }).getAttribute('value'), '9');

  await page.getByRole('link', { name: 'Done: back to the playbook' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nimbus DevRel plan' }).waitFor();
  assert.equal(new URL(page.url()).pathname, playbook);
  await card.getByText('9 of 9 steps complete').waitFor();
  assert.equal(await card.getByRole('progressbar').getAttribute('value'), '9');
  assert.equal(await card.getByText('complete', { exact: true }).count(), 9);
  assert.equal(await card.getByRole('link', { name: 'Review the strategy' }).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a SMART goal that fails Measurable and Time-bound passes all five letters after two edits', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Forum goals' });
  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  await addItem(region(page, 'Top problems'), 'Add a top problem', 'Top problem 1');
  await page.keyboard.type('Nobody outside the company knows us');
  await stepLink(page, 8).click();
  await stepHeading(page, 8).waitFor();

  const goal = await addItem(region(page, 'SMART goals'), 'Add a goal', 'Goal 1');
  // A new goal is open for writing, and says what every blank stands for.
  assert.equal(await goal.getByRole('button', { name: 'Fold goal' }).getAttribute('aria-expanded'), 'true');
  assert.equal(
    await goal.locator('.sentence').textContent(),
    'Our goal is to [quantifiable objective] by [deadline]. [key players or teams] will accomplish it by [the steps to take]. Accomplishing it will [result or benefit].',
  );
  await goal.getByText('SMART: 0 of 5 letters met').waitFor();
  await page.keyboard.type('grow the forum with weekly office hours');
  await goal.getByLabel('Who will accomplish it').fill('The DevRel team');
  await goal.getByLabel('By taking these steps').fill('answer every forum question within a day');
  await goal.getByLabel('Accomplishing it will').fill('make the forum the first place developers ask');
  await goal.getByLabel('Serves').selectOption({ label: 'Nobody outside the company knows us' });
  await goal.getByLabel('Owner').fill('Sam Rivera');

  const check = goal.getByRole('list', { name: 'SMART check' });
  // The letter itself is decoration (aria-hidden): what is read out is the rest.
  const letters = () => check.getByRole('listitem').evaluateAll((items) => items.map((li) => li.lastElementChild.textContent));
  await goal.getByText('SMART: 3 of 5 letters met').waitFor();
  assert.deepEqual(await letters(), [
    'Specific: met',
    'Measurable: not met: put a number in the objective: how many, how much or what share',
    'Achievable: met',
    'Relevant: met',
    'Time-bound: not met: set a deadline',
  ]);
  assert.deepEqual(await check.locator('li.unmet .letter').allTextContents(), ['M', 'T']);
  const lacking = await stillMissing(page).getByRole('listitem').allTextContents();
  assert.ok(lacking.includes('“grow the forum with weekly office hours” is not Measurable: put a number in the objective: how many, how much or what share.'), lacking.join('\n'));
  assert.ok(lacking.includes('“grow the forum with weekly office hours” is not Time-bound: set a deadline.'), lacking.join('\n'));
  assert.ok(!lacking.some((line) => /is not (Specific|Achievable|Relevant)/.test(line)), lacking.join('\n'));
  assert.match(await goal.locator('.sentence').textContent(), /^Our goal is to grow the forum with weekly office hours by \[deadline\]\. The DevRel team will accomplish it by/);

  // Folded, the goal keeps its check in short; opened again, its fields are as they were.
  await goal.getByRole('button', { name: 'Fold goal' }).click();
  assert.equal(await goal.getByLabel('Owner').count(), 0);
  assert.deepEqual((await letters()).filter((text) => text.includes('not met')), ['Measurable: not met', 'Time-bound: not met']);
  await goal.getByRole('button', { name: 'Edit goal' }).click();
  assert.equal(await goal.getByLabel('Owner').inputValue(), 'Sam Rivera');

  // First edit: a number in the objective.
  await goal.getByLabel('Our goal is to').fill('grow weekly forum answers to 200');
  await goal.getByText('SMART: 4 of 5 letters met').waitFor();
  assert.deepEqual((await letters()).filter((text) => text.includes('not met')), ['Time-bound: not met: set a deadline']);
  // Second edit: a deadline.
  const deadline = inDays(120);
  await goal.getByLabel('By', { exact: true }).fill(deadline);
  await goal.getByText('SMART: 5 of 5 letters met').waitFor();
  assert.deepEqual(await letters(), ['Specific: met', 'Measurable: met', 'Achievable: met', 'Relevant: met', 'Time-bound: met']);
  assert.equal(await check.locator('li.unmet').count(), 0);
  assert.match(await goal.locator('.sentence').textContent(), new RegExp(`^Our goal is to grow weekly forum answers to 200 by ${shownDate(deadline)}\\. `));
  const lacksNow = await stillMissing(page).getByRole('listitem').allTextContents();
  assert.ok(!lacksNow.some((line) => line.startsWith('“grow weekly forum answers to 200” is not')), lacksNow.join('\n'));
  await assertAccessible(page, 'a SMART goal open for writing');

  // A deadline already past is no plan.
  await goal.getByLabel('By', { exact: true }).fill(inDays(-30));
  await goal.getByText('SMART: 4 of 5 letters met').waitFor();
  assert.match((await letters())[4], /^Time-bound: not met: set a deadline after the playbook was started \(\w{3} \d{1,2}, \d{4}\)$/);
  await goal.getByLabel('By', { exact: true }).fill(deadline);
  await goal.getByText('SMART: 5 of 5 letters met').waitFor();

  // After a reload the goal is folded (it has an objective), and still passes.
  await page.reload();
  await stepHeading(page, 8).waitFor();
  await goal.getByText('SMART: 5 of 5 letters met').waitFor();
  assert.equal(await goal.getByRole('button', { name: 'Edit goal' }).getAttribute('aria-expanded'), 'false');
  await context.close();
});

test('removing a top problem that other steps point at asks first; kept, the links stay; removed, they are cleared', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Linked plan' });
  const at = (slug) => goto(page, `${app.url}${playbook}/strategy/${slug}`);
  await at('company-goals');
  const problems = region(page, 'Top problems');
  await addItem(problems, 'Add a top problem', 'Top problem 1');
  await page.keyboard.type('Losing customers to a competitor');
  await addItem(problems, 'Add a top problem', 'Top problem 2');
  await page.keyboard.type('Slow onboarding');

  await at('objectives');
  const objective = await addItem(region(page, 'Program objectives'), 'Add an objective', 'Objective 1');
  await page.keyboard.type('Meet the developers of customers at risk');
  const objectiveLink = objective.getByLabel('Top problem it helps with');
  assert.deepEqual(await objectiveLink.locator('option').allTextContents(), ['None', 'Losing customers to a competitor', 'Slow onboarding']);
  await objectiveLink.selectOption({ label: 'Losing customers to a competitor' });
  await at('smart-goals');
  const goal = await addItem(region(page, 'SMART goals'), 'Add a goal', 'Goal 1');
  await page.keyboard.type('win back 10 customers at risk');
  await goal.getByLabel('Serves').selectOption({ label: 'Losing customers to a competitor' });
  await goal.getByText('Relevant: met').waitFor();

  await at('company-goals');
  const problem = item(problems, 'Top problem 1');
  await problem.getByRole('button', { name: 'Remove' }).click();
  const question = problem.getByRole('alert');
  await question.getByText('Other parts of the plan point at “Losing customers to a competitor”:').waitFor();
  assert.deepEqual(await question.getByRole('listitem').allTextContents(), [
    'Objective “Meet the developers of customers at risk”',
    'Goal “win back 10 customers at risk”',
  ]);
  await page.waitForFunction(() => document.activeElement?.textContent === 'Keep it');
  await assertAccessible(page, 'the question before removing a linked item');

  // Kept: the problem and both links stay.
  await question.getByRole('button', { name: 'Keep it' }).click();
  assert.equal(await question.count(), 0);
  // The focus goes back to where the question came from, not to the top of the page.
  await page.waitForFunction(onItemButton, ['Remove', 'Top problem 1']);
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), ['Losing customers to a competitor', 'Slow onboarding']);
  await at('objectives');
  assert.equal(await shown(objectiveLink), 'Losing customers to a competitor');
  assert.ok(!(await stillMissing(page).textContent()).includes('top problem it helps with'));

  // Removed: the links are cleared, the items that held them stay.
  await at('company-goals');
  await problem.getByRole('button', { name: 'Remove' }).click();
  await question.getByRole('button', { name: 'Remove it and clear the links' }).click();
  await item(problems, 'Top problem 2').waitFor({ state: 'detached' });
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), ['Slow onboarding']);
  await at('objectives');
  assert.equal(await objectiveLink.inputValue(), '');
  assert.equal(await shown(objectiveLink), 'None');
  assert.deepEqual(await objectiveLink.locator('option').allTextContents(), ['None', 'Slow onboarding']);
  await stillMissing(page).getByText('“Meet the developers of customers at risk” needs: top problem it helps with.').waitFor();
  await at('smart-goals');
  // Written before, the goal opens folded to its sentence and check.
  await goal.getByRole('button', { name: 'Edit goal' }).click();
  assert.equal(await shown(goal.getByLabel('Serves')), 'None');
  await goal.getByText('Relevant: not met: link it to a program objective or a top problem').waitFor();

  // A reload shows the same.
  await at('objectives');
  await page.reload();
  await stepHeading(page, 3).waitFor();
  assert.equal(await objective.getByLabel('Objective').inputValue(), 'Meet the developers of customers at risk');
  assert.equal(await objectiveLink.inputValue(), '');
  assert.equal(await shown(objectiveLink), 'None');
  await at('company-goals');
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), ['Slow onboarding']);
  await context.close();
});

test('the keyboard alone adds and reorders items, keeping the focus; a step change focuses its heading and is announced', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Keyboard only' });
  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  const problems = region(page, 'Top problems');

  // Three top problems, each added with Enter on "Add a top problem" and typed at once.
  await page.getByLabel('Goal framework').focus();
  for (const [at, text] of ['Alpha problem', 'Beta problem', 'Gamma problem'].entries()) {
    await tabUntil(page, onControl, 'Add a top problem');
    await page.keyboard.press('Enter');
    await focusInNewItem(problems, `Top problem ${at + 1}`);
    await page.keyboard.type(text);
  }
  const order = (expected) =>
    page.waitForFunction(
      (expected) => [...document.querySelectorAll('[id^="item-"][id$="-0"]')].map((input) => input.value).join('|') === expected,
      expected.join('|'),
    );
  await order(['Alpha problem', 'Beta problem', 'Gamma problem']);

  // Alpha moves down twice and up once; the focus follows it.
  await item(problems, 'Top problem 1').getByLabel('Problem').focus();
  await tabUntil(page, onItemButton, ['Move down', 'Top problem 1']);
  await page.keyboard.press('Enter');
  await order(['Beta problem', 'Alpha problem', 'Gamma problem']);
  await page.waitForFunction(onItemButton, ['Move down', 'Top problem 2']);
  await page.keyboard.press('Enter');
  await order(['Beta problem', 'Gamma problem', 'Alpha problem']);
  // At the end "Move down" is disabled: the focus is on the same item's "Move up".
  await page.waitForFunction(onItemButton, ['Move up', 'Top problem 3']);
  await page.keyboard.press('Enter');
  await order(['Beta problem', 'Alpha problem', 'Gamma problem']);
  await page.waitForFunction(onItemButton, ['Move up', 'Top problem 2']);
  const focused = page.locator(':focus');
  assert.equal(await focused.evaluate((button) => button.closest('fieldset').querySelector('input').value), 'Alpha problem');

  // To the next step with the keyboard: its heading has the focus, its link is marked, and the
  // live region says where the user is and what is left.
  await tabUntil(page, onControl, 'Next: Community basics →');
  await page.keyboard.press('Enter');
  await stepHeading(page, 2).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Step 2 of 9: Community basics');
  assert.equal(await stepLink(page, 2).getAttribute('aria-current'), 'step');
  assert.equal(await stepLink(page, 1).getAttribute('aria-current'), null);
  assert.equal(await stepsNav(page).locator('[aria-current]').count(), 1);
  await page.waitForFunction(() => document.querySelector('p.visually-hidden[aria-live="polite"]')?.textContent === 'Step 2 of 9: Community basics. 4 things are missing.');
  assert.equal(await stillMissing(page).getByRole('listitem').count(), 4);
  // From the heading, Tab goes on into the step's first field.
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), await page.getByRole('textbox', { name: 'Type of community' }).getAttribute('id'));

  // Back with "Previous": the reordering was kept.
  await tabUntil(page, onControl, '← Previous: Company goals and top problems');
  await page.keyboard.press('Enter');
  await stepHeading(page, 1).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
  const lacking = await stillMissing(page).getByRole('listitem').count();
  assert.equal(lacking, 5, 'a framework, a company goal, and a contribution for each of the three problems');
  await page.waitForFunction(
    (text) => document.querySelector('p.visually-hidden[aria-live="polite"]')?.textContent === text,
    `Step 1 of 9: Company goals and top problems. ${lacking} things are missing.`,
  );
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), ['Beta problem', 'Alpha problem', 'Gamma problem']);

  // Straight to the last step from the list of steps, with one thing missing there.
  await stepLink(page, 9).focus();
  await page.keyboard.press('Enter');
  await stepHeading(page, 9).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
  await page.waitForFunction(() => document.querySelector('p.visually-hidden[aria-live="polite"]')?.textContent === 'Step 9 of 9: Internal communication. One thing is missing.');
  assert.equal(await stepLink(page, 9).getAttribute('aria-current'), 'step');

  await page.reload();
  await stepHeading(page, 9).waitFor();
  await stepLink(page, 1).click();
  await stepHeading(page, 1).waitFor();
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), ['Beta problem', 'Alpha problem', 'Gamma problem']);
  await context.close();
});

test('no step of a new strategy has a serious accessibility violation, with every suggestion open', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Audit every step' });
  for (const [at, [slug]] of STEPS.entries()) {
    await goto(page, `${app.url}${playbook}/strategy/${slug}`);
    await stepHeading(page, at + 1).waitFor();
    await assertAccessible(page, `strategy step ${at + 1}, empty`);
    const summaries = page.locator('details:not([open]) > summary');
    while ((await summaries.count()) > 0) await summaries.first().click();
    await assertAccessible(page, `strategy step ${at + 1}, empty, with its suggestions open`);
  }
  await context.close();
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

test('a sixth top problem is refused with a message, which goes once one is removed', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Five at most' });
  await goto(page, `${app.url}${playbook}/strategy/company-goals`);
  const problems = region(page, 'Top problems');
  const suggestions = await suggestionsOf(problems);
  const offered = suggestions.getByRole('listitem').getByRole('button');
  assert.ok((await offered.count()) > 5, 'more suggestions than room');
  for (let at = 0; at < 5; at++) await adopt(page, offered.nth(at));
  const refusal = problems.getByRole('alert').filter({ hasText: /\S/ });
  assert.equal(await refusal.count(), 0);
  await offered.nth(5).click();
  await refusal.getByText('Top problems can hold at most 5: remove one first.').waitFor();
  assert.equal(await problems.getByRole('group', { name: /^Top problem \d$/ }).count(), 5);
  assert.match(await offered.nth(5).textContent(), /^Add “/, 'the refused suggestion is still on offer');
  await problems.getByRole('button', { name: 'Add a top problem' }).click();
  await refusal.getByText('Top problems can hold at most 5: remove one first.').waitFor();
  await assertAccessible(page, 'a refused sixth top problem');

  await item(problems, 'Top problem 5').getByRole('button', { name: 'Remove' }).click();
  await item(problems, 'Top problem 5').waitFor({ state: 'detached' });
  await refusal.waitFor({ state: 'detached' });
  await adopt(page, offered.nth(5));
  assert.equal(await problems.getByRole('group', { name: /^Top problem \d$/ }).count(), 5);
  await context.close();
});

test('a removed item comes back with its links by Undo, unless the plan has changed since', async () => {
  const { context, page } = await openPage(app);
  const playbook = await createPlaybook(page, { title: 'Undo a removal' });
  const at = (slug) => goto(page, `${app.url}${playbook}/strategy/${slug}`);
  await at('company-goals');
  const problems = region(page, 'Top problems');
  await addItem(problems, 'Add a top problem', 'Top problem 1');
  await page.keyboard.type('Losing customers');
  await at('objectives');
  const objective = await addItem(region(page, 'Program objectives'), 'Add an objective', 'Objective 1');
  await page.keyboard.type('Meet the developers of customers at risk');
  const objectiveLink = objective.getByLabel('Top problem it helps with');
  await objectiveLink.selectOption({ label: 'Losing customers' });

  const removeLinkedProblem = async () => {
    await at('company-goals');
    await item(problems, 'Top problem 1').getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('button', { name: 'Remove it and clear the links' }).click();
    await problems.getByText('No top problems yet.').waitFor();
  };
  const undo = () => page.locator('.notice').filter({ hasText: 'Removed top problem “Losing customers”.' }).getByRole('button', { name: 'Undo' });

  // Undone at once: the problem is back, and so is the objective's link to it.
  await removeLinkedProblem();
  await undo().click();
  await page.getByText('Restored top problem “Losing customers”.').waitFor();
  assert.deepEqual(await values(problems, 'Top problem', 'Problem'), ['Losing customers']);
  await at('objectives');
  assert.equal(await shown(objectiveLink), 'Losing customers');
  await page.reload();
  await stepHeading(page, 3).waitFor();
  assert.equal(await shown(objectiveLink), 'Losing customers', 'the undo is stored');

  // After another change the undo is withdrawn, with the reason, and nothing changes.
  await removeLinkedProblem();
  await undo().waitFor();
  await addItem(region(page, 'Company goals'), 'Add a company goal', 'Company goal 1');
  await page.keyboard.type('Grow');
  const notice = page.locator('.notice').filter({ hasText: 'Removed top problem “Losing customers”.' });
  await notice.getByText('It can no longer be undone: the plan has changed since.').waitFor();
  assert.equal(await undo().count(), 0);
  assert.equal(await problems.getByText('No top problems yet.').count(), 1);
  assert.deepEqual(await values(region(page, 'Company goals'), 'Company goal', 'Goal'), ['Grow']);
  await at('objectives');
  assert.equal(await shown(objectiveLink), 'None');
  await context.close();
});
