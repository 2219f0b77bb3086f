import { totalCents } from './completeness';
import { capCents } from './money';
import type { Opportunity } from './opportunity';
import type { State } from './states';
import { abandonedStates } from './transitions';

/**
 * Contract splitting: cutting one need into several contracts to stay under the $10,000 limit.
 * The guardrail looks at what the same fund centre bought in the last twelve months.
 */

/** An earlier opportunity of a fund centre, as the store reads it for the rule. */
export interface FundCentreAward {
  opportunityId: string;
  fundCentre: string;
  /** Set once awarded; the supplier for the rule, without their e-mail. */
  supplierKey: string;
  /** When it was awarded, or posted for those not yet awarded. */
  at: string;
  totalCents: number;
}

/** What the rule needs to know of any opportunity of the fund centre (a head row's columns). */
export interface FundCentreFacts {
  opportunityId: string;
  fundCentre: string;
  state: State;
  postedAt: string | null;
  awardedAt: string | null;
  /** The winner's supplier key once awarded, else empty. */
  winnerKey: string;
  totalCents: number;
}

/** An opportunity as the rule counts it: posted or awarded, and not cancelled or rejected. */
export function fundCentreAward(facts: FundCentreFacts): FundCentreAward | null {
  const at = facts.awardedAt ?? facts.postedAt;
  if (!at || abandonedStates.includes(facts.state)) return null;
  return {
    opportunityId: facts.opportunityId,
    fundCentre: facts.fundCentre,
    supplierKey: facts.awardedAt ? facts.winnerKey : '',
    at,
    totalCents: facts.totalCents,
  };
}

export function twelveMonthsBefore(now: Date): Date {
  const since = new Date(now.getTime());
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  return since;
}

/** Fund centres compare trimmed and case-folded: storage queries by this key too. */
export function fundCentreKey(fundCentre: string): string {
  return fundCentre.trim().toUpperCase();
}

const sameFundCentre = (a: string, b: string) => fundCentreKey(a) === fundCentreKey(b);

/** The fund centre's other opportunities in the twelve months before `now`, and their total. */
export function fundCentreHistory(
  record: Opportunity,
  others: readonly FundCentreAward[],
  now: Date,
): { items: FundCentreAward[]; totalCents: number } {
  const since = twelveMonthsBefore(now).toISOString();
  const items = others.filter(
    (o) =>
      o.opportunityId !== record.id &&
      sameFundCentre(o.fundCentre, record.fields.fundCentre) &&
      o.at >= since,
  );
  return { items, totalCents: items.reduce((sum, o) => sum + o.totalCents, 0) };
}

/**
 * The award is held when the same supplier already won from the same fund centre within twelve
 * months and the totals together pass the limit, tax included.
 */
export function splittingConcern(
  record: Opportunity,
  supplierKey: string,
  awards: readonly FundCentreAward[],
  now: Date,
): { opportunityIds: string[]; priorCents: number } | null {
  const earlier = fundCentreHistory(
    record,
    awards.filter((a) => a.supplierKey === supplierKey),
    now,
  );
  if (!earlier.items.length) return null;
  const together = earlier.totalCents + (totalCents(record.fields) ?? 0);
  return together > capCents
    ? { opportunityIds: earlier.items.map((a) => a.opportunityId), priorCents: earlier.totalCents }
    : null;
}
