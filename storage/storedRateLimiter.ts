import { odata, type TableClient } from '@azure/data-tables';
import { getOrNull, guard, statusOf } from './errors';
import { encodeKey } from './keys';

/** A token bucket: bursts of `burst`, refilled at `perMinute` (as `server/api/rateLimit.ts`). */
export interface BucketLimit {
  perMinute: number;
  burst: number;
}

/** How often one limiter retries a bucket another server changed under it, before refusing. */
const attempts = 8;

/**
 * A token bucket per client kept in storage, so that every server behind one address counts the
 * same client together: one row per client in the `counters` table (partition
 * `rateLimit-{scope}`), `tokens` and `at` (when they were counted), each take one write guarded
 * by the row's ETag. Two servers taking from one bucket at once: one write wins, the other reads
 * again. A bucket that stays contended is refused for a second rather than waited on.
 */
export class StoredRateLimiter {
  private readonly partitionKey: string;
  private readonly perMs: number;

  constructor(
    private readonly table: TableClient,
    scope: string,
    private readonly limit: BucketLimit,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.partitionKey = encodeKey(`rateLimit-${scope}`);
    this.perMs = limit.perMinute / 60_000;
  }

  /** Seconds to wait before the next request, or 0 when this one may go ahead (and is counted). */
  async take(client: string): Promise<number> {
    const rowKey = encodeKey(client);
    for (let attempt = 0; attempt < attempts; attempt++) {
      const now = this.clock().getTime();
      const row = await getOrNull<{ tokens: number; at: string }>(
        this.table,
        this.partitionKey,
        rowKey,
      );
      // Another server's clock may run a little ahead: time never counts backwards.
      const elapsed = row ? Math.max(0, now - Date.parse(row.at)) : 0;
      const tokens = row
        ? Math.min(this.limit.burst, Number(row.tokens) + elapsed * this.perMs)
        : this.limit.burst;
      if (tokens < 1) return Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000));
      const at = new Date(Math.max(now, row ? Date.parse(row.at) : now)).toISOString();
      const entity = { partitionKey: this.partitionKey, rowKey, tokens: tokens - 1, at };
      try {
        await guard(() =>
          row
            ? this.table.updateEntity(entity, 'Replace', { etag: row.etag })
            : this.table.createEntity(entity),
        );
        return 0;
      } catch (error) {
        const status = statusOf(error);
        if (status !== 412 && status !== 409) throw error;
      }
    }
    return 1;
  }

  /**
   * Deletes the buckets that are full again (untouched for as long as a full refill takes), so
   * the table holds only clients seen lately. Any server may run it; answers how many it deleted.
   */
  async sweep(): Promise<number> {
    const fullAfterMs = this.limit.burst / this.perMs;
    const before = new Date(this.clock().getTime() - fullAfterMs).toISOString();
    const filter = odata`PartitionKey eq ${this.partitionKey} and at lt ${before}`;
    let deleted = 0;
    await guard(async () => {
      for await (const row of this.table.listEntities<{ at: string }>({
        queryOptions: { filter, select: ['RowKey'] },
      })) {
        try {
          // Only as read: a bucket taken from since is left for the next sweep.
          await this.table.deleteEntity(this.partitionKey, row.rowKey!, { etag: row.etag });
          deleted++;
        } catch (error) {
          const status = statusOf(error);
          if (status !== 404 && status !== 412) throw error;
        }
      }
    });
    return deleted;
  }
}
