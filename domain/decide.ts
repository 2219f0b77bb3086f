import { questionReplyTexts } from './questionStatus';
import { newCardholderProblems } from './blockedCardholder';
import { completenessProblems, totalCents, type PostingPeriod } from './completeness';
import { draw, drawCommitment } from './draw';
import { evolve, type AuditEvent, type EventDetails, type Refusal } from './events';
import type { Intent } from './intents';
import type { AwardRecord, Opportunity, OpportunityFields } from './opportunity';
import { actingFor, mayAct, mayCreate } from './permissions';
import type { Actor, Person } from './people';
import { problem, type Problem } from './problems';
import { splittingConcern, type FundCentreAward } from './splitting';
import { err, ok, type Result } from './result';
import { easternDate, isHttpsUrl } from './text';
import { nextState, transitions } from './transitions';
import { paymentDates } from './paymentDates';

export type { Refusal } from './events';

export type Decision =
  { ok: true; record: Opportunity; event: AuditEvent } | { ok: false; refusal: Refusal };

export interface DecisionContext {
  now: Date;
  /** The person the record names as cardholder, as stored (needed to submit and post). */
  cardholder: Person | null;
  /** For `submit` and `approvePosting`: the minimum posting period as of `now`. */
  postingPeriod?: PostingPeriod;
  /** For `changeCardholder`, read by the store: the person the intent names, as stored. */
  proposedCardholder?: Person | null;
  /** For `close`, read by the store: what closing fixes. */
  closing?: ClosingFacts;
  /** For `award`, read by the store: what the draw and the award need beyond the record. */
  award?: AwardFacts;
  /** For answering or declining a question, read by the store: the questions received. */
  questions?: QuestionFacts;
}

export interface QuestionFacts {
  /** Numbers of the questions received for the opportunity. */
  received: string[];
}

export interface ClosingFacts {
  /** Confirmation numbers of the applications received before the closing time. */
  applications: string[];
  /** The commitment to the draw's secret, published from now on. */
  drawCommitment: string;
}

export interface AwardFacts {
  /** The draw's secret, kept since closing where no view reads it. */
  secret: string;
  /** Who applied, by confirmation number: read only for the winner's name and supplier key. */
  suppliers: Readonly<Record<string, { name: string; key: string }>>;
  /** The fund centre's awards of the last twelve months or more, for the contract-splitting rule. */
  fundCentreAwards: readonly FundCentreAward[];
}

/** The applications that passed every criterion. */
export function candidatesOf(record: Opportunity): string[] {
  return record.applications.filter((code) => {
    const passes = record.evaluations[code];
    return passes !== undefined && passes.length > 0 && passes.every(Boolean);
  });
}

/** What is missing before the author can draw: applications not yet evaluated. */
export function unevaluated(record: Opportunity): string[] {
  return record.applications.filter(
    (code) => record.evaluations[code]?.length !== record.fields.evaluationCriteria.length,
  );
}

/** The draw and award an `award` intent would record, or why it cannot. */
export function awardOf(
  record: Opportunity,
  context: DecisionContext,
): Result<AwardRecord, Problem[]> {
  const missing = unevaluated(record);
  if (missing.length)
    return err([problem('evaluations', 'notEvaluated', { count: missing.length })]);
  const candidates = candidatesOf(record);
  if (!candidates.length) return err([problem('evaluations', 'noneQualified')]);
  const facts = context.award;
  if (!facts || !record.drawCommitment || drawCommitment(facts.secret) !== record.drawCommitment) {
    return err([problem('drawCommitment', 'drawMismatch')]);
  }
  const result = draw(record.id, facts.secret, candidates);
  const supplier = facts.suppliers[result.winner];
  if (!supplier) return err([problem('supplierName', 'required')]);
  return ok({
    secret: facts.secret,
    ...result,
    supplierName: supplier.name,
    supplierKey: supplier.key,
    splitting: splittingConcern(record, supplier.key, facts.fundCentreAwards, context.now),
    releaseReason: null,
  });
}

/**
 * A new closing only ever later than the one published (suppliers planned on it), and still
 * before the work starts: applications are evaluated between the two.
 */
function closingExtensionProblems(record: Opportunity, closingAt: string): Problem[] {
  if (!closingAt) return [problem('closingAt', 'required')];
  const current = record.fields.closingAt;
  if (current && Date.parse(closingAt) <= Date.parse(current))
    return [problem('closingAt', 'notLaterThanClosing', { closingAt: current })];
  const start = record.fields.startDate;
  if (start && start <= easternDate(closingAt))
    return [problem('startDate', 'notAfter', { other: 'closingAt' })];
  return [];
}

function required(field: string, value: string): Problem[] {
  return value ? [] : [problem(field, 'required')];
}

/**
 * The decisions that must say why, checked alike by the tab before it asks to confirm and here:
 * returning and rejecting with a comment the author reads, cancelling with a reason kept.
 */
export function explanationProblems(intent: Intent): Problem[] {
  switch (intent.kind) {
    case 'returnToAuthor':
    case 'reject':
    case 'changeCardholder':
      return required('comment', intent.comment.trim());
    case 'cancel':
      return required('reason', intent.reason.trim());
    default:
      return [];
  }
}

