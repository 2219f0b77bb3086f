import { parseArgs } from 'node:util';
import { azuriteConnectionString, type StorageTarget } from '../storage/connection';
import { openStorage } from '../storage/storage';
import { loadConfig } from '../server/config';
import { buildSite } from '../site/buildSite';
import { loadPublicEvents, loadPublicRecords, type PublishedChains } from '../site/publicRecords';

/**
 * `npm run build:site -- [--out data/site] [--site-url URL] [--apply-url URL]`: builds the public
 * site from storage into a folder, its application forms posting to this server's `/apply`
 * (APP_BASE_URL) and its pages naming the configured contacts. Storage as the server finds it: STORAGE_CONNECTION_STRING or
 * STORAGE_ACCOUNT_URL, else the development Azurite `npm start` runs.
 */
async function main(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) throw new Error(`Configuration problems:\n- ${loaded.errors.join('\n- ')}`);
  const { config } = loaded;
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: config.siteDir },
      'site-url': { type: 'string', default: config.publicSiteUrl },
      'apply-url': { type: 'string', default: config.applyUrl },
    },
  });
  // Storage as the server finds it; in development, the Azurite that `npm start` runs.
  const target: StorageTarget =
    config.storage.kind === 'embeddedAzurite'
      ? {
          kind: 'connectionString',
          connectionString: azuriteConnectionString('127.0.0.1', config.storage.port),
        }
      : config.storage;
  const storage = await openStorage(target, { tablePrefix: config.tablePrefix });
  const chains: PublishedChains = new Map();
  const records = await loadPublicRecords(storage, chains);
  const events = await loadPublicEvents(storage, records);
  const report = await buildSite(records, values.out!, {
    siteUrl: values['site-url']!,
    events,
    chains,
    ocidPrefix: config.ocidPrefix ?? undefined,
    applyUrl: values['apply-url']!,
    contacts: config.contacts,
    applicantRetentionDays: config.applicantRetentionDays,
  });
  process.stdout.write(
    `Built ${records.length} opportunities into ${values.out}: ${report.written.length} files written, ${report.removed.length} removed, in ${Math.round(report.ms)} ms.\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
