import type { TableClient } from '@azure/data-tables';
import { formatOpportunityId } from '../domain/opportunity';
import { easternDate } from '../domain/text';
import { currentBudgetSignal, withoutStorageBudget } from './deadline';
import { getOrNull, guard, statusOf, StorageUnavailable } from './errors';

/** The counters table: per-year opportunity numbers and the idempotency keys of creations. */
export type Counters = TableClient;

/** Enough for hundreds of people creating at the same moment; each retry waits a little longer. */
const maxAttempts = 200;

interface CounterEntity {
  value: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the next `count` numbers of the year at once; answers the first. ETag-guarded, so safe
 * on several servers: one that loses the race reads again and retries.
 */
async function reserveNumbers(
  counters: Counters,
  year: number,
  count: number,
  /** The row as this server last wrote it: when nobody wrote it since, no read is needed. */
  known: Map<number, { value: number; etag: string }>,
): Promise<number> {
  return guard(async () => {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      try {
        const last = attempt === 0 ? known.get(year) : undefined;
        const current =
          last ?? (await counters.getEntity<CounterEntity>('opportunity', String(year)));
        const value = current.value + count;
        const written = await counters.updateEntity(
          { partitionKey: 'opportunity', rowKey: String(year), value },
          'Replace',
          { etag: current.etag },
        );
        if (written.etag) known.set(year, { value, etag: written.etag });
        else known.delete(year);
        return current.value + 1;
      } catch (error) {
        const status = statusOf(error);
        if (status === 404) {
          try {
            const created = await counters.createEntity({
              partitionKey: 'opportunity',
              rowKey: String(year),
              value: count,
            });
            if (created.etag) known.set(year, { value: count, etag: created.etag });
            return 1;
          } catch (createError) {
            if (statusOf(createError) !== 409) throw createError;
          }
        } else if (status !== 412) throw error;
        known.delete(year);
        // Another server took numbers since this one's last write: read the row again at once.
        if (attempt === 0) continue;
        await pause(Math.random() * Math.min(100, 5 * (attempt + 1)));
      }
    }
    throw new Error(`could not allocate an opportunity number after ${maxAttempts} attempts`);
  });
}

interface Waiting {
  year: number;
  resolve(id: string): void;
  reject(error: unknown): void;
}

/**
 * Opportunity numbers of the year (MA-2026-0007) for one server. Requests that arrive while a
 * reservation is under way wait for the next one, which takes all their numbers in one write:
 * the counter row sees one writer per server at a time instead of one per creation, so many
 * people creating at once do not queue behind each other's retries.
 */
export class OpportunityNumbers {
  private waiting: Waiting[] = [];
  private running = false;
  private readonly known = new Map<number, { value: number; etag: string }>();

  constructor(private readonly counters: Counters) {}

  /**
   * The reservation serves every request in its batch, so it runs on no one request's budget (a
   * queue started by one person would otherwise fail everybody once that person's 12 s were
   * spent); each request stops waiting when its own budget is spent.
   */
  next(now: Date): Promise<string> {
    const year = Number(easternDate(now).slice(0, 4));
    const budget = currentBudgetSignal();
    return new Promise((resolve, reject) => {
      // Told as any storage failure is, so that every caller answers "try again".
      const giveUp = () =>
        reject(new StorageUnavailable('TimeoutError', { cause: budget?.reason }));
      if (budget?.aborted) return giveUp();
      budget?.addEventListener('abort', giveUp, { once: true });
      const settle = () => budget?.removeEventListener('abort', giveUp);
      this.waiting.push({
        year,
        resolve: (id) => (settle(), resolve(id)),
        reject: (error) => (settle(), reject(error)),
      });
      if (!this.running) void withoutStorageBudget(() => this.drain());
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.waiting.length) {
      const batch = this.waiting;
      this.waiting = [];
      for (const year of new Set(batch.map((w) => w.year))) {
        const mine = batch.filter((w) => w.year === year);
        try {
          const first = await reserveNumbers(this.counters, year, mine.length, this.known);
          mine.forEach((w, i) => w.resolve(formatOpportunityId(year, first + i)));
        } catch (error) {
          for (const w of mine) w.reject(error);
        }
      }
    }
    this.running = false;
  }
}

/** A claim left empty this long was abandoned by a crashed server; another may complete it. */
const abandonedAfterMs = 10_000;

interface Claim {
  opportunityId: string;
  /** The fingerprint of the request that claimed the key; null for claims stored before it was kept. */
  fingerprint: string | null;
  etag: string;
  age: number;
}

async function readClaim(counters: Counters, token: string): Promise<Claim | null> {
  const row = await getOrNull<{ opportunityId: string; request?: string }>(
    counters,
    'create',
    token,
  );
  if (!row) return null;
  const age = Date.now() - Date.parse(String(row.timestamp ?? ''));
  return {
    opportunityId: row.opportunityId,
    fingerprint: typeof row.request === 'string' ? row.request : null,
    etag: row.etag,
    age: Number.isNaN(age) ? 0 : age,
  };
}

/**
 * Ties a creation's idempotency token to one opportunity id. The token is claimed before a
 * number is allocated, so racing duplicates spend no numbers; a second claim gets the first id
 * back (`existed`) with the fingerprint of the request that made it, even if the first creation
 * crashed before writing the opportunity.
 */
export async function claimCreateKey(
  counters: Counters,
  token: string,
  fingerprint: string,
  allocate: () => Promise<string>,
): Promise<{ id: string; existed: boolean; fingerprint: string | null }> {
  return guard(async () => {
    for (let attempt = 0; attempt < maxAttempts * 4; attempt++) {
      // A new key is the usual case: claim it at once, and read the claim only when it exists.
      const claim = attempt === 0 ? null : await readClaim(counters, token);
      if (claim?.opportunityId)
        return { id: claim.opportunityId, existed: true, fingerprint: claim.fingerprint };
      let etag: string | undefined;
      if (!claim) {
        try {
          etag = (
            await counters.createEntity({
              partitionKey: 'create',
              rowKey: token,
              opportunityId: '',
              request: fingerprint,
            })
          ).etag;
        } catch (error) {
          if (statusOf(error) !== 409) throw error;
        }
      } else if (claim.age > abandonedAfterMs) etag = claim.etag;
      // The key was claimed before: read that claim now, without waiting.
      if (attempt === 0 && !etag) continue;
      if (etag) {
        const id = await allocate();
        try {
          await counters.updateEntity(
            { partitionKey: 'create', rowKey: token, opportunityId: id, request: fingerprint },
            'Replace',
            { etag },
          );
          return { id, existed: false, fingerprint };
        } catch (error) {
          if (statusOf(error) !== 412) throw error;
        }
      }
      await pause(20);
    }
    throw new Error('an earlier creation with the same idempotency key did not finish in time');
  });
}