/** What the record must hold, beyond the intent's own shape, for this intent to go ahead. */
function intentProblems(record: Opportunity, intent: Intent, context: DecisionContext): Problem[] {
  const completeness = () =>
    completenessProblems(record.fields, {
      authorId: record.authorId,
      now: context.now,
      cardholder: context.cardholder,
      ...(context.postingPeriod ? { postingPeriod: context.postingPeriod } : {}),
    });
  switch (intent.kind) {
    case 'submit':
    case 'approvePosting':
      return completeness();
    case 'returnToAuthor':
    case 'reject':
    case 'cancel':
      return explanationProblems(intent);
    case 'changeCardholder':
      return [
        ...newCardholderProblems(record, intent.cardholderId, context.proposedCardholder ?? null),
        ...explanationProblems(intent),
      ];
    case 'amend':
      return [...required('en', intent.en), ...required('fr', intent.fr)];
    case 'extendClosing':
      return [
        ...closingExtensionProblems(record, intent.closingAt),
        ...required('en', intent.en),
        ...required('fr', intent.fr),
      ];
    case 'close':
      if (
        record.fields.closingAt === null ||
        Date.parse(record.fields.closingAt) > context.now.getTime()
      )
        return [problem('closingAt', 'notYetClosed')];
      return context.closing ? [] : [problem('drawCommitment', 'required')];
    case 'evaluate': {
      if (!record.applications.includes(intent.application))
        return [problem('application', 'unknownApplication')];
      const count = record.fields.evaluationCriteria.length;
      if (intent.results.length !== count) return [problem('results', 'wrongCount', { count })];
      return intent.results.flatMap((r, i) => required(`results[${i}].rationale`, r.rationale));
    }
    case 'releaseAward':
      return required('reason', intent.reason);
    case 'answerQuestion':
    case 'declineQuestion': {
      const settled = [...record.answers.map((a) => a.question), ...record.declinedQuestions];
      if (
        !context.questions?.received.includes(intent.question) ||
        settled.includes(intent.question)
      )
        return [problem('question', 'unknownQuestion')];
      if (intent.kind === 'declineQuestion')
        return questionReplyTexts.declineQuestion.flatMap((f) => required(f, intent[f]));
      return questionReplyTexts.answerQuestion.flatMap((f) => required(f, intent[f]));
    }
    case 'accept': {
      const count = record.fields.acceptanceCriteria.length;
      if (intent.checks.length !== count) return [problem('checks', 'wrongCount', { count })];
      const problems = intent.checks.flatMap((c, i) => [
        ...required(`checks[${i}].note`, c.note),
        ...(c.met ? [] : [problem(`checks[${i}].met`, 'criterionNotMet')]),
      ]);
      if (!intent.certified) problems.push(problem('certified', 'mustConfirm'));
      return problems;
    }
    case 'recordDelivery':
      return isHttpsUrl(intent.deliveryUrl)
        ? []
        : [problem('deliveryUrl', intent.deliveryUrl ? 'invalidUrl' : 'required')];
    case 'recordPayment': {
      const problems = required('reference', intent.reference);
      const committed = totalCents(record.fields) ?? 0;
      // The payment's amount, not the opportunity's value, which the field's name also means.
      const paid = { label: 'field.paidAmount' };
      if (intent.amountCents <= 0) problems.push(problem('amountCents', 'notPositive', paid));
      else if (intent.amountCents > committed) {
        problems.push(
          problem('amountCents', 'overCommitted', { ...paid, committedCents: committed }),
        );
      }
      const { earliest, latest } = paymentDates(record, context.now);
      if (intent.paidOn > latest) problems.push(problem('paidOn', 'inFuture'));
      else if (earliest && intent.paidOn < earliest)
        problems.push(problem('paidOn', 'beforeAcceptance', { date: earliest }));
      return problems;
    }
    default:
      return [];
  }
}

function details(
  record: Opportunity,
  intent: Intent,
  context: DecisionContext,
  award: AwardRecord | null,
): EventDetails {
  switch (intent.kind) {
    case 'close':
      return { kind: intent.kind, ...context.closing! };
    case 'evaluate':
      return { kind: intent.kind, application: intent.application, results: intent.results };
    case 'award':
      return { kind: intent.kind, award: award! };
    case 'accept':
      return { kind: intent.kind, checks: intent.checks };
    case 'editDraft':
      return { kind: intent.kind, changes: intent.changes };
    case 'changeCardholder':
      return {
        kind: intent.kind,
        cardholderId: intent.cardholderId,
        cardholderName: context.proposedCardholder?.name ?? intent.cardholderId,
        previousCardholderId: record.fields.cardholderId,
      };
    case 'amend':
      return { kind: intent.kind, en: intent.en, fr: intent.fr };
    case 'extendClosing':
      return { ...intent, from: record.fields.closingAt ?? '' };
    case 'answerQuestion':
      return { ...intent };
    case 'declineQuestion':
      return { kind: intent.kind, question: intent.question };
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
  const award = intent.kind === 'award' ? awardOf(record, context) : null;
  if (award && !award.ok) problems.push(...award.error);
  if (problems.length)
    return { ok: false, refusal: { kind: 'incomplete', intent: intent.kind, problems } };
  const awarded = award?.ok ? award.value : null;
  const principal = actingFor(transition.by, record, actor);

  const event: AuditEvent = {
    opportunityId: record.id,
    version: record.version + 1,
    at: context.now.toISOString(),
    actorId: actor.id,
    actorName: actor.name,
    ...(principal ? { onBehalfOf: principal } : {}),
    from: record.state,
    to: awarded?.splitting ? 'awardHeld' : nextState(intent.kind, record.state),
    comment: commentOf(intent),
    details: details(record, intent, context, awarded),
  };
  return { ok: true, record: evolve(record, event), event };
}

/** Starts a draft; only people with the client role may. */
export function createDraft(
  id: string,
  fields: OpportunityFields,
  actor: Actor,
  now: Date,
  copiedFrom?: string,
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
    details: {
      kind: 'create',
      authorName: actor.name,
      fields,
      ...(copiedFrom ? { copiedFrom } : {}),
    },
  };
  return { ok: true, record: evolve(null, event), event };
}
