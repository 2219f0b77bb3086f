import { modeOf } from '../server/config';
import { storageSettings } from '../server/storageConfig';
import { startAzurite, type RunningAzurite } from '../storage/azurite';
import { azuriteConnectionString, connect, ping, type Tables } from '../storage/connection';
import { StorageUnavailable } from '../storage/errors';

/**
 * Backup and restore are batch work: nobody waits on one call, and a large transaction into a
 * busy Azurite can take longer than the server's person-facing limit (10 s).
 */
const batchTryTimeoutMs = 120_000;

export interface ConfiguredStorage {
  tables: Tables;
  tablePrefix: string;
  description: string;
  /** Stops the Azurite this script started (it saves its data first); nothing otherwise. */
  close(): Promise<void>;
}

/**
 * The storage `npm start` uses, from the same settings (STORAGE_ACCOUNT_URL,
 * STORAGE_CONNECTION_STRING, or the development Azurite with AZURITE_LOCATION and
 * AZURITE_TABLE_PORT; TABLE_PREFIX). In development, the Azurite of a running `npm start` is
 * used; when none answers, this script starts one on the same data folder and stops it after.
 */
export async function configuredStorage(
  env: NodeJS.ProcessEnv = process.env,
): Promise<ConfiguredStorage> {
  const errors: string[] = [];
  const { storage, tablePrefix } = storageSettings(env, modeOf(env, errors), errors);
  if (errors.length)
    throw new Error(
      `Configuration problems (see docs/configuration.md):\n- ${errors.join('\n- ')}`,
    );
  if (storage.kind !== 'embeddedAzurite') {
    const description =
      storage.kind === 'accountUrl' ? storage.accountUrl : 'STORAGE_CONNECTION_STRING';
    return {
      tables: connect(storage, tablePrefix, batchTryTimeoutMs),
      tablePrefix,
      description,
      close: async () => {},
    };
  }
  const running = connect(
    {
      kind: 'connectionString',
      connectionString: azuriteConnectionString('127.0.0.1', storage.port),
    },
    tablePrefix,
    batchTryTimeoutMs,
  );
  try {
    await ping(running, 2_000);
    return {
      tables: running,
      tablePrefix,
      description: `the running Azurite on 127.0.0.1:${storage.port}`,
      close: async () => {},
    };
  } catch (error) {
    if (!(error instanceof StorageUnavailable)) throw error;
  }
  const azurite: RunningAzurite = await startAzurite({
    location: storage.location,
    port: storage.port,
  });
  return {
    tables: connect(
      { kind: 'connectionString', connectionString: azurite.connectionString },
      tablePrefix,
      batchTryTimeoutMs,
    ),
    tablePrefix,
    description: `Azurite on ${storage.location} (started for this run)`,
    close: () => azurite.stop(),
  };
}

/** `--name value` and `--flag` arguments. */
export function argumentsOf(
  argv: readonly string[],
  known: { values: readonly string[]; flags: readonly string[] },
): { values: Record<string, string>; flags: Set<string> } {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!.replace(/^--/, '');
    if (known.flags.includes(name)) flags.add(name);
    else if (known.values.includes(name) && argv[i + 1] !== undefined) values[name] = argv[++i]!;
    else throw new Error(`unknown or incomplete argument "${argv[i]}"`);
  }
  return { values, flags };
}
