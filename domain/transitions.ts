import type { IntentKind } from './intents';
import { states, type State } from './states';

/**
 * Who may ask for a change, relative to the opportunity:
 * - author: the person who drafted it;
 * - cardholder: the cardholder it names (section 32 of the FAA);
 * - procurement: any procurement officer (CFOB) who is neither its author nor its cardholder;
 * - approver: whoever the current approval step waits for (cardholder, then procurement);
 * - authorOrProcurement: either of those;
 * - system: the scheduler, never a person.
 */
export type Party =
  'author' | 'cardholder' | 'procurement' | 'approver' | 'authorOrProcurement' | 'system';

/** Whom the bot writes to in their personal chat after a change (`bot/notify.ts` says what). */
export type Audience = 'author' | 'cardholder' | 'procurement';

/**
 * Where a person takes the step: the draft's own card and editor, the card (and tab panel) of a
 * decision with a comment, the card and form of a step after posting, or a supplier's question
 * (its card and the tab's Questions panel), the tab's form naming another cardholder; the
 * scheduler needs none.
 */
export type Surface = 'draft' | 'decision' | 'step' | 'question' | 'reassign' | 'scheduler';

export interface Transition {
  from: readonly State[];
  /** `from` keeps the state as it is (an edit or an addendum). */
  to: State | 'unchanged';
  /** Where `decide` sends it instead when a rule holds it (the contract-splitting hold). */
  orTo?: State;
  by: Party;
  /** It changes what the public site shows: the site is published again once it is stored. */
  public: boolean;
  /** Every card about the opportunity says who did it ("Funds approved by …"). */
  announced: boolean;
  /** Who is written to about it in Teams, besides the cards being updated. */
  tells: readonly Audience[];
  surface: Surface;
}

/** FAA s.34: once the work is certified the supplier is owed payment, so cancelling stops there. */
const cancellable = states.filter(
  (s) => !['accepted', 'paid', 'cancelled', 'rejected'].includes(s),
);

/**
 * The lifecycle at a glance: one row an intent. When the contract-splitting rule holds an award,
 * the procurement officers who may release it and the author are told, not the cardholder. After `approveFunds`, the author is told instead
 * when no procurement officer can be reached.
 */
// prettier-ignore
const table = {
  editDraft:      { from: ['draft'],                                to: 'unchanged',           by: 'author',              public: false, announced: false, tells: [],                                      surface: 'draft' },
  submit:         { from: ['draft'],                                to: 'awaitingFunds',       by: 'author',              public: false, announced: false, tells: ['cardholder'],                          surface: 'draft' },
  approveFunds:   { from: ['awaitingFunds'],                        to: 'awaitingProcurement', by: 'cardholder',          public: false, announced: true,  tells: ['procurement'],                         surface: 'decision' },
  approvePosting: { from: ['awaitingProcurement'],                  to: 'posted',              by: 'procurement',         public: true,  announced: true,  tells: ['author'],                              surface: 'decision' },
  returnToAuthor: { from: ['awaitingFunds', 'awaitingProcurement'], to: 'draft',               by: 'approver',            public: false, announced: true,  tells: ['author'],                              surface: 'decision' },
  reject:         { from: ['awaitingFunds', 'awaitingProcurement'], to: 'rejected',            by: 'approver',            public: false, announced: true,  tells: ['author'],                              surface: 'decision' },
  changeCardholder:{ from: ['awaitingFunds'],                       to: 'unchanged',           by: 'author',              public: false, announced: true,  tells: ['cardholder'],                          surface: 'reassign' },
  amend:          { from: ['posted'],                               to: 'unchanged',           by: 'author',              public: true,  announced: false, tells: [],                                      surface: 'step' },
  extendClosing:  { from: ['posted'],                               to: 'unchanged',           by: 'author',              public: true,  announced: false, tells: [],                                      surface: 'step' },
  answerQuestion: { from: ['posted'],                               to: 'unchanged',           by: 'author',              public: true,  announced: false, tells: [],                                      surface: 'question' },
  declineQuestion:{ from: ['posted'],                               to: 'unchanged',           by: 'author',              public: false, announced: false, tells: [],                                      surface: 'question' },
  close:          { from: ['posted'],                               to: 'evaluating',          by: 'system',              public: true,  announced: false, tells: ['author'],                              surface: 'scheduler' },
  evaluate:       { from: ['evaluating'],                           to: 'unchanged',           by: 'author',              public: false, announced: false, tells: [],                                      surface: 'step' },
  award:          { from: ['evaluating'],                           to: 'awarded',             by: 'author',              public: true,  announced: true,  tells: ['author', 'cardholder', 'procurement'], surface: 'step', orTo: 'awardHeld' },
  releaseAward:   { from: ['awardHeld'],                            to: 'awarded',             by: 'procurement',         public: true,  announced: true,  tells: ['author', 'cardholder'],                surface: 'step' },
  recordDelivery: { from: ['awarded'],                              to: 'delivered',           by: 'author',              public: true,  announced: true,  tells: [],                                      surface: 'step' },
  accept:         { from: ['delivered'],                            to: 'accepted',            by: 'author',              public: true,  announced: true,  tells: ['cardholder'],                          surface: 'step' },
  recordPayment:  { from: ['accepted'],                             to: 'paid',                by: 'cardholder',          public: true,  announced: true,  tells: ['author'],                              surface: 'step' },
  cancel:         { from: cancellable,                              to: 'cancelled',           by: 'authorOrProcurement', public: true,  announced: true,  tells: [],                                      surface: 'step' },
} as const satisfies Record<IntentKind, Transition>;

