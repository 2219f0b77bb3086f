import { backupBench } from './backupBench';
import { botBench } from './botBench';
import { draftBench } from './draftBench';
import { intentBench } from './intentBench';
import { listBench } from './listBench';
import { loadBench } from './loadBench';
import { readCostBench } from './readCostBench';
import { reminderBench } from './reminderBench';
import { siteBench } from './siteBench';
import { subscriberBench } from './subscriberBench';
import { tabBench } from './tabBench';

const benches = {
  intent: intentBench,
  bot: botBench,
  draft: draftBench,
  site: siteBench,
  tab: tabBench,
  load: loadBench,
  reads: readCostBench,
  backup: backupBench,
  subscribers: subscriberBench,
  reminders: reminderBench,
  list: listBench,
} as const;

/**
 * `npm run bench`: every benchmark, each printing its numbers and ratios measured in the same run;
 * `npm run bench -- backup site`: the ones named.
 */
async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !(name in benches));
  if (unknown.length)
    throw new Error(
      `no benchmark ${unknown.join(', ')}; there are ${Object.keys(benches).join(', ')}`,
    );
  const chosen = names.length ? names : Object.keys(benches);
  for (const name of chosen) await benches[name as keyof typeof benches]();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
