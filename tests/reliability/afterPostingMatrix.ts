import type { State } from '../../domain/states';
import { easternDate } from '../../domain/text';
import { afterPostingStates, type AfterPostingState } from '../support/afterPostingStates';
import type { Who } from '../support/roleMatrix';
import { afterClosing } from '../support/domainArbitraries';
import { completeFields } from '../support/builders';

/**
 * Who may do what after posting, written out by hand from docs/lifecycle.md, docs/api.md and the
 * separation of duties (domain/permissions.ts), for rolesAfterPosting.test.ts.
 */

export type Act =
  | 'edit'
  | 'submit'
  | 'approveFunds'
  | 'approvePosting'
  | 'returnToAuthor'
  | 'reject'
  | 'amend'
  | 'close'
  | 'evaluate'
  | 'award'
  | 'releaseAward'
  | 'recordDelivery'
  | 'accept'
  | 'recordPayment'
  | 'cancel';

/** The states each action starts from (docs/lifecycle.md), and where it leads. */
const lifecycle: Record<Act, [State[], State | 'unchanged']> = {
  edit: [['draft'], 'unchanged'],
  submit: [['draft'], 'awaitingFunds'],
  approveFunds: [['awaitingFunds'], 'awaitingProcurement'],
  approvePosting: [['awaitingProcurement'], 'posted'],
  returnToAuthor: [['awaitingFunds', 'awaitingProcurement'], 'draft'],
  reject: [['awaitingFunds', 'awaitingProcurement'], 'rejected'],
  amend: [['posted'], 'unchanged'],
  close: [['posted'], 'evaluating'],
  evaluate: [['evaluating'], 'unchanged'],
  // The fresh records have a supplier of their own: nothing holds their award.
  award: [['evaluating'], 'awarded'],
  releaseAward: [['awardHeld'], 'awarded'],
  recordDelivery: [['awarded'], 'delivered'],
  accept: [['delivered'], 'accepted'],
  recordPayment: [['accepted'], 'paid'],
  cancel: [
    [
      'draft',
      'awaitingFunds',
      'awaitingProcurement',
      'posted',
      'evaluating',
      'awardHeld',
      'awarded',
      'delivered',
    ],
    'cancelled',
  ],
};
export const acts = Object.keys(lifecycle) as Act[];
export const from = Object.fromEntries(acts.map((a) => [a, lifecycle[a][0]])) as Record<
  Act,
  State[]
>;
export const to = Object.fromEntries(acts.map((a) => [a, lifecycle[a][1]])) as Record<
  Act,
  State | 'unchanged'
>;

export const states = afterPostingStates;

/** Valid bodies, so that only the state and the person decide (evaluations name applicant 1). */
export const bodies: Record<Exclude<Act, 'edit'>, object> = {
  submit: { kind: 'submit' },
  approveFunds: { kind: 'approveFunds', comment: 'Funds reserved' },
  approvePosting: { kind: 'approvePosting', comment: 'Guardrails met' },
  returnToAuthor: { kind: 'returnToAuthor', comment: 'Please fix the dates' },
  reject: { kind: 'reject', comment: 'Out of scope' },
  amend: { kind: 'amend', en: 'The deadline moved', fr: 'La date limite a changé' },
  close: { kind: 'close' },
  evaluate: {
    kind: 'evaluate',
    applicant: 1,
    results: [{ pass: true, rationale: 'Shows shipped work.' }],
  },
  award: { kind: 'award' },
  releaseAward: { kind: 'releaseAward', reason: 'Different needs, reviewed' },
  recordDelivery: {
    kind: 'recordDelivery',
    deliveryUrl: 'https://github.com/example/date-picker/pull/8',
  },
  accept: {
    kind: 'accept',
    comment: '',
    // One check per acceptance criterion: functional, quality and security.
    checks: completeFields().acceptanceCriteria.map(() => ({ met: true, note: 'Checked.' })),
    certified: true,
  },
  recordPayment: {
    kind: 'recordPayment',
    method: 'paypal',
    paidOn: easternDate(afterClosing),
    amountCents: 999_350,
    reference: 'PP-0042',
  },
  cancel: { kind: 'cancel', reason: 'No longer needed' },
};

