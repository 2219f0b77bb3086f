import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openStorage } from '../../storage/storage';
import { freePort } from '../../storage/azurite';
import type { Storage } from '../../storage/storage';
import { people } from '../support/builders';
import { anOpportunityIn, nextWholeMinute } from '../support/storageHelpers';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { cardOf, invoke, startRecordingConnector, type Connector } from '../support/teams';

/**
 * Two server processes against one storage, as two App Service instances would run: they share
 * the load, both run the closing scheduler, and nothing is lost or written twice.
 */
describe('two servers, one storage', () => {
  let storage: Storage;
  let servers: ServerProcess[];
  let urls: string[];
  let connector: Connector;

  beforeAll(async () => {
    const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING!;
    const tablePrefix = `t${randomBytes(5).toString('hex')}`;
    // Opportunities here close seconds after posting: no minimum posting period.
    storage = await openStorage(
      { kind: 'connectionString', connectionString },
      { tablePrefix, minPostingBusinessDays: 0 },
    );
    const folder = mkdtempSync(join(tmpdir(), 'scale-'));
    const peopleFile = join(folder, 'people.json');
    writeFileSync(peopleFile, JSON.stringify({ people: Object.values(people) }));
    connector = await startRecordingConnector();
    const ports = [await freePort(), await freePort()];
    servers = ports.map((port, n) =>
      startServerProcess({
        NODE_ENV: 'development',
        PORT: String(port),
        STORAGE_CONNECTION_STRING: connectionString,
        TABLE_PREFIX: tablePrefix,
        DEV_PEOPLE_FILE: peopleFile,
        SITE_DIR: join(folder, `site-${n}`),
        SCHEDULER_INTERVAL_SECONDS: '1',
        LOG_LEVEL: 'warn',
      }),
    );
    await Promise.all(servers.map((s) => s.printed('Press Ctrl-C to stop.')));
    urls = ports.map((port) => `http://127.0.0.1:${port}`);
  }, 60_000);

  afterAll(async () => {
    const codes = await Promise.all(servers.map((s) => s.stop()));
    await connector.close();
    expect(codes).toEqual([0, 0]);
  });

  const press = (server: number, opportunityId: string, version: number) =>
    fetch(`${urls[server]}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        invoke(people.cardholder, connector.url, 'approveFunds', { opportunityId, version }),
      ),
    }).then(async (r) => ({ status: r.status, card: cardOf(await r.json()) }));

  test('approvals spread over both servers each land once, and a double press on both lands once', async () => {
    const records = await Promise.all(
      Array.from({ length: 12 }, () => anOpportunityIn(storage, 'awaitingFunds')),
    );
    const answers = await Promise.all(records.map((r, i) => press(i % 2, r.id, r.version)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const raced = await anOpportunityIn(storage, 'awaitingFunds');
    await Promise.all([press(0, raced.id, raced.version), press(1, raced.id, raced.version)]);
    for (const record of [...records, raced]) {
      const events = await storage.opportunities.events(record.id);
      expect(events.map((e) => e.details.kind)).toEqual(['create', 'submit', 'approveFunds']);
      expect(events.map((e) => e.version)).toEqual([1, 2, 3]);
    }
  });

  test('the public form rate limit counts one client on both servers together', async () => {
    // Not an opportunity: each post is admitted (and counted) first, then answered 404.
    const post = (server: number) =>
      fetch(`${urls[server]}/apply/en/MA-2026-9999`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: urls[server]!,
        },
        body: 'name=x',
      }).then(async (r) => ({
        status: r.status,
        retryAfter: r.headers.get('retry-after'),
        text: await r.text(),
      }));
    const answers = [];
    // One after another, alternating: each server alone would admit its burst of 10.
    for (let i = 0; i < 14; i++) answers.push(await post(i % 2));
    expect(answers.map((a) => a.status)).toEqual([
      ...Array<number>(10).fill(404),
      429,
      429,
      429,
      429,
    ]);
    const refused = answers[11]!;
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.text).toContain('lang="fr"');
  }, 60_000);

  test('every deadline closes exactly once although both servers run the scheduler', async () => {
    // A closing time is stored to the minute: the first whole minute at least 8 s away.
    const closingAt = nextWholeMinute(8_000).toISOString();
    const due = await Promise.all(
      Array.from({ length: 8 }, () =>
        anOpportunityIn(storage, 'posted', { fields: { closingAt, startDate: '2030-01-20' } }),
      ),
    );
    const deadline = Date.parse(closingAt) + 30_000;
    for (;;) {
      const states = await Promise.all(
        due.map((r) => storage.opportunities.get(r.id).then((x) => x!.state)),
      );
      if (states.every((s) => s === 'evaluating') || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    for (const record of due) {
      const kinds = (await storage.opportunities.events(record.id)).map((e) => e.details.kind);
      expect(kinds).toEqual(['create', 'submit', 'approveFunds', 'approvePosting', 'close']);
    }
  }, 120_000);
});
