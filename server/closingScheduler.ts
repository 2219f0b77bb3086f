import { scheduler } from '../domain/people';
import type { Storage } from '../storage/storage';
import type { Background } from '../runtime/background';
import type { Logger } from '../runtime/logger';

/**
 * How long after the closing time the scheduler waits before closing (see `closeDue`). Storage
 * calls fail fast (two retries of at most half a second), so an application accepted before the
 * closing time is stored or refused well within it.
 */
export const closingGraceMs = 5_000;

export interface ClosingSchedulerOptions {
  storage: Storage;
  background: Background;
  logger: Logger;
  clock?: () => Date;
  intervalMs?: number;
}

export interface ClosingScheduler {
  /** Closes every posted opportunity whose closing time has come; returns how many this server closed. */
  tick(): Promise<number>;
  stop(): void;
}

/**
 * At the closing time, posted opportunities move to evaluating. Safe on several servers at once:
 * each close is an ETag-guarded intent with one idempotency key per opportunity, so a second
 * server's attempt is a replay or a conflict, never a second event.
 */
export function startClosingScheduler(options: ClosingSchedulerOptions): ClosingScheduler {
  const { storage, logger } = options;
  const clock = options.clock ?? (() => new Date());
  let running: Promise<number> | null = null;

  const closeDue = async (): Promise<number> => {
    let closed = 0;
    let continuationToken: string | undefined;
    do {
      // An application accepted just before the closing time may still be on its way to storage;
      // waiting a little longer means every confirmation number handed out is in the draw.
      const page = await storage.opportunities.list(
        { kind: 'closingDue', now: new Date(clock().getTime() - closingGraceMs) },
        { size: 100, continuationToken },
      );
      for (const record of page.items) {
        const outcome = await storage.opportunities.apply(record.id, { kind: 'close' }, scheduler, {
          idempotencyKey: `close:${record.id}`,
        });
        if (outcome.kind === 'applied') closed++;
        else if (outcome.kind === 'refused' || outcome.kind === 'tooLarge') {
          logger.warn(
            { opportunityId: record.id, outcome: outcome.kind },
            'could not close at the deadline',
          );
        }
      }
      continuationToken = page.continuationToken;
    } while (continuationToken);
    if (closed) logger.info({ closed }, 'opportunities closed at their deadline');
    return closed;
  };

  // One tick at a time on this server; a slow storage never piles ticks up.
  const tick = () => (running ??= closeDue().finally(() => (running = null)));
  const timer = setInterval(
    () => options.background.run('close due opportunities', () => tick().then(() => undefined)),
    options.intervalMs ?? 60_000,
  );
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