/** What a person sees of `GET …/award`: a status, or 200 with the winner or with the draw only. */
export type Seen = number | 'identity' | 'draw' | 'other';

/** The award's readers besides those who may not read the record at all (docs/api.md). */
export const awardSeen: Record<AfterPostingState, { party: Seen; releaser: Seen }> = {
  evaluating: { party: 409, releaser: 403 },
  awardHeld: { party: 'draw', releaser: 'draw' },
  awarded: { party: 'identity', releaser: 403 },
  delivered: { party: 'identity', releaser: 403 },
  accepted: { party: 'identity', releaser: 403 },
  paid: { party: 'identity', releaser: 403 },
  // Cancelled after the award: the award stays final.
  cancelled: { party: 'identity', releaser: 403 },
  rejected: { party: 409, releaser: 403 },
};

export interface Scenario {
  name: string;
  author: Who;
  cardholder: Who;
  /** Who may read it: its author, its cardholder, and the oversight roles. */
  readers: Who[];
  /** Procurement officers who are neither author nor cardholder. */
  releasers: Who[];
  /** Procurement, managers, the author and the cardholder. */
  fundCentreViewers: Who[];
  may: Partial<Record<AfterPostingState, Partial<Record<Who, Act[]>>>>;
}

/** The three arrangements of roles.test.ts; the one who approves the posting is always `procurement`. */
export const scenarios: Scenario[] = [
  {
    name: 'three different people',
    author: 'author',
    cardholder: 'cardholder',
    readers: ['author', 'cardholder', 'procurement', 'allRoles', 'manager', 'admin'],
    releasers: ['procurement', 'allRoles'],
    fundCentreViewers: ['author', 'cardholder', 'procurement', 'allRoles', 'manager'],
    may: {
      evaluating: {
        author: ['evaluate', 'award', 'cancel'],
        procurement: ['cancel'],
        allRoles: ['cancel'],
      },
      awardHeld: {
        author: ['cancel'],
        procurement: ['releaseAward', 'cancel'],
        allRoles: ['releaseAward', 'cancel'],
      },
      awarded: {
        author: ['recordDelivery', 'cancel'],
        procurement: ['cancel'],
        allRoles: ['cancel'],
      },
      delivered: { author: ['accept', 'cancel'], procurement: ['cancel'], allRoles: ['cancel'] },
      // FAA s.34 certified: nobody cancels any more; only the cardholder pays.
      accepted: { cardholder: ['recordPayment'] },
    },
  },
  {
    // A procurement officer who is also the author never releases their own held award.
    name: 'the author is also a cardholder and a procurement officer',
    author: 'allRoles',
    cardholder: 'cardholder',
    readers: ['allRoles', 'cardholder', 'procurement', 'manager', 'admin'],
    releasers: ['procurement'],
    fundCentreViewers: ['allRoles', 'cardholder', 'procurement', 'manager'],
    may: {
      evaluating: { allRoles: ['evaluate', 'award', 'cancel'], procurement: ['cancel'] },
      awardHeld: { allRoles: ['cancel'], procurement: ['releaseAward', 'cancel'] },
      awarded: { allRoles: ['recordDelivery', 'cancel'], procurement: ['cancel'] },
      delivered: { allRoles: ['accept', 'cancel'], procurement: ['cancel'] },
      // The author holds the cardholder role but is not this one's cardholder, and pays nothing.
      accepted: { cardholder: ['recordPayment'] },
    },
  },
  {
    // The cardholder pays; as a procurement officer they neither release nor cancel.
    name: 'the cardholder is also a procurement officer',
    author: 'author',
    cardholder: 'allRoles',
    readers: ['author', 'allRoles', 'procurement', 'manager', 'admin'],
    releasers: ['procurement'],
    fundCentreViewers: ['author', 'allRoles', 'procurement', 'manager'],
    may: {
      evaluating: { author: ['evaluate', 'award', 'cancel'], procurement: ['cancel'] },
      awardHeld: { author: ['cancel'], procurement: ['releaseAward', 'cancel'] },
      awarded: { author: ['recordDelivery', 'cancel'], procurement: ['cancel'] },
      delivered: { author: ['accept', 'cancel'], procurement: ['cancel'] },
      accepted: { allRoles: ['recordPayment'] },
    },
  },
];
