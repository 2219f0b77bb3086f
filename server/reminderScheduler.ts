import {
  addBusinessDates,
  addBusinessDays,
  businessDaysBetween,
  isBusinessHours,
} from '../domain/businessDays';
import { easternDate, easternToInstant } from '../domain/text';
import type { Opportunity } from '../domain/opportunity';
import type { State } from '../domain/states';
import { questionWait, unansweredQuestions, waitOf, type Wait } from '../domain/targets';
import type { Storage } from '../storage/storage';
import type { Background } from '../runtime/background';
import type { Logger } from '../runtime/logger';
import type { TargetsConfig } from './targetsConfig';

/** The states in which an opportunity waits for a person (see `waitOf`). */
const waitingStates: readonly State[] = [
  'awaitingFunds',
  'awaitingProcurement',
  'evaluating',
  'awardHeld',
  'awarded',
  'delivered',
  'accepted',
];

export interface ReminderSchedulerOptions {
  storage: Storage;
  background: Background;
  logger: Logger;
  targets: TargetsConfig;
  /** Sends the reminder in Teams; answers how many people it reached. */
  remind(record: Opportunity, wait: Wait): Promise<number>;
  /** Tells the managers (and procurement, for approvals) of a wait reminded `count` times. */
  escalate(record: Opportunity, wait: Wait, count: number): Promise<number>;
  /** Reminds the author of a supplier's question past its target. */
  remindQuestion(record: Opportunity, wait: Wait, number: string): Promise<number>;
  clock?: () => Date;
  intervalMs?: number;
  /** How often the due-time index is rebuilt from the waiting opportunities (wall clock); 1 hour. */
  reconcileMs?: number;
}

/** What one sweep read: index rows, then the records (and question lists) they named. */
export interface SweepCounts {
  indexRows: number;
  records: number;
  sent: number;
}

export interface ReminderScheduler {
  /** Reminds every overdue step that is due a reminder; answers how many this server sent. */
  tick(): Promise<number>;
  /** What the last sweep read. */
  lastSweep(): SweepCounts;
  /** Rebuilds the due-time index from every waiting opportunity; answers how many it indexed. */
  reconcile(): Promise<number>;
  stop(): void;
}

/** Opportunities a sweep looks at side by side (storage round trips, not CPU, bound a sweep). */
const lookingAtOnce = 8;

/** 08:00 Eastern on the next business day: an overdue wait is looked at again once a day. */
function nextBusinessMorning(now: Date): Date {
  return new Date(easternToInstant(addBusinessDates(easternDate(now), 1), '08:00')!);
}

/**
 * Once a step is past its target, whoever it waits for is reminded, on business days from 08:00
 * to 17:00 Eastern, at most every `reminderIntervalDays` business days; the reminder after
 * `escalateAfter` of them also tells the managers (and procurement, for approvals). Safe on several servers:
 * each reminder is claimed in storage (created or ETag-guarded) before it is sent, so a second
 * server, or this one after a restart, finds it taken.
 */
