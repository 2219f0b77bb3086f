import { t } from './messages';
import type { AmountBasis, Province } from './money';
import type { State } from './states';

export const acceptanceKinds = ['functional', 'quality', 'security'] as const;
export type AcceptanceKind = (typeof acceptanceKinds)[number];

export interface BilingualItem {
  en: string;
  fr: string;
}

export interface AcceptanceCriterion extends BilingualItem {
  kind: AcceptanceKind;
}

/** What the author writes. Every public text comes in English and French. */
export interface OpportunityFields {
  titleEn: string;
  titleFr: string;
  summaryEn: string;
  summaryFr: string;
  backgroundEn: string;
  backgroundFr: string;
  workEn: string;
  workFr: string;
  /** Who may apply: shown on the public page and confirmed in the application form. */
  eligibilityEn: string;
  eligibilityFr: string;
  skills: BilingualItem[];
  /** Integer cents, before tax or tax-included as `amountBasis` says. */
  amountCents: number | null;
  amountBasis: AmountBasis;
  province: Province | null;
  /** When proposals close: an ISO 8601 instant in UTC. */
  closingAt: string | null;
  /** Calendar dates, YYYY-MM-DD. */
  startDate: string | null;
  deliveryDate: string | null;
  acceptanceCriteria: AcceptanceCriterion[];
  evaluationCriteria: BilingualItem[];
  /** SPDX identifier from the allowlist. */
  licence: string | null;
  repositoryUrl: string;
  contactEmail: string;
  fundCentre: string;
  /** The person whose acquisition card pays (section 32). */
  cardholderId: string | null;
  /** The author attests the work is unclassified. */
  unclassified: boolean;
}

export type FieldName = keyof OpportunityFields;

/** The bilingual text fields, in reading order. */
export const textFields = [
  'titleEn',
  'titleFr',
  'summaryEn',
  'summaryFr',
  'backgroundEn',
  'backgroundFr',
  'workEn',
  'workFr',
  'eligibilityEn',
  'eligibilityFr',
] as const satisfies readonly FieldName[];

/**
 * A new draft's fields. The eligibility starts as the program's own text (editable); records
 * stored before the field existed read as if they had it (see `withFieldDefaults`).
 */
export function emptyFields(): OpportunityFields {
  return {
    titleEn: '',
    titleFr: '',
    summaryEn: '',
    summaryFr: '',
    backgroundEn: '',
    backgroundFr: '',
    workEn: '',
    workFr: '',
    ...defaultEligibility(),
    skills: [],
    amountCents: null,
    amountBasis: 'taxIncluded',
    province: null,
    closingAt: null,
    startDate: null,
    deliveryDate: null,
    acceptanceCriteria: [],
    evaluationCriteria: [],
    licence: null,
    repositoryUrl: '',
    contactEmail: '',
    fundCentre: '',
    cardholderId: null,
    unclassified: false,
  };
}

/** The pilot's eligibility, in both languages, from the catalogue. */
export function defaultEligibility(): Pick<OpportunityFields, 'eligibilityEn' | 'eligibilityFr'> {
  return {
    eligibilityEn: t('en', 'eligibility.default'),
    eligibilityFr: t('fr', 'eligibility.default'),
  };
}

/**
 * Fields as stored, completed with what records stored before a field existed lack (no migration:
 * the default is applied on every read, and the next write stores it).
 */
export function withFieldDefaults(fields: OpportunityFields): OpportunityFields {
  const missing = Object.entries(defaultEligibility()).filter(([key]) => !(key in fields));
  return missing.length ? { ...fields, ...Object.fromEntries(missing) } : fields;
}

export interface Addendum extends BilingualItem {
  at: string;
  /** Set when the addendum moved the closing (`extendClosing`): from when, to when. */
  closing?: { from: string; to: string };
}

export interface Payment {
  method: 'card' | 'paypal';
  paidOn: string;
  amountCents: number;
  reference: string;
}

/** The draw and who won it, as the award event recorded them. */
export interface AwardRecord {
  /** The draw's secret, revealed at award; its commitment was published at closing. */
  secret: string;
  seed: string;
  candidates: string[];
  /** The winning application's confirmation number. */
  winner: string;
  supplierName: string;
  /** Identifies the supplier for the contract-splitting rule without holding their e-mail. */
  supplierKey: string;
  /** Set when the award was held: earlier awards to the same supplier from the same fund centre. */
  splitting: { opportunityIds: string[]; priorCents: number } | null;
  /** A procurement officer's reason for releasing a held award. */
  releaseReason: string | null;
}

