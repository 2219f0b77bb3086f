import type { State } from '../domain/states';
import { easternToInstant } from '../domain/text';
import { Background } from '../runtime/background';
import { createLogger } from '../runtime/logger';
import { startReminderScheduler } from '../server/reminderScheduler';
import { defaultEscalateAfter, defaultReminderIntervalDays } from '../server/targetsConfig';
import { defaultStepTargets } from '../domain/targets';
import { startAzurite } from '../storage/azurite';
import { headEntity } from '../storage/opportunityEntities';
import { openStorage } from '../storage/storage';
import { anOpportunity } from '../tests/support/builders';
import { ms, summary, timed } from './stats';

/** The sizes: 10,000 opportunities, of which 500 wait for someone. */
const opportunities = Number(process.env.BENCH_REMINDER_OPPORTUNITIES ?? 10_000);
const waiting = Number(process.env.BENCH_REMINDER_WAITING ?? 500);
const minute = 60_000;

/** Business days of the run: Monday 30 November to Thursday 3 December 2026, none a holiday. */
const at = (date: string, time: string) => new Date(easternToInstant(date, time)!);

/** The others never wait for anyone: drafts, paid, cancelled. */
const idle: State[] = ['draft', 'paid', 'cancelled'];

/**
 * The reminder sweep with 10,000 opportunities of which 500 wait for their funds approval, each
 * submitted a minute after the previous from Monday 08:00, so on Wednesday (two business days
 * on) one comes due each minute from 08:00. One sweep a minute, as `npm start` runs them, from
 * 08:00 to past the last one due: the rows each reads (index rows and the records they name)
 * against the number due, and its time. Then Thursday 08:00, when every overdue wait is looked at
 * again at once, and the hourly rebuild of the index, which lists what waits as every sweep
 * used to.
 */
export async function reminderBench(): Promise<void> {
  const azurite = await startAzurite();
  try {
    const storage = await openStorage({
      kind: 'connectionString',
      connectionString: azurite.connectionString,
    });
    const table = storage.tables.clients.opportunities;
    const monday = at('2026-11-30', '08:00').getTime();
    const started = Date.now();
    for (let i = 0; i < opportunities; i += 32) {
      await Promise.all(
        Array.from({ length: Math.min(32, opportunities - i) }, async (_, j) => {
          const n = i + j;
          const waits = n < waiting;
          const stateSince = new Date(
            waits ? monday + n * minute : monday - 86_400_000,
          ).toISOString();
          const record = anOpportunity({
            id: `MA-2026-${String(n + 1).padStart(6, '0')}`,
            state: waits ? 'awaitingFunds' : idle[n % idle.length]!,
            stateSince,
          });
          await table.createEntity(headEntity(record, []));
        }),
      );
    }
    console.log(
      `seeded ${opportunities} opportunities (${waiting} awaiting funds) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const clock = { now: at('2026-12-02', '07:59') };
    const logger = createLogger('silent');
    let sent = 0;
    const scheduler = startReminderScheduler({
      storage,
      background: new Background(logger),
      logger,
      targets: {
        targets: defaultStepTargets,
        reminderIntervalDays: defaultReminderIntervalDays,
        escalateAfter: defaultEscalateAfter,
      },
      remind: () => Promise.resolve(++sent && 1),
      escalate: () => Promise.resolve(0),
      remindQuestion: () => Promise.resolve(0),
      clock: () => clock.now,
      intervalMs: 3_600_000,
    });
    try {
      let indexed = 0;
      const rebuild = await timed(async () => (indexed = await scheduler.reconcile()));

      const times: number[] = [];
      const rows: number[] = [];
      const due: number[] = [];
      const wednesday = at('2026-12-02', '08:00').getTime();
      // One sweep a minute, through the minute after the last wait comes due.
      for (let k = 0; k <= waiting; k++) {
        clock.now = new Date(wednesday + k * minute + 30_000);
        const before = sent;
        times.push(await timed(() => scheduler.tick()));
        const read = scheduler.lastSweep();
        rows.push(read.indexRows + read.records);
        due.push(sent - before);
      }
      const { p50, p95 } = summary(times);
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      console.log(
        `reminder sweep (${opportunities} opportunities, ${waiting} waiting, one sweep a minute): ` +
          `rows read per sweep mean ${mean(rows).toFixed(2)} max ${Math.max(...rows)} ` +
          `for ${mean(due).toFixed(2)} due on average (max ${Math.max(...due)}), ` +
          `p50 ${ms(p50)} p95 ${ms(p95)}, ${sent} reminders sent`,
      );

      // Thursday 08:00: every wait reminded yesterday is looked at again (none sent: the interval).
      clock.now = at('2026-12-03', '08:00');
      const morning = await timed(() => scheduler.tick());
      const read = scheduler.lastSweep();
      console.log(
        `reminder sweep, next morning: ${read.indexRows} index rows and ${read.records} records read, ` +
          `${read.sent} sent, ${ms(morning)}`,
      );
      console.log(
        `reminder index rebuild (at start, then hourly): ${indexed} waiting opportunities listed and indexed in ${ms(rebuild)}`,
      );
    } finally {
      scheduler.stop();
    }
  } finally {
    await azurite.stop();
  }
}