export function startReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const { storage, logger, targets } = options;
  const clock = options.clock ?? (() => new Date());
  let running: Promise<number> | null = null;

  /** `record` as just read from storage. */
  const remindIfDue = async (record: Opportunity, now: Date): Promise<boolean> => {
    const wait = waitOf(record, now, targets.targets);
    if (!wait?.overdue) return false;
    const number = await storage.reminders.claim(
      record.id,
      wait,
      now,
      (lastAt) => businessDaysBetween(lastAt, now) >= targets.reminderIntervalDays,
    );
    if (number === null) return false;
    const reached = await options.remind(record, wait);
    // The claim makes the reminder number this server's alone: the escalation goes out once.
    const escalated =
      number === targets.escalateAfter + 1
        ? await options.escalate(record, wait, targets.escalateAfter)
        : 0;
    logger.info(
      { opportunityId: record.id, step: wait.step, reminder: number, reached, escalated },
      'overdue step reminded',
    );
    return true;
  };

  /** Suppliers' questions of a posted opportunity that wait past their target for the author. */
  const remindQuestions = async (record: Opportunity, now: Date): Promise<number> => {
    const received = await storage.questions.received(record.id);
    const waiting = new Set(unansweredQuestions(record, received));
    let sent = 0;
    for (const question of received) {
      if (!waiting.has(question.number)) continue;
      const wait = questionWait(record, question.askedAt, now, targets.targets);
      if (!wait.overdue) continue;
      // One wait per question: its number keeps two asked at the same instant apart.
      const claimed = await storage.reminders.claim(
        record.id,
        { step: `${wait.step}-${question.number}`, since: wait.since },
        now,
        (lastAt) => businessDaysBetween(lastAt, now) >= targets.reminderIntervalDays,
      );
      if (claimed === null) continue;
      await options.remindQuestion(record, wait, question.number);
      sent++;
    }
    return sent;
  };

  /** One opportunity's failure (Teams unreachable, a storage error) does not stop the others'. */
  const alone = async <T>(record: Opportunity, work: () => Promise<T>): Promise<T | false> => {
    try {
      return await work();
    } catch (error) {
      logger.warn({ err: error, opportunityId: record.id }, 'could not remind');
      return false;
    }
  };

  /**
   * When the sweep should next look at this opportunity, or null when nothing of it waits; an
   * overdue wait at `overdueAt` (now when indexing afresh, the next business morning once looked at).
   */
  const nextLook = async (
    record: Opportunity,
    now: Date,
    overdueAt: Date,
  ): Promise<Date | null> => {
    const times: number[] = [];
    const wait = waitOf(record, now, targets.targets);
    if (wait) times.push(wait.overdue ? overdueAt.getTime() : Date.parse(wait.dueAt));
    if (record.state === 'posted') {
      const received = await storage.questions.received(record.id);
      const waiting = new Set(unansweredQuestions(record, received));
      for (const question of received) {
        if (!waiting.has(question.number)) continue;
        const asked = questionWait(record, question.askedAt, now, targets.targets);
        times.push(asked.overdue ? overdueAt.getTime() : Date.parse(asked.dueAt));
      }
    }
    return times.length ? new Date(Math.min(...times)) : null;
  };

  /**
   * The sweep reads the due-time index up to now (what is due, nothing else), decides on each
   * opportunity as stored, and indexes when to look at it next before dropping the row it read:
   * a server stopped in between leaves a row looked at twice, never a wait forgotten.
   */
  let counts: SweepCounts = { indexRows: 0, records: 0, sent: 0 };
  const sweep = async (): Promise<number> => {
    const now = clock();
    if (!isBusinessHours(now)) return 0;
    await Promise.allSettled(indexing);
    if (Date.now() - reconciledAt >= (options.reconcileMs ?? 3_600_000)) await reconcile();
    const due = await storage.reminders.dueBy(now);
    const sweepCounts: SweepCounts = { indexRows: due.length, records: 0, sent: 0 };
    const byOpportunity = new Map<string, typeof due>();
    for (const entry of due)
      byOpportunity.set(entry.opportunityId, [
        ...(byOpportunity.get(entry.opportunityId) ?? []),
        entry,
      ]);
    /** One opportunity's due rows: decide, index the next look, then drop the rows read. */
    const lookAt = async (id: string, entries: typeof due): Promise<void> => {
      try {
        const record = await storage.opportunities.get(id);
        sweepCounts.records++;
        if (record) {
          const sent = await alone(record, async () => {
            let n = (await remindIfDue(record, now)) ? 1 : 0;
            if (record.state === 'posted') n += await remindQuestions(record, now);
            const next = await nextLook(record, now, nextBusinessMorning(now));
            if (next) await storage.reminders.schedule(record.id, next);
            return n;
          });
          // Sending failed (logged): looked at again next business morning, like one sent.
          if (sent === false) await storage.reminders.schedule(record.id, nextBusinessMorning(now));
          else sweepCounts.sent += sent;
        }
        for (const entry of entries) await storage.reminders.done(entry);
      } catch (error) {
        // Its rows stay: the next sweep looks again.
        logger.warn({ err: error, opportunityId: id }, 'could not remind');
      }
    };
    const queue = [...byOpportunity];
    await Promise.all(
      Array.from({ length: Math.min(lookingAtOnce, queue.length) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await lookAt(...next);
      }),
    );
    counts = sweepCounts;
    return sweepCounts.sent;
  };

  /** Every opportunity that waits for someone, indexed afresh: at start, then hourly. */
  let reconciledAt = -Infinity;
  const reconcile = async (): Promise<number> => {
    reconciledAt = Date.now();
    const now = clock();
    let indexed = 0;
    for (const state of [...waitingStates, 'posted' as const]) {
      let continuationToken: string | undefined;
      do {
        const page = await storage.opportunities.list(
          { kind: 'state', state },
          { size: 100, continuationToken },
        );
        for (const record of page.items) {
          const next = await alone(record, () => nextLook(record, now, now));
          if (!next) continue;
          await storage.reminders.schedule(record.id, next);
          indexed++;
        }
        continuationToken = page.continuationToken;
      } while (continuationToken);
    }
    return indexed;
  };

  // Each change and each question received is indexed as it is stored, by the server storing it.
  const indexing = new Set<Promise<void>>();
  let stopped = false;
  const index = (name: string, work: () => Promise<void>) => {
    if (stopped) return;
    const task = work().catch((error: unknown) => logger.warn({ err: error }, name));
    indexing.add(task);
    void task.finally(() => indexing.delete(task));
  };
  storage.opportunities.onChange((record) =>
    index('could not index the next reminder', async () => {
      const wait = waitOf(record, clock(), targets.targets);
      if (wait) await storage.reminders.schedule(record.id, new Date(wait.dueAt));
    }),
  );
  storage.questions.onReceived((opportunityId, question) =>
    index('could not index the question reminder', () =>
      storage.reminders.schedule(
        opportunityId,
        addBusinessDays(new Date(question.askedAt), targets.targets.questionAnswer),
      ),
    ),
  );

  // One sweep at a time on this server; a slow storage never piles sweeps up.
  const tick = () => (running ??= sweep().finally(() => (running = null)));
  const timer = setInterval(
    () => options.background.run('remind overdue steps', () => tick().then(() => undefined)),
    options.intervalMs ?? 60_000,
  );
  timer.unref();
  return {
    tick,
    lastSweep: () => counts,
    reconcile,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
