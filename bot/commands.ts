import { localeFromTag, type Locale } from '../domain/locale';
import { t } from '../domain/messages';
import { refusalText } from './refusalText';
import { readOpportunityId } from '../domain/opportunity';
import { mayCreate, mayRead } from '../domain/permissions';
import { actorFromPerson, roles } from '../domain/people';
import { showDraft } from './draftActions';
import { copyCommand } from './copyCommand';
import type { Card } from './cards/elements';
import { listCard, messageCard } from './cards/opportunityCards';
import { actorOn, type BotDependencies, type Speaker, type Turn } from './context';
import { viewFor } from './views';

const listSize = 20;

/** Teams puts the bot's mention in the text of channel messages; commands ignore it and case. */
export function normaliseCommand(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

async function mine(deps: BotDependencies, who: Speaker): Promise<Card> {
  const page = await deps.storage.opportunities.list(
    { kind: 'author', personId: who.person.id },
    { size: 100 },
  );
  const newest = [...page.items].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return listCard(
    newest.slice(0, listSize),
    who.locale,
    newest.length > listSize || page.continuationToken !== undefined,
  );
}

async function status(deps: BotDependencies, who: Speaker, argument: string): Promise<Card> {
  const id = readOpportunityId(argument);
  if (!id) return messageCard(t(who.locale, 'bot.status.usage'));
  const record = await deps.storage.opportunities.get(id);
  if (!record) return messageCard(t(who.locale, 'outcome.notFound', { id }), 'Attention');
  if (!mayRead(record, await actorOn(deps, record, who.person)))
    return messageCard(t(who.locale, 'bot.status.notAllowed', { id }), 'Attention');
  return viewFor(deps, record, who);
}

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

/** Answers a typed message in a personal chat. Registered people only; roles come from storage. */
export async function handleMessage(
  deps: BotDependencies,
  turn: Turn,
  who: Speaker | null,
  text: string,
): Promise<Card[]> {
  if (!who)
    return [
      messageCard(t(localeFromTag(turn.activityLocale), 'outcome.unknownPerson'), 'Attention'),
    ];
  const command = normaliseCommand(text);
  const [word = '', ...rest] = command.split(' ');
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
      return [await mine(deps, who)];
    case 'status':
    case 'statut':
      return [await status(deps, who, rest.join(' '))];
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
