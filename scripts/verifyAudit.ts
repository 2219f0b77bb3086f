import { verifyAudit } from '../storage/verifyAudit';
import { configuredStorage } from './configuredStorage';

/**
 * `npm run verify-audit`: checks every opportunity's audit chain and head in the storage
 * `npm start` uses (docs/operations.md) and names the first break of each. Exit code 1 if any.
 */
async function main(): Promise<void> {
  const storage = await configuredStorage();
  try {
    console.log(`Verifying the audit trail in ${storage.description}`);
    const report = await verifyAudit(storage.tables.clients.opportunities, (checked) =>
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
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Verification failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
