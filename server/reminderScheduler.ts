import { businessDaysBetween, isBusinessHours } from '../domain/businessDays';
import type { Opportunity } from '../domain/opportunity';
import type { State } from '../domain/states';
import { questionWait, unansweredQuestions, waitOf, type Wait } from '../domain/targets';
import type { Storage } from '../storage/storage';
import type { Background } from './background';
import type { Logger } from './logger';
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
}

export interface ReminderScheduler {
  /** Reminds every overdue step that is due a reminder; answers how many this server sent. */
  tick(): Promise<number>;
  stop(): void;
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

  const remindIfDue = async (listed: Opportunity, now: Date): Promise<boolean> => {
    if (!waitOf(listed, now, targets.targets)?.overdue) return false;
    // The list may be a moment old: decide on the record as stored now.
    const record = await storage.opportunities.get(listed.id);
    const wait = record && waitOf(record, now, targets.targets);
    if (!record || !wait?.overdue) return false;
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

  const sweep = async (): Promise<number> => {
    const now = clock();
    if (!isBusinessHours(now)) return 0;
    let sent = 0;
    for (const state of waitingStates) {
      let continuationToken: string | undefined;
      do {
        const page = await storage.opportunities.list(
          { kind: 'state', state },
          { size: 100, continuationToken },
        );
        for (const record of page.items)
          if (await alone(record, () => remindIfDue(record, now))) sent++;
        continuationToken = page.continuationToken;
      } while (continuationToken);
    }
    // Questions are answered while the opportunity is posted (the transition table's rows).
    let continuationToken: string | undefined;
    do {
      const page = await storage.opportunities.list(
        { kind: 'state', state: 'posted' },
        { size: 100, continuationToken },
      );
      for (const record of page.items)
        sent += (await alone(record, () => remindQuestions(record, now))) || 0;
      continuationToken = page.continuationToken;
    } while (continuationToken);
    return sent;
  };

  // One sweep at a time on this server; a slow storage never piles sweeps up.
  const tick = () => (running ??= sweep().finally(() => (running = null)));
  const timer = setInterval(
    () => options.background.run('remind overdue steps', () => tick().then(() => undefined)),
    options.intervalMs ?? 60_000,
  );
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
