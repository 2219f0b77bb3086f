import { randomBytes, timingSafeEqual } from 'node:crypto';
import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { sha256Hex } from '../domain/draw';
import type { Locale } from '../domain/locale';
import type { NoticeMessage } from '../domain/notices';
import type { Problem } from '../domain/problems';
import {
  confirmSubscriptionNotice,
  parseSubscription,
  subscriberId,
  type SubscriptionLinks,
} from '../domain/subscriptions';
import { getOrNull, guard, statusOf } from './errors';
import { maxOperations } from './entityLimits';
import { isNoticeRowKey, noticeEntity, noticeRowKey } from './noticeRows';

/** A confirmation link works this long; after it, the person subscribes again. */
export const confirmWithinMs = 7 * 24 * 3_600_000;
/** A second request for the same address within this time sends no second e-mail (no flooding). */
export const resendAfterMs = 10 * 60_000;

export const subscriberRow = 'subscriber';
const idPattern = /^[0-9a-f]{32}$/;
/** 24 random bytes in base64url. */
const tokenPattern = /^[A-Za-z0-9_-]{32}$/;

/** A confirmed subscriber, as the announcement reads them. */
export interface Subscriber {
  id: string;
  email: string;
  language: Locale;
  keywords: string[];
  /** The secret of their unsubscribe link, which every e-mail to them carries. */
  token: string;
  /** The row as read: a notice is queued only if it has not changed since (not unsubscribed). */
  etag: string;
}

export type SubscribeOutcome = { kind: 'queued' } | { kind: 'refused'; problems: Problem[] };

export type LinkOutcome =
  | { kind: 'confirmed'; keywords: string[]; language: Locale }
  | { kind: 'unsubscribed' }
  | { kind: 'invalid' };

type Row = Record<string, unknown> & { partitionKey: string; rowKey: string; etag: string };

/** The table row's own columns: the active subscription, and a change waiting for its confirmation. */
interface SubscriberColumns {
  status: 'pending' | 'confirmed';
  email?: string;
  language?: Locale;
  keywords?: string;
  /**
   * The secret of a confirmed subscription's links, kept as it is (not hashed): every e-mail
   * carries it. It lets its holder do no more than unsubscribe, which anyone who can read this
   * table can do anyway.
   */
  token?: string;
  confirmedAt?: string;
  pendingEmail?: string;
  pendingLanguage?: Locale;
  pendingKeywords?: string;
  pendingTokenHash?: string;
  pendingSince?: string;
}

/** Compared in constant time: how long the answer takes says nothing of how much matched. */
function sameSecret(given: string, kept: unknown): boolean {
  if (typeof kept !== 'string' || kept.length !== given.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(kept));
}

/** A pending request's secret is kept only as a hash: a copy of the table confirms nobody. */
const sameHash = (token: string, hash: unknown) => sameSecret(sha256Hex(token), hash);

/**
 * E-mail subscriptions to new opportunities, in a table of their own (`subscribers`), one
 * partition per address: the subscriber's row, and the notices written to them, so that a
 * subscription and its confirmation e-mail are stored in one transaction, and an unsubscribe
 * deletes the address everywhere it is kept.
 *
 * The links carry the subscriber's id (a hash of the address, never the address) and a random
 * secret of which only a hash is stored. A link's answer never says whether an address is
 * subscribed: a wrong secret and an unknown id read the same.
 */
