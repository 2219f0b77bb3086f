import { candidatesOf, unevaluated } from '../domain/decide';
import type { EvaluationResult } from '../domain/intents';
import type { Opportunity } from '../domain/opportunity';
import { canSeeWinner, mayAct } from '../domain/permissions';
import { awardStandsStates } from '../domain/transitions';
import { publicUrl } from '../domain/publicUrls';
import { acceptanceCard } from './cards/acceptanceCard';
import { addendumCard } from './cards/addendumCard';
import { deliveryCard } from './cards/deliveryCard';
import { evaluationCard } from './cards/evaluationCard';
import { paymentCard } from './cards/paymentCard';
import { releaseCard } from './cards/releaseCard';
import { winnerFacts } from './cards/winnerFacts';
import type { Card, Element } from './cards/elements';
import { actorOn, type BotDependencies, type Viewer } from './context';

export type Notice = { text: string; tone?: 'Good' | 'Attention' | 'Warning' };

export interface AfterPostingOptions {
  /** Which applicant the evaluation card shows, counted from 0. */
  applicant?: number;
  /** What the author typed on a refused evaluation, shown again instead of what is stored. */
  typed?: readonly EvaluationResult[];
}

/** The latest marks and reasons the author gave each application, from the audit trail. */
async function latestResults(
  deps: BotDependencies,
  record: Opportunity,
): Promise<Map<string, EvaluationResult[]>> {
  const latest = new Map<string, EvaluationResult[]>();
  for (const event of await deps.storage.opportunities.events(record.id)) {
    if (event.details.kind === 'evaluate')
      latest.set(event.details.application, event.details.results);
  }
  return latest;
}

async function evaluationView(
  deps: BotDependencies,
  record: Opportunity,
  viewer: Viewer,
  notice: Notice | undefined,
  options: AfterPostingOptions,
): Promise<Card> {
  const [received, results] = await Promise.all([
    deps.storage.applications.received(record.id),
    latestResults(deps, record),
  ]);
  const answers = new Map(received.map((a) => [a.confirmation, a.answers]));
  const missing = unevaluated(record);
  const count = record.applications.length;
  const firstOpen = Math.max(0, record.applications.indexOf(missing[0] ?? ''));
  const index = Math.min(Math.max(0, options.applicant ?? firstOpen), Math.max(0, count - 1));
  const confirmation = record.applications[index];
  const applicant = confirmation
    ? {
        index,
        count,
        answers: answers.get(confirmation) ?? [],
        results: options.typed ?? results.get(confirmation) ?? null,
      }
    : null;
  return evaluationCard(
    record,
    viewer.locale,
    applicant,
    {
      evaluated: count - missing.length,
      passed: candidatesOf(record).length,
      complete: missing.length === 0,
    },
    notice ? { notice } : {},
  );
}

/** The winner's name and e-mail, for the author and the cardholder; the public name for others. */
export async function winnerFor(
  deps: BotDependencies,
  record: Opportunity,
  viewer: Viewer,
): Promise<Element[]> {
  if (!record.award || !awardStandsStates.includes(record.state)) return [];
  const identity = canSeeWinner(record, await actorOn(deps, record, viewer.person))
    ? await deps.storage.applications.identity(record.id, record.award.winner)
    : null;
  return winnerFacts(record, viewer.locale, identity);
}

/**
 * The card of a step after posting, for the one person who takes it; null when the viewer only
 * watches (they get the status card). Each check is the transition table's, against the stored record.
 */
export async function afterPostingView(
  deps: BotDependencies,
  record: Opportunity,
  viewer: Viewer,
  notice: Notice | undefined,
  options: AfterPostingOptions,
  refresh: Partial<Card>,
): Promise<Card | null> {
  const actor = await actorOn(deps, record, viewer.person);
  const context = notice ? { notice } : {};
  switch (record.state) {
    case 'posted':
      return mayAct('author', record, actor) === null
        ? addendumCard(
            record,
            viewer.locale,
            publicUrl(deps.publicSiteUrl, record.id, viewer.locale),
            context,
          )
        : null;
    case 'evaluating':
      return mayAct('author', record, actor) === null
        ? evaluationView(deps, record, viewer, notice, options)
        : null;
    case 'awardHeld':
      return mayAct('procurement', record, actor) === null
        ? releaseCard(record, viewer.locale, refresh, context)
        : null;
    case 'awarded':
      return mayAct('author', record, actor) === null
        ? deliveryCard(record, viewer.locale, await winnerFor(deps, record, viewer), context)
        : null;
    case 'delivered':
      return mayAct('author', record, actor) === null
        ? acceptanceCard(record, viewer.locale, await winnerFor(deps, record, viewer), context)
        : null;
    case 'accepted':
      return mayAct('cardholder', record, actor) === null
        ? paymentCard(record, viewer.locale, deps.clock(), refresh, context)
        : null;
    default:
      return null;
  }
}
