import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../storage/azurite';

/**
 * `npm start`, exactly as the README says, on its on-disk Azurite: a draft created just before the
 * person stops it is still there after `npm start` again, however it was stopped.
 */
const author = '00000000-0000-0000-0000-0000000000020'; // Alex Wilber, client (config/dev-people.json)

interface Started {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves once no process of the group (npm, the server, Azurite) is left. */
  gone(): Promise<void>;
}

async function npmStart(location: string, ports: { server: number; azurite: number }) {
  const child = spawn('npm', ['start', '--silent'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(ports.server),
      AZURITE_TABLE_PORT: String(ports.azurite),
      AZURITE_LOCATION: join(location, 'azurite'),
      SITE_DIR: join(location, 'site'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as a terminal's foreground job: a signal to -pid reaches every process.
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (output.includes('Press Ctrl-C to stop.')) return resolve();
      if (child.exitCode !== null) return reject(new Error(`npm start exited:\n${output}`));
      setTimeout(check, 50);
    };
    check();
  });
  const started: Started = {
    child,
    url: `http://127.0.0.1:${ports.server}`,
    output: () => output,
    gone: () =>
      new Promise<void>((resolve) => {
        const check = () => {
          try {
            process.kill(-child.pid!, 0);
            setTimeout(check, 50);
          } catch {
            resolve();
          }
        };
        check();
      }),
  };
  return started;
}

async function tokenFor(url: string): Promise<string> {
  const response = await fetch(`${url}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId: author }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function createDraft(url: string): Promise<string> {
  const created = await fetch(`${url}/api/opportunities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await tokenFor(url)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ titleEn: 'Saved just before stopping' }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { record: { id: string } }).record.id;
}

async function readDraft(url: string, id: string): Promise<number> {
  const response = await fetch(`${url}/api/opportunities/${encodeURIComponent(id)}`, {
    headers: { authorization: `Bearer ${await tokenFor(url)}` },
  });
  return response.status;
}

const ways: Array<[string, (started: Started) => void]> = [
  ['Ctrl-C once', ({ child }) => process.kill(-child.pid!, 'SIGINT')],
  [
    'Ctrl-C twice',
    ({ child }) => {
      process.kill(-child.pid!, 'SIGINT');
      process.kill(-child.pid!, 'SIGINT');
    },
  ],
  ['SIGTERM to npm', ({ child }) => process.kill(child.pid!, 'SIGTERM')],
  [
    'a closed terminal',
    ({ child }) => {
      // The terminal is gone: nothing can be written to it any more, and the group gets SIGHUP.
      child.stdout?.destroy();
      child.stderr?.destroy();
      process.kill(-child.pid!, 'SIGHUP');
    },
  ],
];

describe('stopping npm start loses nothing it acknowledged', () => {
  // One data folder and a chain of starts: each way of stopping is checked by the next start.
  const location = mkdtempSync(join(tmpdir(), 'stopping-'));
  let ports: { server: number; azurite: number };
  let running: Started | undefined;

  beforeAll(async () => {
    ports = { server: await freePort(), azurite: await freePort() };
    running = await npmStart(location, ports);
  }, 120_000);

  afterAll(async () => {
    if (running) {
      process.kill(-running.child.pid!, 'SIGINT');
      await running.gone();
    }
    rmSync(location, { recursive: true, force: true });
  }, 60_000);

  test.each(ways)(
    '%s',
    async (_way, stop) => {
      const stopped = running!;
      running = undefined;
      const id = await createDraft(stopped.url);
      stop(stopped);
      await stopped.gone();

      running = await npmStart(location, ports);
      expect(await readDraft(running.url, id)).toBe(200);
    },
    120_000,
  );
});