export class SubscriptionStore {
  constructor(
    private readonly table: TableClient,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Records a request to subscribe and queues the e-mail asking to confirm it. A subscription
   * already confirmed stays as it is until the new request is confirmed. The answer is the same
   * whether the address was known or not.
   */
  async subscribe(
    input: Readonly<Record<string, unknown>>,
    links: (id: string, token: string, language: Locale) => SubscriptionLinks,
  ): Promise<SubscribeOutcome> {
    const parsed = parseSubscription(input);
    if (!parsed.ok) return { kind: 'refused', problems: parsed.error };
    const { email, language, keywords } = parsed.value;
    const now = this.clock();
    const id = subscriberId(email);
    const existing = await getOrNull<Record<string, unknown>>(this.table, id, subscriberRow);
    const lastAsked = existing?.pendingSince ? Date.parse(String(existing.pendingSince)) : NaN;
    if (now.getTime() - lastAsked < resendAfterMs) return { kind: 'queued' };

    const token = randomBytes(24).toString('base64url');
    const pending: Partial<SubscriberColumns> = {
      pendingEmail: email,
      pendingLanguage: language,
      pendingKeywords: JSON.stringify(keywords),
      pendingTokenHash: sha256Hex(token),
      pendingSince: now.toISOString(),
    };
    const row = {
      partitionKey: id,
      rowKey: subscriberRow,
      ...(existing ? {} : { status: 'pending' }),
      ...pending,
    };
    const notice = noticeEntity(
      id,
      confirmSubscriptionNotice(email, language, keywords, links(id, token, language)),
      now,
    );
    const actions: TransactionAction[] = existing
      ? [['update', row, 'Merge', { etag: existing.etag }]]
      : [['create', row]];
    try {
      await guard(() => this.table.submitTransaction([...actions, ['create', notice]]));
    } catch (error) {
      // Another request for the same address won the race: its e-mail is on its way.
      const status = statusOf(error);
      if (status !== 409 && status !== 412) throw error;
    }
    return { kind: 'queued' };
  }

  /** The link in the confirmation e-mail: the subscription starts (or its change takes effect). */
  async confirm(id: string, token: string): Promise<LinkOutcome> {
    const row = await this.read(id, token);
    if (!row) return { kind: 'invalid' };
    const active = (): LinkOutcome => ({
      kind: 'confirmed',
      keywords: JSON.parse(String(row.keywords ?? '[]')) as string[],
      language: row.language as Locale,
    });
    if (row.status === 'confirmed' && sameSecret(token, row.token)) return active();
    const since = Date.parse(String(row.pendingSince ?? ''));
    if (
      !sameHash(token, row.pendingTokenHash) ||
      !(this.clock().getTime() - since < confirmWithinMs)
    )
      return { kind: 'invalid' };
    const confirmed: SubscriberColumns = {
      status: 'confirmed',
      email: String(row.pendingEmail),
      language: row.pendingLanguage as Locale,
      keywords: String(row.pendingKeywords ?? '[]'),
      token,
      confirmedAt: this.clock().toISOString(),
    };
    try {
      await guard(() =>
        this.table.updateEntity(
          { partitionKey: id, rowKey: subscriberRow, ...confirmed },
          'Replace',
          { etag: row.etag },
        ),
      );
    } catch (error) {
      // Changed since it was read (a second click, a new request, an unsubscribe): read again.
      if (statusOf(error) !== 412) throw error;
      return this.confirm(id, token);
    }
    return {
      kind: 'confirmed',
      keywords: JSON.parse(confirmed.keywords!) as string[],
      language: confirmed.language!,
    };
  }

  /**
   * The link in every e-mail: the address and everything written to it are deleted. The secret
   * of a confirmed subscription or of a pending request both work.
   */
  async unsubscribe(id: string, token: string): Promise<LinkOutcome> {
    const row = await this.read(id, token);
    if (!row || !(sameSecret(token, row.token) || sameHash(token, row.pendingTokenHash)))
      return { kind: 'invalid' };
    // The notices first and the subscriber's row last: if this stops half-way, the link still works.
    const notices: Row[] = [];
    await guard(async () => {
      for await (const entity of this.table.listEntities<Record<string, unknown>>({
        queryOptions: { filter: odata`PartitionKey eq ${id}`, select: ['RowKey'] },
      }))
        if (isNoticeRowKey(entity.rowKey))
          notices.push({ partitionKey: id, rowKey: entity.rowKey! } as Row);
    });
    for (let i = 0; i < notices.length; i += maxOperations) {
      const rows = notices.slice(i, i + maxOperations);
      await guard(() =>
        this.table.submitTransaction(rows.map((notice): TransactionAction => ['delete', notice])),
      );
    }
    try {
      await guard(() => this.table.deleteEntity(id, subscriberRow));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    return { kind: 'unsubscribed' };
  }

  /** Confirmed subscribers, a page at a time (the announcement of a new opportunity reads them all). */
  async *confirmed(): AsyncGenerator<Subscriber> {
    const filter = odata`RowKey eq ${subscriberRow} and status eq ${'confirmed'}`;
    const pages = this.table
      .listEntities<Record<string, unknown>>({ queryOptions: { filter } })
      .byPage({ maxPageSize: 1_000 });
    for (;;) {
      const page = await guard(() => pages.next());
      if (page.done) return;
      for (const row of page.value)
        yield {
          id: row.partitionKey!,
          email: String(row.email),
          language: row.language as Locale,
          keywords: JSON.parse(String(row.keywords ?? '[]')) as string[],
          token: String(row.token),
          etag: row.etag,
        };
    }
  }

  /**
   * Queues one e-mail to a confirmed subscriber, exactly once: its id is the same on every try, and
   * it is written only if the subscriber's row is still the one read (not unsubscribed since).
   * Returns whether it was written now.
   */
  async queue(subscriber: Subscriber, noticeId: string, message: NoticeMessage): Promise<boolean> {
    const now = this.clock();
    const notice = { ...noticeEntity(subscriber.id, message, now), rowKey: noticeRowKey(noticeId) };
    try {
      await guard(() =>
        this.table.submitTransaction([
          [
            'update',
            { partitionKey: subscriber.id, rowKey: subscriberRow, lastNoticeAt: now.toISOString() },
            'Merge',
            { etag: subscriber.etag },
          ],
          ['create', notice],
        ]),
      );
      return true;
    } catch (error) {
      const status = statusOf(error);
      // 409: queued before (a run that stopped half-way); 412: unsubscribed or changed since read.
      if (status === 409) return false;
      if (status !== 412) throw error;
      const now = await getOrNull<Record<string, unknown>>(
        this.table,
        subscriber.id,
        subscriberRow,
      );
      if (now?.status !== 'confirmed') return false;
      return this.queue({ ...subscriber, etag: now.etag }, noticeId, message);
    }
  }

  private async read(id: string, token: string): Promise<Row | null> {
    if (!idPattern.test(id) || !tokenPattern.test(token)) return null;
    return (await getOrNull<Record<string, unknown>>(this.table, id, subscriberRow)) as Row | null;
  }
}
