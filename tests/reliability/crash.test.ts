import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort } from '../../storage/azurite';
import { openStorage, type Storage } from '../../storage/storage';
import { people } from '../support/builders';
import { reconcile } from '../support/reconcile';
import { startServerProcess } from '../support/serverProcess';
import { anOpportunityIn } from '../support/storageHelpers';
import { cardOf, invoke, startRecordingConnector, textOf } from '../support/teams';

/**
 * The server killed with SIGKILL in the middle of approvals, then started again: every approval
 * it acknowledged is stored, nothing is half-written, and the audit log agrees with the heads.
 */
test('a server killed mid-load loses no acknowledged action and leaves nothing half-changed', async () => {
  const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING!;
  const tablePrefix = `t${randomBytes(5).toString('hex')}`;
  const storage: Storage = await openStorage(
    { kind: 'connectionString', connectionString },
    { tablePrefix },
  );
  for (const person of Object.values(people)) await storage.people.put(person);
  const folder = mkdtempSync(join(tmpdir(), 'crash-'));
  const peopleFile = join(folder, 'people.json');
  writeFileSync(peopleFile, JSON.stringify({ people: Object.values(people) }));
  const connector = await startRecordingConnector();
  const port = await freePort();
  const env = {
    NODE_ENV: 'development',
    PORT: String(port),
    STORAGE_CONNECTION_STRING: connectionString,
    TABLE_PREFIX: tablePrefix,
    DEV_PEOPLE_FILE: peopleFile,
    SITE_DIR: join(folder, 'site'),
    LOG_LEVEL: 'warn',
  };
  const records = [];
  for (let i = 0; i < 60; i++) records.push(await anOpportunityIn(storage, 'awaitingFunds'));

  let server = startServerProcess(env);
  await server.printed('Press Ctrl-C to stop.');
  const acknowledged: string[] = [];
  const press = async (id: string, version: number) => {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          invoke(people.cardholder, connector.url, 'approveFunds', { opportunityId: id, version }),
        ),
      });
      if (
        response.status === 200 &&
        textOf(cardOf(await response.json())).includes('Funds approved by')
      )
        acknowledged.push(id);
    } catch {
      // The connection died with the server: not acknowledged, so it may or may not have landed.
    }
  };
  const load = Promise.all(
    records.map((r, i) =>
      new Promise((resolve) => setTimeout(resolve, i * 25)).then(() => press(r.id, r.version)),
    ),
  );
  // Kill once the server is answering, whatever the machine's speed, while presses are still coming.
  while (acknowledged.length < 3) await new Promise((resolve) => setTimeout(resolve, 20));
  await server.kill();
  await load;
  expect(acknowledged.length).toBeGreaterThan(0);
  expect(acknowledged.length).toBeLessThan(records.length);

  server = startServerProcess(env);
  await server.printed('Press Ctrl-C to stop.');
  try {
    for (const id of acknowledged) {
      expect(await storage.opportunities.get(id)).toMatchObject({ state: 'awaitingProcurement' });
    }
    expect(await reconcile(storage)).toEqual([]);
    // What was not acknowledged can simply be pressed again: it lands once.
    const rest = records.filter((r) => !acknowledged.includes(r.id));
    await Promise.all(rest.map((r) => press(r.id, r.version)));
    for (const r of records) {
      const approvals = (await storage.opportunities.events(r.id)).filter(
        (e) => e.details.kind === 'approveFunds',
      );
      expect(approvals).toHaveLength(1);
    }
    expect(await reconcile(storage)).toEqual([]);
  } finally {
    await server.stop();
    await connector.close();
  }
}, 90_000);
