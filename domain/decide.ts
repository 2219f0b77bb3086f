import { completenessProblems, totalCents } from './completeness';
import { evolve, type AuditEvent, type EventDetails } from './events';
import type { Intent, IntentKind } from './intents';
import type { Opportunity, OpportunityFields } from './opportunity';
import { mayAct, mayCreate, type Forbidden } from './permissions';
import type { Actor, Person } from './people';
import { problem, type Problem } from './problems';
import type { State } from './states';
import { easternDate, isHttpsUrl } from './text';
import { nextState, transitions } from './transitions';

export type Refusal =
  | { kind: 'wrongState'; intent: IntentKind | 'create'; state: State }
  | ({ kind: 'forbidden'; intent: IntentKind | 'create' } & Forbidden)
  | { kind: 'incomplete'; intent: IntentKind | 'create'; problems: Problem[] };

export type Decision =
  { ok: true; record: Opportunity; event: AuditEvent } | { ok: false; refusal: Refusal };

export interface DecisionContext {
  now: Date;
  /** The person the record names as cardholder, as stored (needed to submit and post). */
  cardholder: Person | null;
}

function required(field: string, value: string): Problem[] {
  return value ? [] : [problem(field, 'required')];
}

/** What the record must hold, beyond the intent's own shape, for this intent to go ahead. */
function intentProblems(record: Opportunity, intent: Intent, context: DecisionContext): Problem[] {
  const completeness = () =>
    completenessProblems(record.fields, {
      authorId: record.authorId,
      now: context.now,
      cardholder: context.cardholder,
    });
  switch (intent.kind) {
    case 'submit':
    case 'approvePosting':
      return completeness();
    case 'returnToAuthor':
    case 'reject':
      return required('comment', intent.comment);
    case 'cancel':
      return required('reason', intent.reason);
    case 'amend':
      return [...required('en', intent.en), ...required('fr', intent.fr)];
    case 'close':
      return record.fields.closingAt !== null &&
        Date.parse(record.fields.closingAt) <= context.now.getTime()
        ? []
        : [problem('closingAt', 'notYetClosed')];
    case 'award':
      return required('supplierName', intent.supplierName);
    case 'recordDelivery':
      return isHttpsUrl(intent.deliveryUrl)
        ? []
        : [problem('deliveryUrl', intent.deliveryUrl ? 'invalidUrl' : 'required')];
    case 'recordPayment': {
      const problems = required('reference', intent.reference);
      const committed = totalCents(record.fields) ?? 0;
      if (intent.amountCents <= 0) problems.push(problem('amountCents', 'notPositive'));
      else if (intent.amountCents > committed) {
        problems.push(problem('amountCents', 'overCommitted', { committedCents: committed }));
      }
      if (intent.paidOn > easternDate(context.now)) problems.push(problem('paidOn', 'inFuture'));
      return problems;
    }
    default:
      return [];
  }
}

function details(intent: Intent): EventDetails {
  switch (intent.kind) {
    case 'editDraft':
      return { kind: intent.kind, changes: intent.changes };
    case 'amend':
      return { kind: intent.kind, en: intent.en, fr: intent.fr };
    case 'award':
      return { kind: intent.kind, supplierName: intent.supplierName };
    case 'recordDelivery':
      return { kind: intent.kind, deliveryUrl: intent.deliveryUrl };
    case 'recordPayment': {
      const { kind, ...payment } = intent;
      return { kind, payment };
    }
    default:
      return { kind: intent.kind };
  }
}

function commentOf(intent: Intent): string | null {
  if ('comment' in intent) return intent.comment || null;
  if ('reason' in intent) return intent.reason || null;
  return null;
}

/**
 * Decides an intent against the record as stored, in this order: is the transition allowed
 * from this state, may this person do it, is the record complete for it. On success it returns
 * the audit event and the record that event produces.
 */
export function decide(
  record: Opportunity,
  intent: Intent,
  actor: Actor,
  context: DecisionContext,
): Decision {
  const transition = transitions[intent.kind];
  if (!transition.from.includes(record.state)) {
    return { ok: false, refusal: { kind: 'wrongState', intent: intent.kind, state: record.state } };
  }
  const forbidden = mayAct(transition.by, record, actor);
  if (forbidden)
    return { ok: false, refusal: { kind: 'forbidden', intent: intent.kind, ...forbidden } };
  const problems = intentProblems(record, intent, context);
  if (problems.length)
    return { ok: false, refusal: { kind: 'incomplete', intent: intent.kind, problems } };

  const event: AuditEvent = {
    opportunityId: record.id,
    version: record.version + 1,
    at: context.now.toISOString(),
    actorId: actor.id,
    actorName: actor.name,
    from: record.state,
    to: nextState(intent.kind, record.state),
    comment: commentOf(intent),
    details: details(intent),
  };
  return { ok: true, record: evolve(record, event), event };
}

/** Starts a draft; only people with the client role may. */
export function createDraft(
  id: string,
  fields: OpportunityFields,
  actor: Actor,
  now: Date,
): Decision {
  const forbidden = mayCreate(actor);
  if (forbidden)
    return { ok: false, refusal: { kind: 'forbidden', intent: 'create', ...forbidden } };
  const event: AuditEvent = {
    opportunityId: id,
    version: 1,
    at: now.toISOString(),
    actorId: actor.id,
    actorName: actor.name,
    from: null,
    to: 'draft',
    comment: null,
    details: { kind: 'create', authorName: actor.name, fields },
  };
  return { ok: true, record: evolve(null, event), event };
}
