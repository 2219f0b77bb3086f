import { localeFromTag, type Locale } from '../domain/locale';
import type { Person } from '../domain/people';
import type { Logger } from '../server/logger';
import type { Storage } from '../storage/storage';
import type { Background } from './background';
import type { Card } from './cards/elements';

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
  /** The id of the message whose card was acted on, for invokes. */
  replyToId: string | undefined;
}

/** Sends and updates cards in stored conversations: the adapter implements it. */
export interface Messenger {
  send(reference: unknown, card: Card): Promise<string | undefined>;
  update(reference: unknown, activityId: string, card: Card): Promise<void>;
}

export interface BotDependencies {
  storage: Storage;
  messenger: Messenger;
  background: Background;
  logger: Logger;
  /** Base address of the public site, for links in notices. */
  publicSiteUrl: string;
}

export interface Speaker {
  person: Person;
  locale: Locale;
}

/** Who is speaking, as stored, and in which language to answer; null if not registered. */
export async function speaker(deps: BotDependencies, turn: Turn): Promise<Speaker | null> {
  const person = await deps.storage.people.get(turn.user.aadObjectId);
  if (!person) return null;
  const chat = await deps.storage.conversations.get(person.id);
  return {
    person,
    locale:
      chat?.locale ?? (turn.activityLocale ? localeFromTag(turn.activityLocale) : person.locale),
  };
}
