// The first-load ratchet: fails when the release build in dist/ fetches more gzipped bytes on
// first load than bench/first-load-budget.json allows, and when it fetches clearly fewer, so
// that a change that makes the app lighter lowers the budget in the same commit. A feature
// pays for its bytes by saving as many elsewhere.
//   node bench/size-ratchet.mjs            check
//   node bench/size-ratchet.mjs --lower    write this build's size as the new budget
import { readFile, writeFile } from 'node:fs/promises';
import { transferSizes } from './sizes.mjs';

const DIST = process.env.DIST ?? 'dist';
const BUDGET_FILE = new URL('./first-load-budget.json', import.meta.url);
// Less than this under the budget is left alone: not worth a commit of its own.
const SLACK = 1_000;

const budget = JSON.parse(await readFile(BUDGET_FILE, 'utf8'));
const { first_load: size, first_load_brotli: brotli } = await transferSizes(DIST);
const allowed = budget.first_load_gzip_bytes;
const figures = `first load ${size.toLocaleString('en')} B gzip (${brotli.toLocaleString('en')} B brotli), budget ${allowed.toLocaleString('en')} B`;

if (process.argv.includes('--lower')) {
  if (size > allowed) {
    console.error(`Not raising the budget: ${figures}. Make the build lighter instead.`);
    process.exit(1);
  }
  await writeFile(BUDGET_FILE, `${JSON.stringify({ ...budget, first_load_gzip_bytes: size }, null, 2)}\n`);
  console.log(`Budget lowered to ${size.toLocaleString('en')} B.`);
} else if (size > allowed) {
  console.error(`Over the first-load budget by ${(size - allowed).toLocaleString('en')} B: ${figures}.`);
  console.error('Save as many bytes elsewhere (see README, "Size budget").');
  process.exit(1);
} else if (allowed - size > SLACK) {
  console.error(`Lighter than the budget by ${(allowed - size).toLocaleString('en')} B: ${figures}.`);
  console.error('Lower it in this commit: node bench/size-ratchet.mjs --lower');
  process.exit(1);
} else {
  console.log(`Within the budget: ${figures}.`);
}
