import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, listen } from '../../server/app';
import { createLogger } from '../../runtime/logger';
import { freePort, startAzurite, type RunningAzurite } from '../../storage/azurite';
import { openStorage } from '../../storage/storage';
import { actor, beforeClosing, completeFields, people } from '../support/builders';

async function health(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function eventually<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('GET /healthz with Azurite on disk', () => {
  const location = mkdtempSync(join(tmpdir(), 'azurite-health-'));
  let azurite: RunningAzurite | undefined;

  afterAll(async () => {
    await azurite?.stop();
    rmSync(location, { recursive: true, force: true });
  });

  test('answers 503 with a reason while storage is down, recovers without a restart, and keeps the data', async () => {
    const port = await freePort();
    azurite = await startAzurite({ location, port });
    const storage = await openStorage(
      { kind: 'connectionString', connectionString: azurite.connectionString },
      { clock: () => beforeClosing },
    );
    await storage.people.put(people.author);
    const created = await storage.opportunities.create(actor(people.author), completeFields());
    if (created.kind !== 'applied') throw new Error(`create: ${created.kind}`);

    // Azurite's on-disk store (LokiJS) flushes every 5 s; a hard kill loses what is not flushed yet.
    const databaseFile = join(location, '__azurite_db_table__.json');
    const flushed = await eventually(
      async () => {
        try {
          return readFileSync(databaseFile, 'utf8');
        } catch {
          return '';
        }
      },
      (text) => text.includes(created.record.id),
    );
    expect(flushed).toContain(created.record.id);

    const server = await listen(
      createApp({ storage, logger: createLogger('silent') }),
      '127.0.0.1',
      0,
    );
    try {
      expect(await health(server.url)).toMatchObject({
        status: 200,
        body: { status: 'ok', storage: { status: 'up' } },
      });

      await azurite.kill();
      const down = await health(server.url);
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ status: 'unavailable', storage: { status: 'down' } });
      expect(String((down.body.storage as { reason: string }).reason)).toMatch(
        /connection refused/,
      );
      expect(down.body.message).toEqual({
        en: expect.stringMatching(/try again/),
        fr: expect.stringMatching(/réessayer/),
      });

      azurite = await startAzurite({ location, port });
      const up = await eventually(
        () => health(server.url),
        (h) => h.status === 200,
      );
      expect(up.status).toBe(200);
      expect(await storage.opportunities.get(created.record.id)).toEqual(created.record);
    } finally {
      await server.close();
    }
  });
});
