import type { Locale } from '../domain/locale';
import { t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { mayAct } from '../domain/permissions';
import { actorFromPerson, type Person } from '../domain/people';
import { transitions } from '../domain/transitions';
import { publicUrl } from '../site/urls';
import { approvalCard, statusCard, type ViewContext } from './cards/opportunityCards';
import type { Card } from './cards/elements';
import type { BotDependencies } from './context';

/** The people who may decide the current approval step, as stored. */
export async function approversOf(deps: BotDependencies, record: Opportunity): Promise<Person[]> {
  if (record.state !== 'awaitingFunds' && record.state !== 'awaitingProcurement') return [];
  const step =
    record.state === 'awaitingFunds' ? transitions.approveFunds : transitions.approvePosting;
  const people = await deps.storage.people.list();
  return people.filter((p) => mayAct(step.by, record, actorFromPerson(p)) === null);
}

/**
 * The card a given person sees for an opportunity: the approval card with its buttons for the
 * one who may decide now, the read-only status card for everyone else.
 */
export async function viewFor(
  deps: BotDependencies,
  record: Opportunity,
  viewer: Person,
  locale: Locale,
  notice?: ViewContext['notice'],
): Promise<Card> {
  const approvers = await approversOf(deps, record);
  const chats = await Promise.all(approvers.map((p) => deps.storage.conversations.get(p.id)));
  const approverTeamsIds = chats.flatMap((chat) => (chat ? [chat.teamsUserId] : []));
  const waitingForName =
    record.state === 'awaitingProcurement'
      ? t(locale, 'bot.waiting.procurement')
      : record.state === 'awaitingFunds'
        ? (approvers[0]?.name ?? null)
        : null;
  const posted = record.postedAt !== null && record.state !== 'cancelled';
  const context: ViewContext = {
    locale,
    approverTeamsIds,
    waitingForName,
    ...(notice ? { notice } : {}),
    ...(posted ? { publicUrl: publicUrl(deps.publicSiteUrl, record.id, locale) } : {}),
  };
  return approvers.some((p) => p.id === viewer.id)
    ? approvalCard(record, context)
    : statusCard(record, context);
}