export const transitions: Readonly<Record<IntentKind, Transition>> = table;

/** Every intent, in the table's order. */
export const intentKinds = Object.keys(table) as IntentKind[];

/** The intents whose row says `field` is `value`, typed as those intents. */
type Where<F extends keyof Transition, V> = {
  [K in IntentKind]: (typeof table)[K] extends Readonly<Record<F, V>> ? K : never;
}[IntentKind];

/** The intents taken on this surface. */
export type IntentOn<S extends Surface> = Where<'surface', S>;

export function intentsOn<S extends Surface>(surface: S): IntentOn<S>[] {
  return intentKinds.filter((kind): kind is IntentOn<S> => transitions[kind].surface === surface);
}

export function isIntentOn<S extends Surface>(surface: S, kind: string): kind is IntentOn<S> {
  return (intentsOn(surface) as string[]).includes(kind);
}

/** The intents every card about the opportunity names, with who took them. */
export type AnnouncedIntent = Where<'announced', true>;

export function isAnnounced(kind: IntentKind): kind is AnnouncedIntent {
  return transitions[kind].announced;
}

/** The intents after which someone is written to: `bot/notify.ts` must say what to each. */
export type TellingIntent = Where<'tells', readonly [Audience, ...Audience[]]>;

export function tellsSomeone(kind: IntentKind): kind is TellingIntent {
  return transitions[kind].tells.length > 0;
}

export function nextState(kind: IntentKind, from: State): State {
  const to = transitions[kind].to;
  return to === 'unchanged' ? from : to;
}

/** The states the table reaches from `from` (itself included), in lifecycle order. */
export function statesFrom(from: State): State[] {
  const reached = new Set<State>([from]);
  let size = 0;
  while (size !== reached.size) {
    size = reached.size;
    for (const kind of intentKinds) {
      const { from: sources, orTo } = transitions[kind];
      for (const source of sources.filter((s) => reached.has(s))) {
        reached.add(nextState(kind, source));
        if (orTo) reached.add(orTo);
      }
    }
  }
  return states.filter((s) => reached.has(s));
}

/** The states on the way from `from` to `to`, both included, in lifecycle order. */
export function statesBetween(from: State, to: State): State[] {
  return statesFrom(from).filter((s) => statesFrom(s).includes(to));
}

/** Once posted, an opportunity stays public, whatever becomes of it. */
export const postedStates: readonly State[] = statesFrom('posted');

/**
 * Where an application form is still checked against the opportunity, from posting until the
 * award stands (after the closing time it is told so); later, or once cancelled, there is none.
 */
export const applicationFormStates: readonly State[] = statesBetween('posted', 'awarded');

/** From the award to the payment: the award stands and its winner is known. */
export const awardStandsStates: readonly State[] = statesBetween('awarded', 'paid');

/** The ends without payment: where cancelling and rejecting lead. */
export const abandonedStates: readonly State[] = [table.cancel.to, table.reject.to];

/** Intents that end an opportunity without payment: the tab asks to confirm them first. */
export function abandons(kind: IntentKind): boolean {
  const to = transitions[kind].to;
  return to !== 'unchanged' && abandonedStates.includes(to);
}
