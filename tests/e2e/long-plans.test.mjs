// A plan with many goals draws a page at a time: the reviews page its first twenty goals'
// charts and tables, a review's form its first twenty goals, and each phase of the plan its
// first forty tasks. The rest come a page at a time or all at once, with the focus on the
// first one drawn, and a task of your own added past the last drawn is drawn at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, openPage } from './harness.mjs';
import { inDays, region } from './strategy-helpers.mjs';

const app = appForThisFile();
const GOALS = 45;
const hex = (n) => n.toString(16).padStart(32, '0');
const goalName = (n) => `run meetup ${n}`;

/** Opens a playbook with `GOALS` goals, each with a milestone due in the next 22 days
 * and a value recorded by one review, and returns its address. */
async function openLongPlan(page) {
  const at = new Date(Date.now() - 2 * 86_400_000).toISOString();
  const goals = Array.from({ length: GOALS }, (_, n) => ({
    id: hex(100 + n),
    objective: goalName(n + 1),
    target: '12',
    milestones: [{ id: hex(500 + n), milestone: `Meetup ${n + 1} booked`, due: inDays(1 + (n % 22)) }],
  }));
  const reviews = [{ id: hex(900), on: inDays(-1), goals: goals.map((goal, n) => ({ goal: goal.id, value: String(n), note: `Note ${n + 1}` })) }];
  const file = {
    format: 'devrel-playbook',
    version: 3,
    playbook: {
      schema_version: 3,
      id: hex(7),
      title: 'Many goals',
      created_at: at,
      updated_at: at,
      strategy: { goals: { goals, review_cadence: 'every two weeks' } },
      onboarding: { reviews },
    },
  };
  await page.getByLabel('Choose a playbook file').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('group', { name: 'In the file: “Many goals”' }).getByRole('button', { name: 'Add to my playbooks' }).click();
  await page.getByRole('heading', { level: 1, name: 'Many goals' }).waitFor();
  return page.url();
}

test('the reviews page and a review’s form draw twenty goals at a time', async () => {
  const { context, page, errors } = await openPage(app);
  const playbook = await openLongPlan(page);
  await page.goto(`${playbook}/reviews`);
  const progress = page.getByRole('region', { name: /^run meetup \d+$/ });
  await page.getByText(`20 of ${GOALS} shown.`).waitFor();
  assert.equal(await progress.count(), 20);
  assert.equal(await progress.getByRole('img').count(), 20);

  await page.getByRole('button', { name: 'Show 20 more' }).click();
  await page.getByText(`40 of ${GOALS} shown.`).waitFor();
  assert.equal(await progress.count(), 40);
  // The focus goes to the first goal it drew.
  await page.waitForFunction((name) => document.activeElement.textContent === name, goalName(21));
  await page.getByRole('button', { name: `Show all ${GOALS}` }).click();
  await region(page, goalName(GOALS)).getByRole('cell', { name: `Note ${GOALS}` }).waitFor();
  assert.equal(await progress.count(), GOALS);
  assert.equal(await page.getByRole('button', { name: /^Show/ }).count(), 0);

  // The review's form: its first twenty goals, then the rest, each changed in place.
  await region(page, 'Every review').getByRole('button', { name: 'Change…' }).click();
  const readings = page.getByRole('group', { name: /^run meetup \d+$/ });
  await page.getByText(`20 of ${GOALS} shown.`).waitFor();
  assert.equal(await readings.count(), 20);
  await page.getByRole('button', { name: `Show all ${GOALS}` }).click();
  const last = page.getByRole('group', { name: goalName(GOALS), exact: true });
  // The focus goes to the value of the first goal it drew.
  await page.waitForFunction((id) => document.activeElement.id === id, `review-value-${hex(120)}`);
  assert.equal(await readings.count(), GOALS);
  await last.getByLabel('What changed').fill('Booked a bigger room.');
  await region(page, goalName(GOALS)).getByRole('cell', { name: 'Booked a bigger room.' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('each phase of the plan draws forty tasks at a time, and a task added past them at once', async () => {
  const { context, page, errors } = await openPage(app);
  const playbook = await openLongPlan(page);
  await page.goto(`${playbook}/first-90-days`);
  const first = region(page, 'Days 1–30: listen and map');
  const tasks = first.getByRole('checkbox', { name: 'Done' });
  const shown = first.getByText(/^40 of \d+ shown\./);
  await shown.waitFor();
  const total = Number((await shown.textContent()).match(/of (\d+) shown/)[1]);
  assert.ok(total > GOALS, `${total} tasks in the first phase`);
  assert.equal(await tasks.count(), 40);

  // A task of your own on a day after most milestones is drawn in its place, past the forty:
  // the phase is drawn down to it.
  const own = page.getByRole('form', { name: 'Add a task of your own' });
  await own.getByLabel('Task').fill('Write up what the meetups taught');
  await own.getByLabel('Day').fill(inDays(20));
  await own.getByRole('button', { name: 'Add task' }).click();
  const items = first.getByRole('list').first().getByRole('listitem');
  await items.last().getByText('Write up what the meetups taught', { exact: true }).waitFor();
  const drawn = await tasks.count();
  assert.ok(drawn > 40, `${drawn} tasks drawn`);
  await first.getByText(`${drawn} of ${total + 1} shown.`).waitFor();

  // After a reload, the rest come forty at a time, the focus on the first one drawn.
  await page.reload();
  await first.getByText(`40 of ${total + 1} shown.`).waitFor();
  await first.getByRole('button', { name: /^Show \d+ more$/ }).click();
  await page.waitForFunction(() => document.activeElement.id.startsWith('change-'));
  await first.getByText('Write up what the meetups taught', { exact: true }).waitFor();
  assert.equal(await tasks.count(), Math.min(80, total + 1));
  assert.deepEqual(errors, []);
  await context.close();
});
