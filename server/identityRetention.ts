import type { Storage } from '../storage/storage';
import { IdentityRetention, type RetentionReport } from '../storage/retention';
import type { Background } from '../runtime/background';
import type { Logger } from '../runtime/logger';

export interface RetentionJobOptions {
  storage: Storage;
  background: Background;
  logger: Logger;
  /** APPLICANT_RETENTION_DAYS. */
  retentionDays: number;
  clock?: () => Date;
  /** Between runs; a day unless a test says otherwise. */
  intervalMs?: number;
}

export interface RetentionJob {
  /** One run now: what it removed. */
  tick(): Promise<RetentionReport>;
  stop(): void;
}

/**
 * Removes suppliers' identities the set time after their opportunity ended, at start and then
 * daily, on every server (each removal is claimed by its audit row, so running on several is
 * safe). Logs what went by opportunity and count, never an identity.
 */
export function startIdentityRetention(options: RetentionJobOptions): RetentionJob {
  const retention = new IdentityRetention(options.storage.tables.clients, options.clock);
  const tick = async () => {
    const report = await retention.run(options.retentionDays);
    for (const removal of report.removals)
      options.logger.info(
        { ...removal, retentionDays: options.retentionDays },
        'identities removed',
      );
    if (report.subscriptionRequests)
      options.logger.info(
        { subscriptionRequests: report.subscriptionRequests },
        'expired subscription requests removed',
      );
    return report;
  };
  const run = () =>
    options.background.run('identity retention', () => tick().then(() => undefined));
  run();
  const timer = setInterval(run, options.intervalMs ?? 24 * 3_600_000);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
