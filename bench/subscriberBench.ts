import { randomBytes } from 'node:crypto';
import type { TableEntity } from '@azure/data-tables';
import { sha256Hex } from '../domain/draw';
import { opportunityPostedNotice, subscriberId } from '../domain/subscriptions';
import { startAnnouncer } from '../server/announcer';
import { Background } from '../runtime/background';
import { createLogger } from '../runtime/logger';
import { startNoticeDispatcher } from '../server/noticeDispatcher';
import type { NoticeSender } from '../server/noticeSenders';
import { startAzurite } from '../storage/azurite';
import { noticeEntity } from '../storage/noticeRows';
import { SendQuota, quotaWindowMs, windowAllowance } from '../storage/sendQuota';
import { openStorage } from '../storage/storage';
import type { Intent } from '../domain/intents';
import type { Person } from '../domain/people';
import { actor, completeFields, people } from '../tests/support/builders';
import { timed } from './stats';

const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 5_000);
/** Well under GC Notify's default 1,000 a minute, so the drain is measured against the limit in a short run. */
const perMinute = Number(process.env.BENCH_NOTIFY_PER_MINUTE ?? 600);
/** Longer than a minute, so that a whole minute of sending is measured. */
const drainSeconds = Number(process.env.BENCH_DRAIN_SECONDS ?? 75);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs `work` on every item, `width` at a time. */
async function eachAtOnce<T>(items: T[], width: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/**
 * Posting one opportunity with 5,000 matching subscribers: the time the announcer takes to queue
 * their e-mails (each an ETag-guarded transaction of two rows in the subscriber's partition),
 * beside a bare `submitTransaction` of the same two rows for each, at the same width, in the same
 * run; then the dispatcher draining that outbox against a configured limit, with the most sent
 * in any quota window beside what the window allows (it must never be more).
 */
export async function subscriberBench(): Promise<void> {
  const azurite = await startAzurite();
  try {
    const storage = await openStorage({
      kind: 'connectionString',
      connectionString: azurite.connectionString,
    });
    for (const person of Object.values(people)) await storage.people.put(person);
    const table = storage.tables.clients.subscribers;
    const addresses = Array.from({ length: subscribers }, (_, i) => `supplier${i}@example.com`);
    const row = (email: string, i: number): TableEntity<Record<string, unknown>> => ({
      partitionKey: subscriberId(email),
      rowKey: 'subscriber',
      status: 'confirmed',
      email,
      language: i % 2 ? 'fr' : 'en',
      keywords: JSON.stringify(i % 3 ? ['react'] : []),
      token: randomBytes(24).toString('base64url'),
      confirmedAt: new Date().toISOString(),
    });
    await eachAtOnce(
      addresses.map((email, i) => ({ email, i })),
      16,
      ({ email, i }) => table.createEntity(row(email, i)),
    );
    console.log(`subscribers: ${subscribers} confirmed, all matching (React)`);

    const background = new Background(createLogger('silent'));
    const announcer = startAnnouncer({
      storage,
      subscribeUrl: 'https://app.example.ca/subscribe',
      pageUrl: (id, locale) => `https://site.example.ca/${locale}/${id}.html`,
      logger: createLogger('silent'),
      background,
      intervalMs: 3_600_000,
    });
    const created = await storage.opportunities.create(actor(people.author), completeFields());
    if (created.kind !== 'applied') throw new Error(`create: ${created.kind}`);
    let record = created.record;
    const steps: Array<[Intent, Person]> = [
      [{ kind: 'submit' }, people.author],
      [{ kind: 'approveFunds', comment: 'Funds reserved' }, people.cardholder],
      [{ kind: 'approvePosting', comment: 'Guardrails met' }, people.procurement],
    ];
    for (const [intent, by] of steps) {
      const outcome = await storage.opportunities.apply(record.id, intent, actor(by));
      if (outcome.kind !== 'applied') throw new Error(`${intent.kind}: ${outcome.kind}`);
      record = outcome.record;
    }
    let queued = 0;
    const announcing = await timed(async () => (queued = (await announcer.tick()).queued));
    announcer.stop();

    // The same two rows per subscriber, written bare into a copy of the table's partitions.
    const bare = storage.tables.clients.applicants;
    await eachAtOnce(addresses, 16, (email) =>
      bare.createEntity({ partitionKey: `bare-${subscriberId(email)}`, rowKey: 'subscriber' }),
    );
    const message = opportunityPostedNotice(
      record,
      addresses[0]!,
      'en',
      'https://site.example.ca/en/x.html',
      'https://app.example.ca/subscribe/en/unsubscribe?s=x&t=y',
    );
    const writing = await timed(() =>
      eachAtOnce(addresses, 16, async (email) => {
        const partitionKey = `bare-${subscriberId(email)}`;
        const notice = noticeEntity(partitionKey, { ...message, to: email }, new Date());
        await bare.submitTransaction([
          ['update', { partitionKey, rowKey: 'subscriber', touched: sha256Hex(email) }, 'Merge'],
          ['create', notice],
        ]);
      }),
    );
    console.log(
      `announce to ${queued} subscribers     ${seconds(announcing)}  (${Math.round(queued / (announcing / 1000))} a second)`,
    );
    console.log(`bare 2-row transaction × ${subscribers}  ${seconds(writing)}`);
    console.log(`announce/bare ratio  ${(announcing / writing).toFixed(2)}  (target ≤ 1.5)`);

    // Drain: a sender that answers at once, so only the limit holds the dispatcher back.
    const sentAt: number[] = [];
    const sender: NoticeSender = {
      send: async () => {
        sentAt.push(Date.now());
        return { kind: 'sent', providerId: `p${sentAt.length}` };
      },
      sentBefore: async () => null,
    };
    const dispatcher = startNoticeDispatcher({
      outbox: storage.notices,
      sender,
      quota: new SendQuota(storage.tables.clients.counters, perMinute),
      logger: createLogger('silent'),
      background,
      intervalMs: 250,
    });
    const start = Date.now();
    await new Promise((resolve) => setTimeout(resolve, drainSeconds * 1000));
    dispatcher.stop();
    await background.idle();
    const elapsed = Date.now() - start;
    const windows = new Map<number, number>();
    for (const at of sentAt) {
      const window = at - (at % quotaWindowMs);
      windows.set(window, (windows.get(window) ?? 0) + 1);
    }
    const busiest = Math.max(0, ...windows.values());
    const allowed = windowAllowance(perMinute);
    const rate = sentAt.length / (elapsed / 60_000);
    // The limit is per minute: the most sent in any 60 seconds, wherever the minute starts.
    let busiestMinute = 0;
    for (let first = 0, last = 0; last < sentAt.length; last++) {
      while (sentAt[last]! - sentAt[first]! >= 60_000) first++;
      busiestMinute = Math.max(busiestMinute, last - first + 1);
    }
    console.log(
      `drain ${sentAt.length} sent in ${seconds(elapsed)}: ${Math.round(rate)} a minute on average; the busiest 60 s sent ${busiestMinute} against a limit of ${perMinute} (ratio ${(busiestMinute / perMinute).toFixed(2)}, must be ≤ 1)${elapsed < 60_000 ? '  (run shorter than a minute)' : ''}`,
    );
    console.log(
      `busiest ${quotaWindowMs / 1000}-second window: ${busiest} sent, ${allowed} allowed${busiest > allowed ? '  ⚠ OVER THE LIMIT' : ''}`,
    );
    console.log(
      `left in the outbox: ${queued - sentAt.length} (at this limit, ${Math.ceil(queued / perMinute)} minutes for all)`,
    );
  } finally {
    await azurite.stop();
  }
}
