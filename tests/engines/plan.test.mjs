// The first 90 days and the reviews of the example: a task ticked on the plan, a review
// recorded with a goal's value and a milestone reached, shown in the goal's table and chart,
// and all of it kept over a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appForThisFile, by, openPage, saved } from './harness.mjs';

const app = appForThisFile();
const TITLE = 'Example: Nimbus Cloud developer program';
const GOAL = 'start 2 meetup groups in Southeast Asia with 30 members each';
const TASK = 'Thank your partners in public';

test('a task is ticked and a review recorded, shown in its goal’s table and chart, and kept', async (t) => {
  const page = await openPage(app, t);
  await page.click(by.button('Open the example playbook'));
  await page.find(by.heading(TITLE));
  const week = by.region('This week');
  await page.find(week + by.text('next review of the goals'));

  await page.click(week + by.link('The whole plan for your first 90 days'));
  await page.find(by.heading('First 90 days'));
  const task = `//li[.//p[normalize-space(.)=${JSON.stringify(TASK)}]]`;
  const done = task + "//input[@type='checkbox']";
  await page.click(done);
  await page.find(task + by.text('Done on '));
  await saved(page);

  await page.click(by.link('Reviews of the goals'));
  await page.find(by.heading('Reviews'));
  await page.click(by.button('Record a review'));
  await page.find(by.field('Day of the review'));
  const reading = by.group(GOAL);
  await page.fill(reading + by.field('Value measured'), '18');
  await (await page.find(reading + by.choice('checkbox', 'Hosts found in Singapore and Jakarta'))).click();
  await page.fill(reading + by.field('What changed'), 'Two hosts said yes.');
  const progress = by.region(GOAL);
  await page.find(progress + "//td[normalize-space(.)='18']");
  await page.find(progress + "//td[normalize-space(.)='Hosts found in Singapore and Jakarta']");
  await page.find(progress + "//*[local-name()='svg'][@role='img']");
  await saved(page);

  await page.reload();
  await page.find(by.heading('Reviews'));
  await page.find(progress + "//td[normalize-space(.)='Two hosts said yes.']");
  const chart = await page.find(progress + "//*[local-name()='svg'][@role='img']");
  const name = await page.driver.executeScript(
    'return document.getElementById(arguments[0].getAttribute("aria-labelledby")).textContent;',
    chart,
  );
  assert.match(name, new RegExp(`^Progress of “${GOAL}”: 18 on .+\\. Target: 60\\. Deadline: .+\\.$`));
  await page.goto((await page.path()).replace(/\/reviews$/, '/first-90-days'));
  await page.find(task + by.text('Done on '));
  assert.equal(await (await page.find(done)).isSelected(), true);
  await page.close();
});
