import { randomUUID } from 'node:crypto';
import type { FailedNoticeTelling } from '../storage/failedNoticeTelling';
import type { NoticeOutbox } from '../storage/noticeOutbox';
import type { ClaimedNotice, StoredNotice } from '../storage/noticeRows';
import type { SendQuota } from '../storage/sendQuota';
import type { Storage } from '../storage/storage';
import type { Background } from '../runtime/background';
import type { Logger } from '../runtime/logger';
import { withoutAddresses, type NoticeSender, type SendOutcome } from './noticeSenders';

export interface NoticeDispatcherOptions {
  outbox: NoticeOutbox;
  sender: NoticeSender;
  /** The send allowance all servers share (NOTIFY_RATE_PER_MINUTE). */
  quota: SendQuota;
  logger: Logger;
  background: Background;
  clock?: () => Date;
  intervalMs?: number;
  /** How long a claim holds a notice; longer than one send may take, timeout included. */
  leaseMs?: number;
  /** Notices claimed at once. */
  batch?: number;
  /** Tries before a notice that keeps getting 5xx or 429 is given up as failed. */
  maxAttempts?: number;
  /**
   * Whether what the notice speaks of is stored: a receipt waits for its application's answers
   * (written just after it), and is dropped as failed if they never come.
   */
  ready?: (notice: StoredNotice) => Promise<boolean>;
  /**
   * Telling the opportunity's author in Teams that a notice failed for good: `tell` is false when
   * they cannot be reached (never opened the bot). Each failure is claimed with its ETag first
   * (`failures`): one server tells.
   */
  tellAuthor?: {
    failures: FailedNoticeTelling;
    tell(notice: StoredNotice): Promise<boolean>;
  };
}

export interface DispatchCounts {
  sent: number;
  retried: number;
  failed: number;
}

export interface NoticeDispatcher {
  /** Sends what is due until nothing is, or the allowance is spent; what this server did. */
  tick(): Promise<DispatchCounts>;
  stop(): void;
}

/** First retry after 10 s, doubling up to an hour, with up to a fifth more so servers spread out. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
  return Math.round(base * (1 + random() * 0.2));
}

/** The reasons the dispatcher itself gives (the tab explains each: `server/api/noticesRoute.ts`). */
export const givenUpPrefix = 'gave up after ';
export const notStoredReason = 'what it confirms was never stored';

/** Tries at telling an author of a failure before giving up (the tab still shows it). */
const maxTellAttempts = 5;

/** A receipt whose application is not stored after this long will never be: it is failed, not sent. */
const readyWithinMs = 10 * 60_000;

/**
 * Sends the outbox's notices, on every server at once. Each notice is claimed with its ETag (one
 * server holds it), sent once, and its provider id recorded. A claim that ran out (a server died
 * between claim and record) is taken over after asking the provider whether the notice went out,
 * by its reference; so is every retry, since a call that got no answer may have been delivered.
 */
