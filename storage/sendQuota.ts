import type { TableClient } from '@azure/data-tables';
import { getOrNull, guard, statusOf } from './errors';

/** Short windows, each allowed a share small enough that no 60 seconds hold more than the limit. */
export const quotaWindowMs = 6_000;

/**
 * How many sends one window allows: any 60 s overlap at most 60/6 + 1 = 11 windows, so each gets
 * 6/66 of the limit a minute (at least one, so very small limits are only approximated).
 */
export function windowAllowance(perMinute: number): number {
  return Math.max(1, Math.floor((perMinute * quotaWindowMs) / (60_000 + quotaWindowMs)));
}

/**
 * GC Notify's rate limit is per service, so every server draws from one allowance: a counter row
 * per window in the counters table, taken with its ETag.
 */
export class SendQuota {
  private readonly allowance: number;

  constructor(
    private readonly table: TableClient,
    perMinute: number,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.allowance = windowAllowance(perMinute);
  }

  /** Takes up to `wanted` sends from the current window; `granted` 0 means wait until `nextWindowAt`. */
  async take(wanted: number): Promise<{ granted: number; nextWindowAt: Date }> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const now = this.clock().getTime();
      const start = now - (now % quotaWindowMs);
      const nextWindowAt = new Date(start + quotaWindowMs);
      const rowKey = new Date(start).toISOString();
      const row = await getOrNull<{ used: number }>(this.table, 'noticeQuota', rowKey);
      const used = Number(row?.used ?? 0);
      const granted = Math.min(wanted, this.allowance - used);
      if (granted <= 0) return { granted: 0, nextWindowAt };
      const entity = { partitionKey: 'noticeQuota', rowKey, used: used + granted };
      try {
        await guard(() =>
          row
            ? this.table.updateEntity(entity, 'Replace', { etag: row.etag })
            : this.table.createEntity(entity),
        );
        return { granted, nextWindowAt };
      } catch (error) {
        // Another server took from the same window first: read it again.
        if (statusOf(error) !== 412 && statusOf(error) !== 409) throw error;
      }
    }
    return { granted: 0, nextWindowAt: new Date(this.clock().getTime() + quotaWindowMs) };
  }
}
