import type { Opportunity } from './opportunity';
import { easternDate } from './text';

/**
 * The days a payment may be dated, in Eastern time: not before the work was accepted (FAA s.34
 * comes before payment) and not after today. The card, the tab and `decide` share it.
 */
export function paymentDates(
  record: Pick<Opportunity, 'acceptance'>,
  now: Date,
): { earliest: string | null; latest: string } {
  const certifiedAt = record.acceptance?.certifiedAt;
  return { earliest: certifiedAt ? easternDate(certifiedAt) : null, latest: easternDate(now) };
}
