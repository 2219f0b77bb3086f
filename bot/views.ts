import { blockedCardholder, holdsCardholderRole } from '../domain/blockedCardholder';
import { t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { mayAct } from '../domain/permissions';
import { actorFromPerson, type Person } from '../domain/people';
import { fundCentreHistory, type FundCentreAward } from '../domain/splitting';
import { transitions } from '../domain/transitions';
import { publicUrl } from '../domain/publicUrls';
import { approvalCard } from './cards/approvalCard';
import { statusCard, type ViewContext } from './cards/opportunityCards';
import { refreshAction, type Card } from './cards/elements';
import { actorAmong, actorOn, type BotDependencies, type Viewer } from './context';
import { afterPostingView, winnerFor, type AfterPostingOptions } from './afterPostingViews';

/** Of the people as stored, those who may decide the current approval step. */
export function approversAmong(
  people: readonly Person[],
  record: Opportunity,
  now: Date,
): Person[] {
  if (record.state !== 'awaitingFunds' && record.state !== 'awaitingProcurement') return [];
  const step =
    record.state === 'awaitingFunds' ? transitions.approveFunds : transitions.approvePosting;
  return people.filter((p) => mayAct(step.by, record, actorAmong(p, people, now)) === null);
}

/**
 * What the cards of one change read in common, each read once however many people are shown a
 * card: an approval of funds asks every procurement officer, and each card shows the same fund
 * centre's history (read once per officer before: docs/benchmarks.md, "Load, profiled").
 */
export interface SharedReads {
  cardholder(): Promise<Person | null>;
  fundCentreAwards(): Promise<FundCentreAward[]>;
}

function once<T>(read: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | null = null;
  return () => (result ??= read());
}

export function sharedReads(deps: BotDependencies, record: Opportunity): SharedReads {
  const { cardholderId, fundCentre } = record.fields;
  return {
    cardholder: once(async () => (cardholderId ? deps.storage.people.get(cardholderId) : null)),
    fundCentreAwards: once(() => deps.storage.opportunities.fundCentreAwards(fundCentre)),
  };
}

export interface ViewOptions extends AfterPostingOptions {
  /** The reads this card shares with the other cards of the same change. */
  shared?: SharedReads;
}

/**
 * The card a given person sees for an opportunity: the approval card with its buttons for the
 * one who may decide now, the read-only status card for everyone else. Cards live in personal
 * chats, so `refresh.userIds` names the reader when the reader may decide.
 */
export async function viewFor(
  deps: BotDependencies,
  record: Opportunity,
  viewer: Viewer,
  notice?: ViewContext['notice'],
  options: ViewOptions = {},
): Promise<Card> {
  const { locale } = viewer;
  const shared = options.shared ?? sharedReads(deps, record);
  const refreshFor: Partial<Card> = viewer.teamsUserId
    ? {
        refresh: {
          action: refreshAction({ opportunityId: record.id }),
          userIds: [viewer.teamsUserId],
        },
      }
    : {};
  const step = await afterPostingView(deps, record, viewer, notice, options, refreshFor);
  if (step) return step;
  const approval =
    record.state === 'awaitingFunds' ? transitions.approveFunds : transitions.approvePosting;
  const decides =
    (record.state === 'awaitingFunds' || record.state === 'awaitingProcurement') &&
    mayAct(approval.by, record, await actorOn(deps, record, viewer.person)) === null;
  const cardholder = record.state === 'awaitingFunds' ? await shared.cardholder() : null;
  const waitingForName =
    record.state === 'awaitingProcurement'
      ? t(locale, 'bot.waiting.procurement')
      : (cardholder?.name ?? null);
  const posted = record.postedAt !== null && record.state !== 'cancelled';
  // Nobody can approve the funds until the author names another cardholder: every card says so.
  const blocked = blockedCardholder(record, cardholder);
  const shown: ViewContext['notice'] =
    notice ??
    (blocked
      ? {
          text: t(locale, 'blocked.cardholderLostRole', { name: blocked.cardholderName }),
          tone: 'Warning',
        }
      : undefined);
  const context: ViewContext = {
    locale,
    approverTeamsIds: decides && viewer.teamsUserId ? [viewer.teamsUserId] : [],
    waitingForName,
    ...(await reassigningFor(deps, record, viewer)),
    ...(shown ? { notice: shown } : {}),
    ...(posted ? { publicUrl: publicUrl(deps.publicSiteUrl, record.id, locale) } : {}),
  };
  if (decides && record.state === 'awaitingProcurement') {
    // The contract-splitting guardrail, beside the CFOB's decision.
    const history = fundCentreHistory(record, await shared.fundCentreAwards(), deps.clock());
    return approvalCard(record, { ...context, fundCentreHistory: history });
  }
  if (decides) return approvalCard(record, context);
  const status = statusCard(record, context);
  const winner = await winnerFor(deps, record, viewer);
  return winner.length ? { ...status, body: [...status.body, ...winner] } : status;
}

/** The author, while the funds wait, may name another cardholder from their card. */
async function reassigningFor(
  deps: BotDependencies,
  record: Opportunity,
  viewer: Viewer,
): Promise<Pick<ViewContext, 'reassigning'>> {
  const { changeCardholder } = transitions;
  if (
    !changeCardholder.from.includes(record.state) ||
    mayAct(changeCardholder.by, record, actorFromPerson(viewer.person)) !== null
  )
    return {};
  const cardholders = (await deps.storage.people.directory())
    .filter((p) => holdsCardholderRole(p))
    .filter((p) => p.id !== record.authorId && p.id !== record.fields.cardholderId)
    .map((p) => ({ id: p.id, name: p.name }));
  return { reassigning: { cardholders } };
}
