import { randomUUID } from 'node:crypto';
import type { Locale } from '../domain/locale';
import {
  announcementNoticeId,
  matchesKeywords,
  opportunityPostedNotice,
} from '../domain/subscriptions';
import { subscriptionLinks } from '../site/subscriptionForm';
import type { Storage } from '../storage/storage';
import type { Subscriber } from '../storage/subscriptionStore';
import type { Background } from '../runtime/background';
import type { Logger } from '../runtime/logger';

export interface AnnouncerOptions {
  storage: Storage;
  /** The subscription endpoint's address, for each e-mail's unsubscribe link. */
  subscribeUrl: string;
  /** An opportunity's public page. */
  pageUrl(id: string, locale: Locale): string;
  logger: Logger;
  background: Background;
  clock?: () => Date;
  intervalMs?: number;
  /** How long a claim holds an announcement: longer than queueing for every subscriber takes. */
  leaseMs?: number;
  /** E-mails queued at once. */
  concurrency?: number;
}

export interface AnnounceCounts {
  announcements: number;
  queued: number;
}

export interface Announcer {
  /** Announces every posting due; what this server queued. */
  tick(): Promise<AnnounceCounts>;
  stop(): void;
}

/**
 * Tells subscribers of each newly posted opportunity, on every server at once: each announcement
 * is claimed with its ETag, and each subscriber's e-mail has a fixed id, so a run cut short (a
 * crash, a lease taken over) is run again without telling anyone twice. The e-mails go through
 * the outbox, so the dispatcher sends them within GC Notify's rate limit.
 */
export function startAnnouncer(options: AnnouncerOptions): Announcer {
  const { storage, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const holder = randomUUID();
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const concurrency = options.concurrency ?? 16;
  let stopped = false;

  const announce = async (row: Parameters<Storage['announcements']['claim']>[0]) => {
    const claim = await storage.announcements.claim(
      row,
      holder,
      new Date(clock().getTime() + leaseMs),
    );
    if (!claim) return 0;
    const { opportunityId } = claim;
    const record = await storage.opportunities.get(opportunityId);
    // Closed, cancelled or gone before it was announced: nobody is told of it any more.
    if (record?.state !== 'posted') {
      await storage.announcements.finish(claim, clock(), {
        queued: 0,
        matched: 0,
        skipped: record ? record.state : 'missing',
      });
      return 0;
    }
    let matched = 0;
    let queued = 0;
    const queue = async (subscriber: Subscriber) => {
      const { id, email, language, token } = subscriber;
      const message = opportunityPostedNotice(
        record,
        email,
        language,
        options.pageUrl(opportunityId, language),
        subscriptionLinks(options.subscribeUrl, language, id, token).unsubscribe,
      );
      if (
        await storage.subscriptions.queue(
          subscriber,
          announcementNoticeId(opportunityId, id),
          message,
        )
      )
        queued++;
    };
    let batch: Subscriber[] = [];
    for await (const subscriber of storage.subscriptions.confirmed()) {
      if (stopped) return queued;
      if (!matchesKeywords(subscriber.keywords, record)) continue;
      matched++;
      batch.push(subscriber);
      if (batch.length < concurrency) continue;
      await Promise.all(batch.map(queue));
      batch = [];
    }
    await Promise.all(batch.map(queue));
    await storage.announcements.finish(claim, clock(), { queued, matched });
    // Counts only: who was told is in the outbox, never in the log.
    logger.info(
      { opportunityId, matched, queued, takenOver: claim.takenOver },
      'opportunity announced',
    );
    return queued;
  };

  const run = async (): Promise<AnnounceCounts> => {
    const counts: AnnounceCounts = { announcements: 0, queued: 0 };
    for (const row of await storage.announcements.due(clock())) {
      if (stopped) break;
      counts.queued += await announce(row);
      counts.announcements++;
    }
    return counts;
  };

  let running: Promise<AnnounceCounts> | null = null;
  // One run at a time on this server.
  const tick = () => (running ??= run().finally(() => (running = null)));
  const timer = setInterval(
    () => options.background.run('announce new opportunities', () => tick().then(() => undefined)),
    options.intervalMs ?? 15_000,
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
