import { checkLedger } from '../support/ledger';
import { loadCast } from '../support/loadCast';
import { LoadClient } from '../support/loadClient';
import { formatSummary, summarise } from '../support/loadReport';
import { runUsers } from '../support/loadUsers';
import { startServerUnderTest, type ServerUnderTest } from '../support/serverUnderTest';
import { profile, seed, timeoutFor } from './profile';

const { users, seconds, thinkMs, limitSeconds } = profile.load;
const chainOps = ['create:api', 'create:bot', 'edit:api', 'edit:bot', 'submit:api'];
const chainKinds = ['approveFunds', 'approvePosting'];
const cast = loadCast(users);
let server: ServerUnderTest;

beforeAll(async () => {
  server = await startServerUnderTest({ people: cast });
}, 90_000);
// Not its exit code: under heavy load tsx may SIGKILL a server slow to acknowledge Ctrl-C
// (tests/server/start.test.ts checks a clean stop).
afterAll(() => server.stop());

/**
 * The real server process and Azurite under simulated people working in Teams and in the tab at
 * once; afterwards every acknowledged change is looked up in the audit log. The load lasts its
 * seconds and then until every step of the chain was acknowledged, however slow the machine.
 */
test(
  `${users} people for ${seconds} s in Teams and the tab: no errors, no change lost or doubled`,
  async () => {
    const client = new LoadClient(server.url, server.connector.url);
    const started = performance.now();
    const missing = () => [
      ...chainOps.filter((op) => !client.acknowledged.some((a) => a.op === op)),
      ...chainKinds.filter((kind) => !client.acknowledged.some((a) => a.kind === kind)),
    ];
    const done = new AbortController();
    const load = runUsers(client, cast, {
      durationMs: seconds * 1_000,
      until: () => missing().length === 0,
      thinkMs,
      seed,
      signal: done.signal,
    });
    // The run did the whole chain, through both surfaces, or it proved nothing.
    const chain = client
      .until(() => missing().length === 0, limitSeconds * 1_000, 'every step of the chain')
      .then(
        () => null,
        (error: unknown) => {
          done.abort();
          return error;
        },
      );
    await load;
    const failed = await chain;
    if (failed) throw failed;
    const elapsed = (performance.now() - started) / 1_000;
    const summary = summarise(client.samples, elapsed);
    const ledger = await checkLedger(server.storage, client.acknowledged);
    process.stdout.write(
      formatSummary(`load: ${users} people for ${elapsed.toFixed(1)} s (seed ${seed})`, summary) +
        `  audit log: ${ledger.acknowledged} acknowledged changes, ${ledger.events} events, ` +
        `${ledger.problems.length} lost or wrong, ${ledger.unacknowledged.length} unaccounted for; ` +
        `${server.connector.count()} messages to Teams\n`,
    );

    expect(client.errors).toEqual([]);
    expect(summary.outcomes).toMatchObject({ error: 0, unanswered: 0, unavailable: 0 });
    expect(client.reauths).toBe(0);
    expect(ledger.problems).toEqual([]);
    expect(ledger.unacknowledged).toEqual([]);
    expect(missing()).toEqual([]);
    expect(server.process().child.exitCode).toBeNull();
  },
  timeoutFor(limitSeconds),
);
