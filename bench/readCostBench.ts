import { readFileSync } from 'node:fs';
import { actorFromPerson } from '../domain/people';
import { startAzurite } from '../storage/azurite';
import { openStorage } from '../storage/storage';
import { completeFields, people } from '../tests/support/builders';
import { loadCast } from '../tests/support/loadCast';
import { ms, summary, timed } from './stats';

/** A process's user + system CPU time so far, in ms (Linux's /proc; NaN elsewhere). */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * `npm run bench -- reads`: what one of the load's two largest reads costs (docs/benchmarks.md,
 * "Load, profiled"), against a read of one row by key, on the same Azurite, one at a time: the
 * whole people table (the load's 201 people), and a fund centre's opportunities (80 heads, all of
 * them in one fund centre as in the load). For each: wall time, and CPU time per read in this
 * process (which runs the same SDK code as the server) and in Azurite's.
 */
export async function readCostBench(): Promise<void> {
  const azurite = await startAzurite();
  try {
    const storage = await openStorage(
      { kind: 'connectionString', connectionString: azurite.connectionString },
      { tablePrefix: 'benchreads' },
    );
    const cast = [...loadCast(200), people.author];
    for (const person of cast) await storage.people.put(person);
    const opportunities = Number(process.env.BENCH_READS_OPPORTUNITIES ?? 80);
    for (let i = 0; i < opportunities; i++) {
      const created = await storage.opportunities.create(
        actorFromPerson(people.author),
        completeFields(),
      );
      if (created.kind !== 'applied') throw new Error(`bench fixture: ${created.kind}`);
    }
    const rounds = Number(process.env.BENCH_READS_ROUNDS ?? 100);
    const reads: Array<[string, () => Promise<unknown>]> = [
      ['one person by key (people.get)', () => storage.people.get('load-user-001')],
      [`the whole people table (${cast.length} rows, people.list)`, () => storage.people.list()],
      [
        `a fund centre (${opportunities} heads, fundCentreAwards)`,
        () => storage.opportunities.fundCentreAwards('FC-1234'),
      ],
    ];
    console.log(`\n## Reads: what one read costs, ${rounds} of each, one at a time`);
    for (const [name, read] of reads) {
      for (let i = 0; i < 20; i++) await read(); // warm: the JIT, the connection
      const samples: number[] = [];
      const own = ownCpuMs();
      const theirs = cpuMsOf(azurite.pid);
      for (let i = 0; i < rounds; i++) samples.push(await timed(read));
      const ownPer = (ownCpuMs() - own) / rounds;
      const theirsPer = (cpuMsOf(azurite.pid) - theirs) / rounds;
      const s = summary(samples);
      console.log(
        `${name.padEnd(52)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  CPU per read: client ${ms(ownPer)}, Azurite ${ms(theirsPer)}`,
      );
    }
  } finally {
    await azurite.stop();
  }
}
