import { botBench } from './botBench';
import { intentBench } from './intentBench';
import { loadBench } from './loadBench';
import { siteBench } from './siteBench';
import { tabBench } from './tabBench';

/** `npm run bench`: every benchmark, each printing its numbers and ratios measured in the same run. */
async function main(): Promise<void> {
  await intentBench();
  await botBench();
  await siteBench();
  await tabBench();
  await loadBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
