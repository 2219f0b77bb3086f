import type { AwardFacts, ClosingFacts, DecisionContext, QuestionFacts } from '../domain/decide';
import type { Intent } from '../domain/intents';
import type { Opportunity } from '../domain/opportunity';
import type { Person } from '../domain/people';
import { postingPeriod } from '../domain/postingPeriod';
import type { FundCentreAward } from '../domain/splitting';

/** Reads what closing and awarding need from the applications' tables (see ApplicationStore). */
export interface AfterPostingFacts {
  closingFacts(record: Opportunity): Promise<ClosingFacts>;
  awardFacts(record: Opportunity): Promise<Omit<AwardFacts, 'fundCentreAwards'>>;
}

/** Where the facts a decision needs beyond the record are read (the other tables). */
export interface DecisionSources {
  people: { get(id: string): Promise<Person | null> };
  facts: AfterPostingFacts | null;
  questions: { questionFacts(id: string): Promise<QuestionFacts> } | null;
  /** The confirmations of the applications withdrawn from the opportunity. */
  withdrawn(id: string): Promise<ReadonlySet<string>>;
  fundCentreAwards(fundCentre: string): Promise<FundCentreAward[]>;
  minPostingBusinessDays: number;
}

/** What `decide` needs beyond the record for this intent: only what this intent reads. */
export async function decisionContext(
  record: Opportunity,
  intent: Intent,
  now: Date,
  sources: DecisionSources,
): Promise<DecisionContext> {
  const needsCardholder = intent.kind === 'submit' || intent.kind === 'approvePosting';
  const cardholder =
    needsCardholder && record.fields.cardholderId
      ? await sources.people.get(record.fields.cardholderId)
      : null;
  if (needsCardholder)
    return { now, cardholder, postingPeriod: postingPeriod(now, sources.minPostingBusinessDays) };
  if (intent.kind === 'changeCardholder') {
    // The person the author names, as stored: never the card's or the browser's word for it.
    const proposed = intent.cardholderId ? await sources.people.get(intent.cardholderId) : null;
    return { now, cardholder, proposedCardholder: proposed };
  }
  if (
    (intent.kind === 'answerQuestion' || intent.kind === 'declineQuestion') &&
    sources.questions &&
    record.state === 'posted'
  ) {
    return { now, cardholder, questions: await sources.questions.questionFacts(record.id) };
  }
  if (intent.kind === 'close' && sources.facts && record.state === 'posted') {
    const [closing, withdrawn] = await Promise.all([
      sources.facts.closingFacts(record),
      sources.withdrawn(record.id),
    ]);
    // A withdrawn application is neither evaluated nor in the draw: closing leaves it out.
    const applications = closing.applications.filter((a) => !withdrawn.has(a));
    return { now, cardholder, closing: { ...closing, applications } };
  }
  if (intent.kind === 'award' && sources.facts && record.state === 'evaluating') {
    const [facts, fundCentreAwards] = await Promise.all([
      sources.facts.awardFacts(record),
      sources.fundCentreAwards(record.fields.fundCentre),
    ]);
    return { now, cardholder, award: { ...facts, fundCentreAwards } };
  }
  return { now, cardholder };
}
