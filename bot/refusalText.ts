import type { Refusal } from '../domain/decide';
import type { Locale } from '../domain/locale';
import { describeRefusalWithGrantors } from '../domain/messages/grantors';
import type { BotDependencies } from './context';

/** A refusal in the person's language; a missing role names the admins who can grant it. */
export async function refusalText(
  deps: BotDependencies,
  refusal: Refusal,
  locale: Locale,
): Promise<string> {
  const needsGrantors = refusal.kind === 'forbidden' && refusal.reason === 'missingRole';
  const admins = needsGrantors
    ? (await deps.storage.people.directory())
        .filter((p) => p.roles.includes('admin'))
        .map((p) => p.name)
        .sort((a, b) => a.localeCompare(b))
    : [];
  return describeRefusalWithGrantors(refusal, locale, admins);
}
