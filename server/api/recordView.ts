import { candidatesOf, unevaluated } from '../../domain/decide';
import type { AwardRecord, Opportunity } from '../../domain/opportunity';
import type { ApplicantCounts, RecordView } from '../../contract/views';

export type { ApplicantCounts, RecordView };

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
