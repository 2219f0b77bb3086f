import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
import { summariseProfiles } from './profileSummary';
import { startStorageTally } from './storageTally';
import { summariseTrace } from './traceSummary';
import { ms, summary, timed } from './stats';

const { thinkMs } = longProfile.load;
/** BENCH_LOAD_USERS and BENCH_LOAD_SECONDS change the size (a shorter run on a shared machine). */
const users = Number(process.env.BENCH_LOAD_USERS ?? longProfile.load.users);
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? longProfile.load.seconds);
/**
 * BENCH_PROFILE_DIR: CPU profiles (`node --cpu-prof`) of the server process into `<dir>/server`
 * and of Azurite into `<dir>/azurite`, the load's window in `<dir>/window.json`, and a summary of
 * each printed after the run (bench/profileSummary.ts, docs/benchmarks.md).
 */
const profileDir = process.env.BENCH_PROFILE_DIR ? resolve(process.env.BENCH_PROFILE_DIR) : '';
/**
 * BENCH_STORAGE_TALLY=1: the server talks to Azurite through a counting pass-through
 * (bench/storageTally.ts) and the storage requests of the load's window are printed by kind. It
 * adds a hop to every storage call: latencies of such a run are not comparable with others.
 */
const tallyStorage = process.env.BENCH_STORAGE_TALLY === '1';
/**
 * BENCH_TRACE_DIR: the server and Azurite traced (bench/requestTraceHook.cjs: every request, every
 * storage call joined with the request Azurite saw, GC pauses, event-loop lateness), summarised
 * after the run (bench/traceSummary.ts): what the slowest requests and calls waited for.
 */
const traceDir = process.env.BENCH_TRACE_DIR ? resolve(process.env.BENCH_TRACE_DIR) : '';
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

/** A process's user + system CPU time so far, in seconds (Linux's /proc; NaN elsewhere). */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/**
 * The reliability suite's long load (200 simulated people for a minute, in Teams and the tab,
 * against the real server process and Azurite) as a benchmark: sustained throughput and p99,
 * against the p99 of a bare storage transaction on the same Azurite, quiet and under the load.
 */
export async function loadBench(): Promise<void> {
  const profileArgs = (folder: string) => {
    mkdirSync(join(profileDir, folder), { recursive: true });
    return `--cpu-prof --cpu-prof-dir=${join(profileDir, folder)}`;
  };
  // Azurite inherits the environment: its own profile, in its own process, apart from the server's
  // (Node refuses --cpu-prof in NODE_OPTIONS; a --require hook starts the same profiler).
  const saved = {
    NODE_OPTIONS: process.env.NODE_OPTIONS,
    CPU_PROFILE_DIR: process.env.CPU_PROFILE_DIR,
    REQUEST_TRACE_FILE: process.env.REQUEST_TRACE_FILE,
  };
  if (traceDir) {
    mkdirSync(traceDir, { recursive: true });
    process.env.NODE_OPTIONS = `${saved.NODE_OPTIONS ?? ''} --require ${join(__dirname, 'requestTraceHook.cjs')}`;
    process.env.REQUEST_TRACE_FILE = join(traceDir, 'azurite.json');
  }
  if (profileDir) {
    mkdirSync(join(profileDir, 'azurite'), { recursive: true });
    process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require ${join(__dirname, 'cpuProfileHook.cjs')}`;
    process.env.CPU_PROFILE_DIR = join(profileDir, 'azurite');
  }
  const azurite = await startAzurite().finally(() => {
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  });
  const tally = tallyStorage ? await startStorageTally(azurite) : undefined;
  const cast = loadCast(users);
  const server = await startServerUnderTest({
    people: [...cast, people.author],
    connectionString: tally?.connectionString ?? azurite.connectionString,
    nodeArgs: [
      ...(profileDir ? profileArgs('server').split(' ') : []),
      ...(traceDir ? ['--require', join(__dirname, 'requestTraceHook.cjs')] : []),
    ],
    env: traceDir ? { REQUEST_TRACE_FILE: join(traceDir, 'requests.json') } : {},
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
    const serverPid = server.process().child.pid!;
    const cpuBefore = {
      server: cpuSeconds(serverPid),
      azurite: cpuSeconds(azurite.pid),
      bench: process.cpuUsage(),
    };
    tally?.reset();
    const window = { from: nowUs(), to: 0 };
    const started = performance.now();
    await runUsers(client, cast, { durationMs: seconds * 1_000, thinkMs, seed: 7 });
    const elapsed = (performance.now() - started) / 1_000;
    window.to = nowUs();
    const tallied = tally?.report();
    running = false;
    await sampler;
    const benchCpu = process.cpuUsage(cpuBefore.bench);
    const cpu = {
      server: cpuSeconds(serverPid) - cpuBefore.server,
      azurite: cpuSeconds(azurite.pid) - cpuBefore.azurite,
      bench: (benchCpu.user + benchCpu.system) / 1e6,
    };
    if (profileDir) writeFileSync(join(profileDir, 'window.json'), JSON.stringify(window));
    if (traceDir) writeFileSync(join(traceDir, 'window.json'), JSON.stringify(window));

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
    const share = (s: number) =>
      `${s.toFixed(1)} s (${((100 * s) / elapsed).toFixed(0)} % of a core)`;
    console.log(
      `CPU during the load: server ${share(cpu.server)}, Azurite ${share(cpu.azurite)}, ` +
        `load client + bare sampler ${share(cpu.bench)}; ` +
        `per request: server ${((1000 * cpu.server) / s.requests).toFixed(1)} ms, Azurite ${((1000 * cpu.azurite) / s.requests).toFixed(1)} ms`,
    );
    if (tallied) process.stdout.write(`\n${tallied}`);
  } finally {
    await server.stop();
    await tally?.close();
    await azurite.stop();
  }
  if (traceDir) {
    console.log(`\n## Where the server's requests waited (${traceDir})\n`);
    process.stdout.write(summariseTrace(traceDir));
  }
  if (profileDir) {
    console.log(`\n## CPU profiles of the load's window (${profileDir})\n`);
    process.stdout.write(summariseProfiles(profileDir));
  }
}
