import { restore, RestoreRefused } from '../storage/backup/restore';
import { placeOf } from '../storage/backup/places';
import { argumentsOf, configuredStorage } from './configuredStorage';

const usage = `Usage: npm run restore -- --from <folder or blob container URL> [--backup <id>] [--force]
Restores the latest complete backup (or --backup <id>) with the backups it adds to, into empty
storage; --force writes into storage that holds rows. See docs/operations.md.`;

async function main(): Promise<void> {
  const { values, flags } = argumentsOf(process.argv.slice(2), {
    values: ['from', 'backup'],
    flags: ['force', 'help'],
  });
  if (flags.has('help') || !values.from) {
    console.log(usage);
    process.exit(values.from ? 0 : 2);
  }
  const place = placeOf(values.from);
  const storage = await configuredStorage();
  try {
    console.log(`Restoring from ${place.description} into ${storage.description}`);
    await restore(storage.tables, {
      place,
      backup: values.backup,
      force: flags.has('force'),
      progress: (event) => {
        if (event.kind === 'chain') console.log(`Backups, oldest first: ${event.ids.join(', ')}`);
        else if (event.kind === 'checked') console.log(`  checked ${event.file}`);
        else console.log(`  ${event.table}: ${event.rows} rows written${event.done ? '' : '…'}`);
      },
    });
    console.log('Restored.');
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    error instanceof RestoreRefused
      ? `Restore refused, nothing was written: ${message}`
      : `Restore failed part way: ${message}. Run it again with --force once the cause is fixed (rows are written over, never twice).`,
  );
  process.exit(1);
});
