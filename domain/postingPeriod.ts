import { addBusinessDays } from './businessDays';
import type { PostingPeriod } from './completeness';

/** Suppliers get at least a week of business days to apply unless MIN_POSTING_BUSINESS_DAYS says otherwise. */
export const defaultMinPostingBusinessDays = 5;

/**
 * The minimum posting period if the posting were approved at `now`: the closing must be at least
 * `days` business days later (federal holidays and weekends skipped), at the same Eastern time,
 * rounded up to the whole minute since closings are shown to the minute. With 0 days any future
 * closing will do.
 */
export function postingPeriod(now: Date, days: number): PostingPeriod {
  if (days === 0) return { days, earliestClosing: now.toISOString() };
  const at = addBusinessDays(now, days).getTime();
  return { days, earliestClosing: new Date(Math.ceil(at / 60_000) * 60_000).toISOString() };
}