export function startNoticeDispatcher(options: NoticeDispatcherOptions): NoticeDispatcher {
  const { outbox, sender, quota, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const holder = randomUUID();
  const leaseMs = options.leaseMs ?? 60_000;
  const batch = options.batch ?? 25;
  const maxAttempts = options.maxAttempts ?? 12;
  let stopped = false;

  const log = (claim: ClaimedNotice, outcome: string, extra: Record<string, unknown> = {}) => {
    // Never the address, the subject or the body: ids let an operator find the row.
    const { id, kind, opportunityId, confirmation } = claim.notice;
    logger.info({ noticeId: id, kind, opportunityId, confirmation, outcome, ...extra }, 'notice');
  };

  const settle = async (claim: ClaimedNotice, outcome: SendOutcome, attempts: number) => {
    const now = clock();
    if (outcome.kind === 'sent') {
      await outbox.sent(claim, outcome.providerId, now, attempts);
      log(claim, 'sent', { providerId: outcome.providerId, attempts });
      return 'sent' as const;
    }
    if (outcome.kind === 'retry' && attempts < maxAttempts) {
      const retryAt = new Date(now.getTime() + retryDelayMs(attempts));
      await outbox.retry(claim, retryAt, outcome.reason, attempts);
      log(claim, 'retry', { reason: outcome.reason, attempts, retryAt: retryAt.toISOString() });
      return 'retried' as const;
    }
    const reason =
      outcome.kind === 'retry'
        ? `${givenUpPrefix}${attempts} tries: ${outcome.reason}`
        : outcome.reason;
    await outbox.failed(claim, reason, attempts, now);
    logger.warn(
      {
        noticeId: claim.notice.id,
        kind: claim.notice.kind,
        opportunityId: claim.notice.opportunityId,
        reason,
        attempts,
      },
      'notice failed',
    );
    return 'failed' as const;
  };

  const deliver = async (claim: ClaimedNotice): Promise<keyof DispatchCounts> => {
    const { notice } = claim;
    if (options.ready && !(await options.ready(notice))) {
      const age = clock().getTime() - Date.parse(notice.createdAt);
      if (age > readyWithinMs)
        return settle(claim, { kind: 'failed', reason: notStoredReason }, notice.attempts);
      await outbox.release(claim, new Date(clock().getTime() + 5_000));
      return 'retried';
    }
    if (claim.takenOver || notice.attempts > 0) {
      let earlier: string | null;
      try {
        earlier = await sender.sentBefore(notice.id);
      } catch (error) {
        const reason = withoutAddresses(`could not ask whether it was sent: ${String(error)}`);
        return settle(claim, { kind: 'retry', reason }, notice.attempts);
      }
      if (earlier) return settle(claim, { kind: 'sent', providerId: earlier }, notice.attempts);
    }
    return settle(claim, await sender.send(notice.message, notice.id), notice.attempts + 1);
  };

  const round = async (counts: DispatchCounts): Promise<boolean> => {
    const due = await outbox.due(clock(), batch);
    if (!due.length) return false;
    const claims: ClaimedNotice[] = [];
    for (const found of due) {
      const claim = await outbox.claim(found, holder, new Date(clock().getTime() + leaseMs));
      if (claim) claims.push(claim);
    }
    const { granted, nextWindowAt } = claims.length
      ? await quota.take(claims.length)
      : { granted: 0, nextWindowAt: clock() };
    // Beyond the allowance: back to pending for the next window, not tried.
    await Promise.all(claims.slice(granted).map((claim) => outbox.release(claim, nextWindowAt)));
    const outcomes = await Promise.all(claims.slice(0, granted).map(deliver));
    for (const outcome of outcomes) counts[outcome]++;
    return granted > 0 && granted === claims.length && due.length === batch;
  };

  /** Each failure not yet told: claimed, told once, then marked; a Teams outage is tried again later. */
  const tellFailures = async (): Promise<void> => {
    const { tellAuthor } = options;
    if (!tellAuthor) return;
    const { failures, tell } = tellAuthor;
    for (const found of await failures.failuresToTell(clock(), batch)) {
      const claim = await failures.claimTelling(found, new Date(clock().getTime() + leaseMs));
      if (!claim) continue;
      const { id, kind, opportunityId } = claim.notice;
      try {
        const reached = await tell(claim.notice);
        await failures.toldAuthor(claim);
        logger.info({ noticeId: id, kind, opportunityId, reached }, 'notice failure told');
      } catch (error) {
        const tries = (claim.notice.tellAttempts ?? 0) + 1;
        logger.warn({ err: error, noticeId: id, opportunityId, tries }, 'could not tell a failure');
        if (tries >= maxTellAttempts) await failures.toldAuthor(claim);
        else
          await failures.tellLater(claim, new Date(clock().getTime() + retryDelayMs(tries)), tries);
      }
    }
  };

  let running: Promise<DispatchCounts> | null = null;
  const drain = async (): Promise<DispatchCounts> => {
    const counts: DispatchCounts = { sent: 0, retried: 0, failed: 0 };
    while (!stopped && (await round(counts)));
    if (!stopped) await tellFailures();
    return counts;
  };
  // One drain at a time on this server.
  const tick = () => (running ??= drain().finally(() => (running = null)));
  const timer = setInterval(
    () => options.background.run('send due notices', () => tick().then(() => undefined)),
    options.intervalMs ?? 5_000,
  );
  timer.unref();
  return {
    tick,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}

/** What each kind of notice waits for before it is sent (see `ready`). */
export function storedBeforeSending(storage: Storage): (notice: StoredNotice) => Promise<boolean> {
  return async (notice) =>
    notice.kind !== 'applicationReceived' ||
    (notice.confirmation !== undefined &&
      (await storage.applications.exists(notice.opportunityId, notice.confirmation)));
}