/** A state the opportunity entered, and when. */
export interface StageEntry {
  state: State;
  at: string;
  /** Who moved it into this state (absent in trails stored before it was kept). */
  by?: string;
}

export interface AcceptanceCheck {
  met: boolean;
  note: string;
}

/** The stored opportunity: its fields and where it stands. Only `decide` makes a new one. */
export interface Opportunity {
  id: string;
  version: number;
  state: State;
  authorId: string;
  authorName: string;
  fields: OpportunityFields;
  createdAt: string;
  updatedAt: string;
  updatedById: string;
  updatedByName: string;
  /** When the current state was entered, for time-in-stage figures. */
  stateSince: string;
  /**
   * Every state entered, in order (an edit that keeps the state adds nothing): the trail's
   * changes of state, so time-in-stage figures need no events. The last is `state` at `stateSince`.
   */
  stages: StageEntry[];
  /** The opportunity this draft was copied from, when it started as a copy. */
  copiedFrom?: string;
  /** The last comment of a return to the author, shown on the draft until it is submitted again. */
  returnComment: string | null;
  postedAt: string | null;
  addenda: Addendum[];
  /** When the scheduler closed it. */
  closedAt: string | null;
  /** Confirmation numbers of the applications received before closing, fixed at closing. */
  applications: string[];
  /** `sha256` of the draw's secret, published at closing. */
  drawCommitment: string | null;
  /** Pass or fail per evaluation criterion, by confirmation number; rationales are in the events. */
  evaluations: Record<string, boolean[]>;
  award: AwardRecord | null;
  /** Set once `award` is final (not held): the public page shows the supplier from then on. */
  awardedAt: string | null;
  supplierName: string | null;
  deliveryUrl: string | null;
  /** The acceptance checks, one per acceptance criterion, and when the work was certified (s.34). */
  acceptance: { checks: AcceptanceCheck[]; certifiedAt: string } | null;
  payment: Payment | null;
  cancelReason: string | null;
  /** Suppliers' questions the author answered, as published (never who asked). */
  answers: PublishedAnswer[];
  /** Numbers of the questions the author declined; the reason is in the events, never published. */
  declinedQuestions: string[];
}

/** A question and its answer as the public page shows them, in both languages. */
export interface PublishedAnswer {
  question: string;
  at: string;
  questionEn: string;
  questionFr: string;
  answerEn: string;
  answerFr: string;
}

/** What a record holds for the steps after posting before they happen (also read into older records). */
export function afterPostingDefaults(): Pick<
  Opportunity,
  | 'closedAt'
  | 'applications'
  | 'drawCommitment'
  | 'evaluations'
  | 'award'
  | 'awardedAt'
  | 'acceptance'
  | 'answers'
  | 'declinedQuestions'
> {
  return {
    closedAt: null,
    applications: [],
    drawCommitment: null,
    evaluations: {},
    award: null,
    awardedAt: null,
    acceptance: null,
    answers: [],
    declinedQuestions: [],
  };
}

/** Opportunity numbers read like MA-2026-0007: the program, the year, the count. */
const opportunityIdPattern = /^MA-\d{4}-\d{4,6}$/;

export function isOpportunityId(value: unknown): value is string {
  return typeof value === 'string' && opportunityIdPattern.test(value);
}

/**
 * An opportunity number as a person types it: any case, "MA" and the dashes optional, the count
 * without its zeros ("ma-2026-1", "MA 2026 7", "2026-0007"). Null when it cannot be one.
 */
export function readOpportunityId(text: string): string | null {
  const match = /^(?:MA[-\s]?)?(\d{4})[-\s](\d{1,6})$/i.exec(text.trim());
  if (!match) return null;
  const id = formatOpportunityId(Number(match[1]), Number(match[2]));
  return isOpportunityId(id) && Number(match[2]) > 0 ? id : null;
}

export function formatOpportunityId(year: number, sequence: number): string {
  return `MA-${year}-${String(sequence).padStart(4, '0')}`;
}
