import { actorFromPerson } from '../domain/people';
import { startAzurite } from '../storage/azurite';
import { openStorage, type Storage } from '../storage/storage';
import { completeFields, people } from '../tests/support/builders';
import { checkLedger } from '../tests/support/ledger';
import { loadCast } from '../tests/support/loadCast';
import { LoadClient } from '../tests/support/loadClient';
import { formatSummary, summarise } from '../tests/support/loadReport';
import { runUsers } from '../tests/support/loadUsers';
import { startServerUnderTest } from '../tests/support/serverUnderTest';
import { longProfile } from '../tests/reliability/profile';
import { withoutMetadata } from './intentBench';
import { ms, summary, timed } from './stats';

const { users, seconds, thinkMs } = longProfile.load;
const quietSamples = 300;
/** While the load runs, one bare transaction this often: enough samples, little extra load. */
const sampleEveryMs = 50;

/** The same two rows the store writes for a change (head replaced, event added), straight with the SDK. */
async function bareTransactions(storage: Storage) {
  const created = await storage.opportunities.create(
    actorFromPerson(people.author),
    completeFields(),
  );
  if (created.kind !== 'applied') throw new Error(`bench fixture: ${created.kind}`);
  const table = storage.tables.clients.opportunities;
  const id = created.record.id;
  const event = withoutMetadata(await table.getEntity(id, 'event-0000000001'));
  let version = 1;
  // Only the transaction is timed; the head is read first for its ETag, as the store does.
  return async () => {
    const head = await table.getEntity<Record<string, unknown>>(id, 'head');
    version++;
    const rowKey = `event-${String(version).padStart(10, '0')}`;
    return timed(() =>
      table.submitTransaction([
        ['update', { ...withoutMetadata(head), version }, 'Replace', { etag: head.etag }],
        ['create', { ...event, rowKey, version }],
      ]),
    );
  };
}

/**
 * The reliability suite's long load (200 simulated people for a minute, in Teams and the tab,
 * against the real server process and Azurite) as a benchmark: sustained throughput and p99,
 * against the p99 of a bare storage transaction on the same Azurite, quiet and under the load.
 */
export async function loadBench(): Promise<void> {
  const azurite = await startAzurite();
  const cast = loadCast(users);
  const server = await startServerUnderTest({
    people: [...cast, people.author],
    connectionString: azurite.connectionString,
  });
  try {
    const bareStorage = await openStorage(
      { kind: 'connectionString', connectionString: azurite.connectionString },
      { tablePrefix: 'benchbare' },
    );
    await bareStorage.people.put(people.author);
    const bare = await bareTransactions(bareStorage);
    const quiet: number[] = [];
    for (let i = 0; i < quietSamples; i++) quiet.push(await bare());

    const client = new LoadClient(server.url, server.connector.url);
    const loaded: number[] = [];
    let running = true;
    const sampler = (async () => {
      while (running) {
        loaded.push(await bare());
        await new Promise((resolve) => setTimeout(resolve, sampleEveryMs));
      }
    })();
    const started = performance.now();
    await runUsers(client, cast, { durationMs: seconds * 1_000, thinkMs, seed: 7 });
    const elapsed = (performance.now() - started) / 1_000;
    running = false;
    await sampler;

    const s = summarise(client.samples, elapsed);
    const q = summary(quiet);
    const l = summary(loaded);
    const ledger = await checkLedger(server.storage, client.acknowledged);
    console.log(
      `\n## Load: ${users} simulated people for ${seconds} s, bot and tab API, server process + Azurite`,
    );
    process.stdout.write(formatSummary(`load (${elapsed.toFixed(1)} s)`, s));
    console.log(
      `sustained: ${s.perSecond.toFixed(1)} requests/s, ${(client.acknowledged.length / elapsed).toFixed(1)} acknowledged changes/s; ` +
        `${s.outcomes.error} errors; audit log ${ledger.problems.length} lost or wrong, ${ledger.unacknowledged.length} landed without an answer`,
    );
    console.log(
      `bare submitTransaction (head + event), quiet                  p50 ${ms(q.p50)}  p99 ${ms(q.p99)}`,
    );
    console.log(
      `bare submitTransaction under the load (${loaded.length} samples) p50 ${ms(l.p50)}  p99 ${ms(l.p99)}`,
    );
    console.log(
      `load p99 / bare p99  ${(s.p99 / l.p99).toFixed(2)} (bare under the same load), ${(s.p99 / q.p99).toFixed(2)} (bare quiet)`,
    );
    // Creation waits on one counter row (docs/reliability.md): the rest, without its tail.
    const others = summary(
      client.samples
        .filter((x) => x.outcome !== 'unanswered' && !x.op.startsWith('create:'))
        .map((x) => x.ms),
    );
    console.log(
      `without creating opportunities: p99 ${ms(others.p99)}, ${(others.p99 / l.p99).toFixed(2)} × bare under load`,
    );
  } finally {
    await server.stop();
    await azurite.stop();
  }
}
