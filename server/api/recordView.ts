import { candidatesOf, unevaluated } from '../../domain/decide';
import type { AwardRecord, Opportunity } from '../../domain/opportunity';

/**
 * The record as the tab may show it to anyone who may read it. Confirmation numbers stay out
 * until the award publishes them: with them the author could tell "Applicant 2" from a number a
 * supplier quotes. The award appears once final (not while held), without the supplier key
 * (a hash of an e-mail address).
 */
export type RecordView = Omit<Opportunity, 'applications' | 'evaluations' | 'award'> & {
  award: Omit<AwardRecord, 'supplierKey'> | null;
};

/** How far evaluation has gone, in counts only. */
export interface ApplicantCounts {
  count: number;
  evaluated: number;
  passed: number;
}

export function recordView(record: Opportunity): RecordView {
  const shown: Partial<Opportunity> = { ...record };
  delete shown.applications;
  delete shown.evaluations;
  const rest = shown as Omit<Opportunity, 'applications' | 'evaluations'>;
  if (!record.awardedAt || !record.award) return { ...rest, award: null, supplierName: null };
  const award: Partial<AwardRecord> = { ...record.award };
  delete award.supplierKey;
  return { ...rest, award: award as Omit<AwardRecord, 'supplierKey'> };
}

/** Counts once closing fixed the applications; null before. */
export function applicantCounts(record: Opportunity): ApplicantCounts | null {
  if (!record.closedAt) return null;
  return {
    count: record.applications.length,
    evaluated: record.applications.length - unevaluated(record).length,
    passed: candidatesOf(record).length,
  };
}
