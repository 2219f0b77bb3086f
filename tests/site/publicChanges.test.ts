import { decide } from '../../domain/decide';
import type { IntentKind } from '../../domain/intents';
import type { Opportunity } from '../../domain/opportunity';
import { scheduler, type Actor } from '../../domain/people';
import type { State } from '../../domain/states';
import { intentKinds, transitions } from '../../domain/transitions';
import { opportunityData } from '../../site/openData';
import { renderOpportunityPage } from '../../site/opportunityPage';
import { isPublic } from '../../site/publicView';
import { actor, anOpportunity, beforeClosing, people } from '../support/builders';
import {
  afterClosing,
  aValidIntent,
  closedWithJordanPassing,
  factsFor,
} from '../support/domainArbitraries';

/** What the public site shows of one opportunity: both pages and its open data, or nothing. */
function publicFace(record: Opportunity, now: Date): string | null {
  if (!isPublic(record)) return null;
  return [
    renderOpportunityPage(record, 'en', now),
    renderOpportunityPage(record, 'fr', now),
    opportunityData(record, 'https://example.gc.ca/opportunities', 'fixed'),
  ].join('\n');
}

const beforePosting: State[] = ['draft', 'awaitingFunds', 'awaitingProcurement'];
const everyone: Actor[] = [
  ...[people.author, people.cardholder, people.procurement].map(actor),
  scheduler,
];

/** Each intent from each state it is allowed in, on a record posted if its state says so. */
const cases = intentKinds.flatMap((kind) =>
  transitions[kind].from.map((state) => ({ kind, state, name: `${kind} from ${state}` })),
);

function applied(kind: IntentKind, state: State) {
  const now = kind === 'close' ? afterClosing : beforeClosing;
  const record = anOpportunity({
    state,
    ...closedWithJordanPassing(),
    postedAt: beforePosting.includes(state) ? null : beforeClosing.toISOString(),
  });
  const context = { now, cardholder: people.cardholder, ...factsFor(record, now) };
  for (const who of everyone) {
    const decision = decide(record, aValidIntent(kind, now), who, context);
    if (decision.ok)
      return { before: publicFace(record, now), after: publicFace(decision.record, now) };
  }
  throw new Error(`nobody may ${kind} from ${state}`);
}

/**
 * The site is published again only after changes the transition table marks public
 * (`server/publishing.ts` reads nothing else), so a change the public can see must be marked.
 */
test.each(cases)(
  '$name: if the public site shows it, the table marks it public',
  ({ kind, state }) => {
    const { before, after } = applied(kind, state);
    if (before !== after)
      expect({ kind, public: transitions[kind].public }).toEqual({ kind, public: true });
  },
);

test('the check sees changes: posting, an addendum, a later closing, an answer, closing, the award and its release, delivery, withdrawal', () => {
  const seen = cases.filter(({ kind, state }) => {
    const { before, after } = applied(kind, state);
    return before !== after;
  });
  expect([...new Set(seen.map((c) => c.kind))]).toEqual([
    'approvePosting',
    'amend',
    'extendClosing',
    'answerQuestion',
    'close',
    'award',
    'releaseAward',
    'recordDelivery',
    'cancel',
  ]);
});
