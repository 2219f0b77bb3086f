import { backup } from '../storage/backup/backup';
import { placeOf } from '../storage/backup/places';
import { argumentsOf, configuredStorage } from './configuredStorage';

const usage = `Usage: npm run backup -- --out <folder or blob container URL> [--full]
Adds to the latest complete backup there (only what storage wrote since), or makes a full one.
See docs/operations.md.`;

async function main(): Promise<void> {
  const { values, flags } = argumentsOf(process.argv.slice(2), {
    values: ['out'],
    flags: ['full', 'help'],
  });
  if (flags.has('help') || !values.out) {
    console.log(usage);
    process.exit(values.out ? 0 : 2);
  }
  const place = placeOf(values.out);
  const storage = await configuredStorage();
  try {
    console.log(`Backing up ${storage.description} into ${place.description}`);
    const manifest = await backup(storage.tables, {
      place,
      tablePrefix: storage.tablePrefix,
      full: flags.has('full'),
      progress: (event) => {
        if (event.kind === 'started')
          console.log(
            event.base ? `${event.id}: incremental, adding to ${event.base}` : `${event.id}: full`,
          );
        else console.log(`  ${event.table}: ${event.rows} rows${event.done ? '' : '…'}`);
      },
    });
    console.log(`Complete: ${place.description}/${manifest.id} (manifest written last).`);
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `Backup failed, no complete backup was made: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
