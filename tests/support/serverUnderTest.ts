import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Person } from '../../domain/people';
import { freePort } from '../../storage/azurite';
import { openStorage, type Storage } from '../../storage/storage';
import { startQuietConnector, type QuietConnector } from './quietConnector';
import { startServerProcess, type ServerProcess } from './serverProcess';

/** `npm start` as its own process, on tables of its own, with the people given as development people. */
export interface ServerUnderTest {
  url: string;
  /** The same tables as the server, for checks after the run. */
  storage: Storage;
  connector: QuietConnector;
  process(): ServerProcess;
  /** Starts the server again with the same settings (after a kill or a stop). */
  restart(): Promise<void>;
  /** Ctrl-C, then removes the temporary folder; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export const readyLine = 'Press Ctrl-C to stop.';

export async function startServerUnderTest(options: {
  people: readonly Person[];
  /** Defaults to the run's Azurite (jest's globalSetup). */
  connectionString?: string;
  logLevel?: string;
  /** More settings for the server (docs/configuration.md). */
  env?: Record<string, string>;
  /** Arguments for node itself, such as `--cpu-prof` (kept across restarts). */
  nodeArgs?: readonly string[];
}): Promise<ServerUnderTest> {
  const connectionString =
    options.connectionString ?? process.env.TEST_STORAGE_CONNECTION_STRING ?? '';
  if (!connectionString) throw new Error('no storage: pass a connection string or run with jest');
  const tablePrefix = `t${randomBytes(5).toString('hex')}`;
  const storage = await openStorage(
    { kind: 'connectionString', connectionString },
    { tablePrefix },
  );
  const folder = mkdtempSync(join(tmpdir(), 'server-under-test-'));
  const peopleFile = join(folder, 'people.json');
  writeFileSync(peopleFile, JSON.stringify({ people: options.people }));
  const connector = await startQuietConnector();
  const port = await freePort();
  const env = {
    NODE_ENV: 'development',
    PORT: String(port),
    STORAGE_CONNECTION_STRING: connectionString,
    TABLE_PREFIX: tablePrefix,
    DEV_PEOPLE_FILE: peopleFile,
    SITE_DIR: join(folder, 'site'),
    OUTBOX_DIR: join(folder, 'outbox'),
    LOG_LEVEL: options.logLevel ?? 'error',
    ...options.env,
  };
  let server = startServerProcess(env, options.nodeArgs);
  await server.printed(readyLine, 60_000);
  return {
    url: `http://127.0.0.1:${port}`,
    storage,
    connector,
    process: () => server,
    async restart() {
      server = startServerProcess(env, options.nodeArgs);
      await server.printed(readyLine, 60_000);
    },
    async stop() {
      const code = await server.stop();
      await connector.close();
      rmSync(folder, { recursive: true, force: true });
      return code;
    },
  };
}
