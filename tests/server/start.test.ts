import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../storage/azurite';
import { startServerProcess } from '../support/serverProcess';

const run = startServerProcess;

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start (server/main.ts)', () => {
  const location = mkdtempSync(join(tmpdir(), 'start-'));
  afterAll(() => rmSync(location, { recursive: true, force: true }));

  test('starts Azurite on disk and the server, says where, and stops both on Ctrl-C', async () => {
    const [port, azuritePort] = [await freePort(), await freePort()];
    const server = run({
      PORT: String(port),
      AZURITE_TABLE_PORT: String(azuritePort),
      AZURITE_LOCATION: location,
      SITE_DIR: join(location, 'site'),
      OUTBOX_DIR: join(location, 'outbox'),
      LOG_LEVEL: 'warn',
      NODE_ENV: '',
    });
    await server.printed('Press Ctrl-C to stop.');
    // No GC Notify key in development: notices become files, and the banner says where.
    expect(server.output()).toContain(
      `each notice is written as a JSON file into ${join(location, 'outbox')}`,
    );
    expect(server.output()).toContain(`http://127.0.0.1:${port}/healthz`);
    expect(server.output()).toContain(
      `Azurite on 127.0.0.1:${azuritePort}, data kept in ${location}`,
    );
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    // The public site is published at start and served at /opportunities/.
    let index = 0;
    for (let i = 0; i < 100 && index !== 200; i++) {
      index = (await fetch(`http://127.0.0.1:${port}/opportunities/en/index.html`)).status;
      if (index !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(index).toBe(200);

    expect(await server.stop()).toBe(0);
    expect(server.output()).toContain('Stopped.');
    expect(await listening(azuritePort)).toBe(false);
    expect(await listening(port)).toBe(false);
  });

  test('refuses to start with a mistyped NODE_ENV next to an app id, instead of minting tokens', async () => {
    const server = run({
      NODE_ENV: 'Production',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
      PORT: String(await freePort()),
    });
    expect(await server.exit).toBe(1);
    expect(server.output()).toMatch(/NODE_ENV must be production, development or test/);
    expect(server.output()).not.toContain('(development)');
  });

  test('refuses to start in production without storage, naming the settings', async () => {
    const server = run({ NODE_ENV: 'production', PORT: String(await freePort()) });
    expect(await server.exit).toBe(1);
    expect(server.output()).toMatch(/STORAGE_ACCOUNT_URL/);
  });
});
