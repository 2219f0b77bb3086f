/** A token bucket per person: bursts of `burst`, refilled at `perMinute`; memory only, per instance. */
export interface RateLimitOptions {
  perMinute: number;
  burst: number;
}

export const defaultRateLimit: RateLimitOptions = { perMinute: 120, burst: 60 };

export interface RateLimiter {
  /** Seconds to wait before the next request, or 0 when this one may go ahead. */
  take(personId: string): number;
}

/**
 * The public endpoints' limiter, per client address: in memory (one server, tests) or kept in
 * storage and shared by every server (`storage/storedRateLimiter.ts`, docs/deploy.md).
 */
export interface ClientRateLimiter {
  take(clientAddress: string): number | Promise<number>;
}

export function createRateLimiter(
  options: RateLimitOptions,
  now: () => number = Date.now,
): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = options.perMinute / 60_000;
  return {
    take(personId) {
      const time = now();
      const bucket = buckets.get(personId) ?? { tokens: options.burst, at: time };
      bucket.tokens = Math.min(options.burst, bucket.tokens + (time - bucket.at) * perMs);
      bucket.at = time;
      buckets.set(personId, bucket);
      // Forget full buckets now and then so the map does not grow with every person ever seen.
      if (buckets.size > 10_000) {
        for (const [id, b] of buckets) if (b.tokens >= options.burst) buckets.delete(id);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - bucket.tokens) / perMs / 1000);
    },
  };
}
