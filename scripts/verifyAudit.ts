import { comparePublishedHeads, readPublishedHeads } from '../storage/publishedHeads';
import { verifyAudit } from '../storage/verifyAudit';
import { argumentsOf, configuredStorage } from './configuredStorage';

const usage = `Usage: npm run verify-audit [-- --published <site folder, data file or its URL>]
Checks every opportunity's audit chain and head; with --published, also that storage still holds
each chain head a copy of the public data carries. See docs/operations.md.`;

/**
 * `npm run verify-audit`: checks every opportunity's audit chain and head in the storage
 * `npm start` uses (docs/operations.md) and names the first break of each; with `--published`,
 * compares the chain heads of a kept copy of the public data with storage. Exit code 1 if any.
 */
async function main(): Promise<void> {
  const { values, flags } = argumentsOf(process.argv.slice(2), {
    values: ['published'],
    flags: ['help'],
  });
  if (flags.has('help')) {
    console.log(usage);
    return;
  }
  const heads = values.published ? await readPublishedHeads(values.published) : null;
  const storage = await configuredStorage();
  try {
    const table = storage.tables.clients.opportunities;
    console.log(`Verifying the audit trail in ${storage.description}`);
    const report = await verifyAudit(table, (checked) =>
      console.log(`  ${checked} opportunities checked…`),
    );
    console.log(
      `${report.opportunities} opportunities, ${report.events} events (${report.unchainedEvents} written before the chain, not chained).`,
    );
    for (const found of report.breaks)
      console.log(
        `BROKEN ${found.opportunityId}${found.version ? ` event ${found.version}` : ' head'}: ${found.problem}`,
      );
    if (report.breaks.length) {
      console.log(`${report.breaks.length} opportunities have a broken history.`);
      process.exitCode = 1;
    } else console.log('Every chain and every head verifies.');
    if (heads) {
      const mismatches = await comparePublishedHeads(table, heads);
      for (const m of mismatches)
        console.log(`REWRITTEN ${m.opportunityId} event ${m.version}: ${m.problem}`);
      console.log(
        `${heads.length} published chain heads in ${values.published}: ${heads.length - mismatches.length} held by storage, ${mismatches.length} not.`,
      );
      if (mismatches.length || heads.length === 0) process.exitCode = 1;
    }
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Verification failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
