import type { TableClient } from '@azure/data-tables';
import { StoredRateLimiter } from '../storage/storedRateLimiter';
import { applicationRateLimit } from './applications';
import { statusRateLimit } from './applicationStatus';
import { questionRateLimit } from './questions';
import { subscriptionRateLimit } from './subscriptions';

/**
 * The public endpoints' limits per client address, kept in storage so that every server behind
 * the one address counts a client together (docs/deploy.md, "Rate limits"). One bucket a client
 * and endpoint.
 */
export function publicRateLimiters(counters: TableClient) {
  return {
    apply: new StoredRateLimiter(counters, 'apply', applicationRateLimit),
    questions: new StoredRateLimiter(counters, 'questions', questionRateLimit),
    subscribe: new StoredRateLimiter(counters, 'subscribe', subscriptionRateLimit),
    status: new StoredRateLimiter(counters, 'status', statusRateLimit),
  };
}

/** Deletes every endpoint's buckets that are full again; answers how many. */
export async function sweepRateLimits(
  limiters: ReturnType<typeof publicRateLimiters>,
): Promise<number> {
  let deleted = 0;
  for (const limiter of Object.values(limiters)) deleted += await limiter.sweep();
  return deleted;
}
