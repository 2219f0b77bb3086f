import type { AsyncLocalStorage } from 'node:async_hooks';
import { localeFromTag, type Locale } from '../domain/locale';
import { principalsOf } from '../domain/delegation';
import type { Opportunity } from '../domain/opportunity';
import { actorFromPerson, type Actor, type Person } from '../domain/people';
import { isObjectId, type Contact } from '../domain/registration';
import type { Logger } from '../runtime/logger';
import type { PersonalChat } from '../storage/conversationStore';
import type { Storage } from '../storage/storage';
import type { Background } from '../runtime/background';
import type { Card } from './cards/elements';
import type { TabAddress } from './tabLink';

/** The person on the other side of a Teams turn, as Teams names them (never trusted for roles). */
export interface TeamsUser {
  aadObjectId: string;
  teamsUserId: string;
  name: string;
}

/** One inbound Teams activity, reduced to what the bot needs; built by the adapter. */
export interface Turn {
  user: TeamsUser;
  activityLocale: string | undefined;
  /** The conversation reference of this personal chat, opaque to everything but the adapter. */
  reference: unknown;
  /** Whether `reference` may be stored: its service URL is allow-listed (BOT_SERVICE_URLS). */
  referenceTrusted: boolean;
  /** The id of the message whose card was acted on, for invokes. */
  replyToId: string | undefined;
}

/** Sends and updates cards in stored conversations: the adapter implements it. */
export interface Messenger {
  send(reference: unknown, card: Card): Promise<string | undefined>;
  update(reference: unknown, activityId: string, card: Card): Promise<void>;
}

export interface BotDependencies {
  /** During a card action: the id of the message whose card the answer replaces. */
  answering: AsyncLocalStorage<string | undefined>;
  storage: Storage;
  messenger: Messenger;
  background: Background;
  logger: Logger;
  /** Base address of the public site, for links in notices. */
  publicSiteUrl: string;
  clock: () => Date;
  /** Where the tab is, for links that open one of its views. */
  tab: TabAddress;
}

/** Who sees a card: the stored person, their language, and their Teams id if known. */
export interface Viewer {
  person: Person;
  locale: Locale;
  teamsUserId: string | null;
}

/** The person acting in this turn, with their stored personal chat when it was read. */
export interface Speaker extends Viewer {
  chat: PersonalChat | null;
}

/** The language to speak to a person: the one they chose, else their Teams client's, else stored. */
export function localeOf(person: Person, activityLocale?: string): Locale {
  return person.chosenLocale ?? (activityLocale ? localeFromTag(activityLocale) : person.locale);
}

/** The person as Teams names them in an activity: no e-mail, which a plain activity lacks. */
function contactOf(turn: Turn): Contact {
  return {
    id: turn.user.aadObjectId,
    name: turn.user.name,
    ...(turn.activityLocale ? { locale: localeFromTag(turn.activityLocale) } : {}),
  };
}

/**
 * Who is speaking, as stored; null if they cannot be registered (no Entra object id). A message
 * or an install is a contact: it registers a person of the tenant the first time (the endpoint
 * already refused other tenants) and refreshes their name and language later. Their chat is read
 * only for messages, where it may need saving: a card action costs one read for the person.
 */
export async function speaker(
  deps: BotDependencies,
  turn: Turn,
  options: { withChat: boolean; contact: boolean },
): Promise<Speaker | null> {
  const id = turn.user.aadObjectId;
  const [person, chat] = await Promise.all([
    options.contact && isObjectId(id)
      ? deps.storage.people.contact(contactOf(turn))
      : deps.storage.people.get(id),
    options.withChat ? deps.storage.conversations.get(id) : null,
  ]);
  if (!person) return null;
  return {
    person,
    locale: localeOf(person, turn.activityLocale),
    teamsUserId: turn.user.teamsUserId || null,
    chat,
  };
}

/** A person among those stored, as an actor: with the cardholders they stand in for today. */
export function actorAmong(person: Person, people: readonly Person[], now: Date): Actor {
  return actorFromPerson(person, principalsOf(person, people, now));
}

/**
 * A person as an actor on one opportunity: standing in for its cardholder when that cardholder's
 * delegation names them today (one read, and only for a cardholder who is not the one named).
 */
export async function actorOn(
  deps: BotDependencies,
  record: Opportunity,
  person: Person,
): Promise<Actor> {
  return actorFromPerson(
    person,
    await deps.storage.people.principalOn(person, record.fields.cardholderId),
  );
}
