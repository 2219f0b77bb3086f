import type { EvaluationResult, IntentKind, QuestionAnswer } from './intents';
import {
  afterPostingDefaults,
  emptyFields,
  type AcceptanceCheck,
  type AwardRecord,
  type Opportunity,
  type OpportunityFields,
  type Payment,
} from './opportunity';
import type { Forbidden } from './permissions';
import type { Problem } from './problems';
import type { State } from './states';

/** The events that carry more than their kind; enough, with the rest, to rebuild the record. */
type DetailsWithData =
  | { kind: 'create'; authorName: string; fields: OpportunityFields; copiedFrom?: string }
  | { kind: 'editDraft'; changes: Partial<OpportunityFields> }
  | {
      kind: 'changeCardholder';
      cardholderId: string;
      cardholderName: string;
      previousCardholderId: string | null;
    }
  | { kind: 'amend'; en: string; fr: string }
  | { kind: 'extendClosing'; from: string; closingAt: string; en: string; fr: string }
  | ({ kind: 'answerQuestion' } & QuestionAnswer)
  | { kind: 'declineQuestion'; question: string }
  | { kind: 'close'; applications: string[]; drawCommitment: string }
  | { kind: 'evaluate'; application: string; results: EvaluationResult[] }
  | { kind: 'award'; award: AwardRecord }
  | { kind: 'recordDelivery'; deliveryUrl: string }
  | { kind: 'accept'; checks: AcceptanceCheck[] }
  | { kind: 'recordPayment'; payment: Payment };

/** What an event carries besides who, when and the states: every other intent only its kind. */
export type EventDetails = DetailsWithData | { kind: Exclude<IntentKind, DetailsWithData['kind']> };

/** One line of an opportunity's audit trail. Versions count from 1 without gaps. */
export interface AuditEvent {
  opportunityId: string;
  version: number;
  at: string;
  actorId: string;
  actorName: string;
  /** The cardholder the actor stood in for, as their delegate (out of office). */
  onBehalfOf?: { id: string; name: string };
  from: State | null;
  to: State;
  /** The comment or reason the person gave, if any. */
  comment: string | null;
  details: EventDetails;
}

/** The record after an event: the only place a record changes. */
export function evolve(record: Opportunity | null, event: AuditEvent): Opportunity {
  const { details } = event;
  if (details.kind === 'create') {
    return {
      id: event.opportunityId,
      version: event.version,
      state: event.to,
      authorId: event.actorId,
      authorName: details.authorName,
      fields: { ...emptyFields(), ...details.fields },
      createdAt: event.at,
      updatedAt: event.at,
      updatedById: event.actorId,
      updatedByName: event.actorName,
      stateSince: event.at,
      stages: [{ state: event.to, at: event.at, by: event.actorId }],
      returnComment: null,
      postedAt: null,
      addenda: [],
      ...afterPostingDefaults(),
      supplierName: null,
      deliveryUrl: null,
      payment: null,
      cancelReason: null,
      ...(details.copiedFrom ? { copiedFrom: details.copiedFrom } : {}),
    };
  }
  if (!record)
    throw new Error(`event ${event.version} of ${event.opportunityId} has no record to apply to`);
  const next: Opportunity = {
    ...record,
    version: event.version,
    state: event.to,
    updatedAt: event.at,
    updatedById: event.actorId,
    updatedByName: event.actorName,
    stateSince: event.to === record.state ? record.stateSince : event.at,
    stages:
      event.to === record.state
        ? record.stages
        : [...record.stages, { state: event.to, at: event.at, by: event.actorId }],
  };
  switch (details.kind) {
    case 'editDraft':
      return { ...next, fields: { ...record.fields, ...details.changes } };
    case 'submit':
      return { ...next, returnComment: null };
    case 'changeCardholder':
      return { ...next, fields: { ...record.fields, cardholderId: details.cardholderId } };
    case 'returnToAuthor':
      return { ...next, returnComment: event.comment };
    case 'approvePosting':
      return { ...next, postedAt: event.at };
    case 'amend':
      return {
        ...next,
        addenda: [...record.addenda, { at: event.at, en: details.en, fr: details.fr }],
      };
    case 'extendClosing': {
      const closing = { from: details.from, to: details.closingAt };
      return {
        ...next,
        fields: { ...record.fields, closingAt: details.closingAt },
        addenda: [...record.addenda, { at: event.at, en: details.en, fr: details.fr, closing }],
      };
    }
    case 'answerQuestion': {
      const { question, questionEn, questionFr, answerEn, answerFr } = details;
      const answer = { question, at: event.at, questionEn, questionFr, answerEn, answerFr };
      return { ...next, answers: [...record.answers, answer] };
    }
    case 'declineQuestion':
      return { ...next, declinedQuestions: [...record.declinedQuestions, details.question] };
    case 'close':
      return {
        ...next,
        closedAt: event.at,
        applications: details.applications,
        drawCommitment: details.drawCommitment,
      };
    case 'evaluate':
      return {
        ...next,
        evaluations: {
          ...record.evaluations,
          [details.application]: details.results.map((r) => r.pass),
        },
      };
    case 'award':
      return {
        ...next,
        award: details.award,
        supplierName: details.award.supplierName,
        awardedAt: event.to === 'awarded' ? event.at : null,
      };
    case 'releaseAward':
      return {
        ...next,
        award: record.award && { ...record.award, releaseReason: event.comment },
        awardedAt: event.at,
      };
    case 'accept':
      return { ...next, acceptance: { checks: details.checks, certifiedAt: event.at } };
    case 'recordDelivery':
      return { ...next, deliveryUrl: details.deliveryUrl };
    case 'recordPayment':
      return { ...next, payment: details.payment };
    case 'cancel':
      return { ...next, cancelReason: event.comment };
    default:
      return next;
  }
}

/** Rebuilds a record from its whole trail, oldest first. */
export function replay(events: readonly AuditEvent[]): Opportunity | null {
  return events.reduce<Opportunity | null>((record, event) => evolve(record, event), null);
}

/** Why `decide` refused: the order of its checks (state, then person, then completeness). */
export type Refusal =
  | { kind: 'wrongState'; intent: IntentKind | 'create'; state: State }
  | ({ kind: 'forbidden'; intent: IntentKind | 'create' } & Forbidden)
  | { kind: 'incomplete'; intent: IntentKind | 'create'; problems: Problem[] }
  /** An idempotency key already used for a different request (found by the store, not `decide`). */
  | { kind: 'keyReused'; intent: IntentKind | 'create' }
  /** A view after posting that this reader may not open, or not in this state (found by the API). */
  | { kind: 'readRefused'; intent: ViewRead; because: 'forbidden' | 'wrongState'; state: State };

/** The views after posting whose refused reads are audited like refused intents. */
export type ViewRead =
  | 'readApplications'
  | 'readAward'
  | 'readFundCentreHistory'
  | 'readQuestions'
  | 'readNotices'
  | 'readPublicPreview';

/** A refused attempt, kept in the audit trail beside the events (denials are audited too). */
export interface RefusedAttempt {
  opportunityId: string;
  at: string;
  actorId: string;
  actorName: string;
  /** The version the person acted on. */
  version: number;
  refusal: Refusal;
}
