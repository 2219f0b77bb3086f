import type { FieldName } from './opportunity';

/** Maximum lengths, in characters, of the author's text fields. */
export const maxLength: Partial<Record<FieldName, number>> = {
  titleEn: 100,
  titleFr: 100,
  summaryEn: 500,
  summaryFr: 500,
  backgroundEn: 5_000,
  backgroundFr: 5_000,
  workEn: 10_000,
  workFr: 10_000,
  eligibilityEn: 2_000,
  eligibilityFr: 2_000,
  repositoryUrl: 500,
  contactEmail: 254,
  fundCentre: 40,
};

export const maxSkillLength = 80;
export const maxCriterionLength = 500;
export const maxItems = { skills: 20, acceptanceCriteria: 30, evaluationCriteria: 20 } as const;
/** Comments, reasons and addenda. */
export const maxCommentLength = 2_000;
export const maxSupplierNameLength = 200;
export const maxReferenceLength = 100;
/** The link to the delivered work, as long as a repository's. */
export const maxDeliveryUrlLength = 500;
/** A payment's amount as typed, in dollars ("1,234,567.89" is 12). */
export const maxAmountTextLength = 20;
/** An application's answer to one criterion: the pilot promised an application in under two hours. */
export const maxApplicationAnswerWords = 300;
export const maxApplicationAnswerLength = 3_000;
/** An evaluation's rationale, per criterion, and an acceptance note. */
export const maxRationaleLength = 1_000;
/** A supplier's question before closing. */
export const maxQuestionLength = 1_000;
/** Questions are taken until this many hours before closing (QUESTION_CUTOFF_HOURS), so answers can still help. */
export const defaultQuestionCutoffHours = 48;
