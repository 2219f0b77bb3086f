import type { Awaiting } from './awaiting';
import { awaiting } from './awaiting';
import { addBusinessDays, businessDaysBetween } from './businessDays';
import { unevaluated } from './decide';
import type { Opportunity } from './opportunity';
import type { State } from './states';
import { easternToInstant } from './text';

/** The steps that wait for a person, each with a target in business days. */
export const steps = [
  'fundsApproval',
  'postingApproval',
  'evaluation',
  'award',
  'delivery',
  'acceptance',
  'payment',
  'questionAnswer',
] as const;
export type Step = (typeof steps)[number];

/** The steps whose target is a setting; delivery's is the opportunity's own delivery date. */
export type TargetedStep = Exclude<Step, 'delivery'>;

/** Business days each step may take. Evaluation and award both count from closing. */
export type StepTargets = Readonly<Record<TargetedStep, number>>;

export const defaultStepTargets: StepTargets = {
  fundsApproval: 2,
  postingApproval: 2,
  evaluation: 5,
  award: 7,
  acceptance: 5,
  // The pilot promised suppliers fast payment.
  payment: 5,
  questionAnswer: 2,
};

/**
 * The target a whole stage is measured against on the dashboard, by state: `evaluating` lasts
 * from closing to the award, so it is measured against the award's target; a held award and the
 * delivery (a date of its own) have none.
 */
export function stateTarget(state: State, targets: StepTargets): number | null {
  switch (state) {
    case 'awaitingFunds':
      return targets.fundsApproval;
    case 'awaitingProcurement':
      return targets.postingApproval;
    case 'evaluating':
      return targets.award;
    case 'delivered':
      return targets.acceptance;
    case 'accepted':
      return targets.payment;
    default:
      return null;
  }
}

/** A step an opportunity waits at, and how it stands against its target. */
export interface Wait {
  step: Step;
  /** Whom it waits for (a person, or anyone with a role). */
  awaiting: NonNullable<Awaiting>;
  /** When the wait began: the instant its count starts from. */
  since: string;
  /** Business days waited so far. */
  waited: number;
  /** Business days allowed; null for delivery, whose target is a date. */
  target: number | null;
  /** When the step becomes overdue. */
  dueAt: string;
  overdue: boolean;
}

/** Which step a state waits at, and since when, or null when no person holds it up. */
function stepOf(record: Opportunity): { step: Step; since: string } | null {
  const closedAt = record.closedAt ?? record.stateSince;
  switch (record.state) {
    case 'awaitingFunds':
      return { step: 'fundsApproval', since: record.stateSince };
    case 'awaitingProcurement':
      return { step: 'postingApproval', since: record.stateSince };
    case 'evaluating':
      return { step: unevaluated(record).length ? 'evaluation' : 'award', since: closedAt };
    case 'awardHeld':
      return { step: 'award', since: closedAt };
    case 'awarded':
      return { step: 'delivery', since: record.awardedAt ?? record.stateSince };
    case 'delivered':
      return { step: 'acceptance', since: record.stateSince };
    case 'accepted':
      return { step: 'payment', since: record.acceptance?.certifiedAt ?? record.stateSince };
    default:
      // A draft is the author's own; a posted opportunity waits for its closing time.
      return null;
  }
}

/** Delivery is due by the end of the delivery date, Eastern time. */
function deliveryDue(record: Opportunity, since: string): string {
  const date = record.fields.deliveryDate;
  const nextDay = date
    ? new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
    : null;
  return (nextDay && easternToInstant(nextDay, '00:00')) ?? since;
}

/** Where a stored opportunity waits at `now`, for whom, and whether past its target. */
export function waitOf(record: Opportunity, now: Date, targets: StepTargets): Wait | null {
  const at = stepOf(record);
  const who = awaiting(record);
  if (!at || !who) return null;
  const target = at.step === 'delivery' ? null : targets[at.step];
  const dueAt =
    target === null
      ? deliveryDue(record, at.since)
      : addBusinessDays(new Date(at.since), target).toISOString();
  return {
    step: at.step,
    awaiting: who,
    since: at.since,
    waited: businessDaysBetween(new Date(at.since), now),
    target,
    dueAt,
    overdue: now.getTime() > Date.parse(dueAt),
  };
}

/** Numbers of the questions the author has neither answered nor declined. */
export function unansweredQuestions(
  record: Pick<Opportunity, 'answers' | 'declinedQuestions'>,
  received: ReadonlyArray<{ number: string }>,
): string[] {
  const settled = new Set([...record.answers.map((a) => a.question), ...record.declinedQuestions]);
  return received.map((q) => q.number).filter((n) => !settled.has(n));
}

/** A supplier's question waits for the author's answer from when it was received. */
export function questionWait(
  record: Pick<Opportunity, 'authorId'>,
  receivedAt: string,
  now: Date,
  targets: StepTargets,
): Wait {
  const dueAt = addBusinessDays(new Date(receivedAt), targets.questionAnswer).toISOString();
  return {
    step: 'questionAnswer',
    awaiting: { personId: record.authorId },
    since: receivedAt,
    waited: businessDaysBetween(new Date(receivedAt), now),
    target: targets.questionAnswer,
    dueAt,
    overdue: now.getTime() > Date.parse(dueAt),
  };
}
