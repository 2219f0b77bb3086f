import type { Bot } from '../bot';
import { publicUrl } from '../domain/publicUrls';
import type { Background } from '../runtime/background';
import type { Logger } from '../runtime/logger';
import { containerPlace } from '../storage/backup/places';
import { SendQuota } from '../storage/sendQuota';
import type { Storage } from '../storage/storage';
import { startAnnouncer } from './announcer';
import { startClosingScheduler } from './closingScheduler';
import type { Config } from './config';
import { startDailyBackup } from './dailyBackup';
import { startIdentityRetention } from './identityRetention';
import { startNoticeDispatcher, storedBeforeSending } from './noticeDispatcher';
import { fileSender, notifySender } from './noticeSenders';
import { sweepRateLimits, type publicRateLimiters } from './publicRateLimits';
import type { SitePublishing } from './publishing';
import { startReminderScheduler } from './reminderScheduler';

const anHour = 3_600_000;

export interface ScheduledWorkOptions {
  config: Config;
  storage: Storage;
  background: Background;
  logger: Logger;
  bot: Bot;
  site: SitePublishing;
  limiters: ReturnType<typeof publicRateLimiters>;
  /** The public subscription form, linked from each announcement. */
  subscribeUrl: string;
}

/**
 * The work a server does on its own clock rather than on a request. Every server runs all of it:
 * each closing, reminder, notice, announcement and removal is claimed with its ETag, so several
 * servers on one storage account never do one twice.
 */
export function startScheduledWork(options: ScheduledWorkOptions): { stop(): void } {
  const { config, storage, background, logger, bot, site, limiters } = options;
  const closing = startClosingScheduler({
    storage,
    background,
    logger,
    intervalMs: config.schedulerIntervalMs,
  });
  const reminders = startReminderScheduler({
    storage,
    background,
    logger,
    targets: config.targets,
    remind: (record, wait) => bot.remind(record, wait),
    escalate: (record, wait, count) => bot.escalate(record, wait, count),
    remindQuestion: (record, wait, number) => bot.remindQuestion(record, wait, number),
    intervalMs: config.schedulerIntervalMs,
  });
  const { delivery } = config.notify;
  const dispatcher =
    delivery.kind === 'off'
      ? null
      : startNoticeDispatcher({
          outbox: storage.notices,
          sender: delivery.kind === 'notify' ? notifySender(delivery) : fileSender(delivery.dir),
          quota: new SendQuota(storage.tables.clients.counters, config.notify.ratePerMinute),
          ready: storedBeforeSending(storage),
          tellAuthor: {
            failures: storage.failedNotices,
            tell: (notice) => bot.tellNoticeFailed(notice),
          },
          logger,
          background,
        });
  const announcer = startAnnouncer({
    storage,
    subscribeUrl: options.subscribeUrl,
    pageUrl: (id, locale) => publicUrl(config.publicSiteUrl, id, locale),
    logger,
    background,
    intervalMs: config.schedulerIntervalMs,
  });
  const dailyBackup = config.backupContainerUrl
    ? startDailyBackup({
        tables: storage.tables,
        tablePrefix: config.tablePrefix,
        place: containerPlace(config.backupContainerUrl),
        background,
        logger,
      })
    : null;
  // What the privacy notice says is kept no longer is removed.
  const retention = startIdentityRetention({
    storage,
    background,
    logger,
    retentionDays: config.applicantRetentionDays,
  });
  const hourly = setInterval(() => {
    // "Days left" changes with the calendar, not only with the records.
    background.run('hourly publish', () => site.publishAll());
    // A change whose index write was lost (a server stopped in between) is listed again within
    // the hour, whichever server runs next, not only at the next start.
    background.run('repair the list index', async () => {
      logger.info(await storage.listIndex.repair(), 'list index repaired (hourly)');
    });
    background.run('sweep rate limits', async () => {
      logger.debug({ deleted: await sweepRateLimits(limiters) }, 'rate limit buckets swept');
    });
  }, anHour);
  hourly.unref();
  return {
    stop() {
      clearInterval(hourly);
      closing.stop();
      reminders.stop();
      dispatcher?.stop();
      announcer.stop();
      dailyBackup?.stop();
      retention.stop();
    },
  };
}
