import { localeFromTag, type Locale } from '../domain/locale';
import { t } from '../domain/messages';
import { refusalText } from './refusalText';
import { readOpportunityId, type Opportunity } from '../domain/opportunity';
import { mayCreate, mayRead } from '../domain/permissions';
import { actorFromPerson, roles } from '../domain/people';
import { showDraft } from './draftActions';
import { copyCommand } from './copyCommand';
import type { Card } from './cards/elements';
import { listCard, messageCard } from './cards/opportunityCards';
import { actorOn, type BotDependencies, type Speaker, type Turn } from './context';
import { viewFor } from './views';
import type { Page } from '../storage/opportunityQueries';

const listSize = 20;

/** Teams puts the bot's mention in the text of channel messages; commands ignore it and case. */
export function normaliseCommand(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The author's list, newest first; read while the person is looked up (`handleMessage`). */
function mine(listed: Page, who: Speaker): Card {
  const newest = [...listed.items].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return listCard(
    newest.slice(0, listSize),
    who.locale,
    newest.length > listSize || listed.continuationToken !== undefined,
  );
}

async function status(
  deps: BotDependencies,
  who: Speaker,
  id: string,
  record: Opportunity | null,
): Promise<Card> {
  if (!record) return messageCard(t(who.locale, 'outcome.notFound', { id }), 'Attention');
  if (!mayRead(record, await actorOn(deps, record, who.person)))
    return messageCard(t(who.locale, 'bot.status.notAllowed', { id }), 'Attention');
  return viewFor(deps, record, who);
}

/**
 * What a command reads whatever the person turns out to be, started before they are looked up so
 * that neither waits on the other: a typed status names its opportunity, and "mine" lists what the
 * speaker (their Entra object id, as the turn names them) authored. Nothing read here is shown
 * before the person as stored is known and allowed to see it.
 */
function readAhead(deps: BotDependencies, turn: Turn, word: string, argument: string) {
  if (statusWords.has(word)) {
    const id = readOpportunityId(argument);
    return { id, record: id ? deps.storage.opportunities.get(id) : null };
  }
  if (mineWords.has(word))
    return {
      authorId: turn.user.aadObjectId,
      listed: authored(deps, turn.user.aadObjectId),
    };
  return {};
}

function authored(deps: BotDependencies, personId: string): Promise<Page> {
  return deps.storage.opportunities.list({ kind: 'author', personId }, { size: 100 });
}

const statusWords = new Set(['status', 'statut']);
const mineWords = new Set(['mine', 'mes']);

async function switchLanguage(deps: BotDependencies, who: Speaker, locale: Locale): Promise<Card> {
  await deps.storage.people.setChosenLocale(who.person.id, locale);
  return messageCard(t(locale, 'bot.languageSet'));
}

/** Help for the roles the person holds, in the order of the work, then what everyone can do. */
function helpText({ person, locale }: Speaker): string {
  const parts = [t(locale, 'bot.help.intro', { name: person.name })];
  for (const role of roles)
    if (person.roles.includes(role)) parts.push(t(locale, `bot.help.${role}`));
  if (person.roles.length === 0) parts.push(t(locale, 'bot.help.noRole'));
  parts.push(t(locale, 'bot.help.common'));
  return parts.join('\n\n');
}

/**
 * Answers a typed message in a personal chat. Registered people only; roles come from storage.
 * `speaking` is the person being looked up; a command's own read runs meanwhile (`readAhead`).
 */
export async function handleMessage(
  deps: BotDependencies,
  turn: Turn,
  speaking: Promise<Speaker | null>,
  text: string,
): Promise<Card[]> {
  const command = normaliseCommand(text);
  const [word = '', ...rest] = command.split(' ');
  const ahead = readAhead(deps, turn, word, rest.join(' '));
  const [who, record, listed] = await Promise.all([speaking, ahead.record, ahead.listed]);
  if (!who)
    return [
      messageCard(t(localeFromTag(turn.activityLocale), 'outcome.unknownPerson'), 'Attention'),
    ];
  switch (word) {
    case 'new':
    case 'nouveau':
    case 'nouvelle': {
      const forbidden = mayCreate(actorFromPerson(who.person));
      if (forbidden)
        return [
          messageCard(
            await refusalText(
              deps,
              { kind: 'forbidden', intent: 'create', ...forbidden },
              who.locale,
            ),
            'Attention',
          ),
        ];
      return [await showDraft(deps, who, null)];
    }
    case 'copy':
    case 'copier':
      return [await copyCommand(deps, who, rest.join(' '))];
    case 'mine':
    case 'mes':
      // The list read ahead is the speaker's own: the turn named the person storage found.
      return [
        listed && ahead.authorId === who.person.id
          ? mine(listed, who)
          : mine(await authored(deps, who.person.id), who),
      ];
    case 'status':
    case 'statut':
      return [
        ahead.id
          ? await status(deps, who, ahead.id, record ?? null)
          : messageCard(t(who.locale, 'bot.status.usage')),
      ];
    case 'english':
    case 'anglais':
      return [await switchLanguage(deps, who, 'en')];
    case 'français':
    case 'francais':
    case 'french':
      return [await switchLanguage(deps, who, 'fr')];
    case 'help':
    case 'aide':
    case '?':
    case '':
      return [messageCard(helpText(who))];
    default:
      return [messageCard(t(who.locale, 'bot.unknownCommand', { text: command.slice(0, 60) }))];
  }
}

/**
 * Remembers where to reach a registered person; the adapter calls it only for trusted
 * activities. Written only when something changed, so a turn costs no write.
 */
export async function rememberChat(
  deps: BotDependencies,
  turn: Turn,
  who: Speaker | null,
): Promise<void> {
  if (!who) return;
  const unchanged =
    who.chat?.teamsUserId === turn.user.teamsUserId &&
    JSON.stringify(who.chat.reference) === JSON.stringify(turn.reference);
  if (unchanged) return;
  await deps.storage.conversations.save({
    personId: who.person.id,
    teamsUserId: turn.user.teamsUserId,
    reference: turn.reference,
  });
}

export function welcome(turn: Turn, who: Speaker | null): Card[] {
  return [messageCard(t(who?.locale ?? localeFromTag(turn.activityLocale), 'bot.welcome'))];
}
