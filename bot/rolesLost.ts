import { awaiting } from '../domain/awaiting';
import { t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import type { Person, Role } from '../domain/people';
import { localeOf, type BotDependencies } from './context';
import { viewFor } from './views';

/** The roles whose cards carry buttons for their holder: losing one makes those cards read-only. */
const approvingRoles: readonly Role[] = ['cardholder', 'procurement'];

/**
 * A person lost a role (revoked, or deactivated): every stored card they hold about an
 * opportunity that waits for them or for that role is shown again as they may now see it, the
 * read-only status card saying why. New approval cards already go only to those who hold the
 * role as stored (`approversAmong`).
 */
export async function afterRolesLost(
  deps: BotDependencies,
  person: Person,
  lost: readonly Role[],
): Promise<void> {
  const gone = lost.filter((role) => approvingRoles.includes(role));
  if (!gone.length) return;
  const locale = localeOf(person);
  const roles = gone.map((role) => t(locale, `role.${role}`)).join(', ');
  const blocked = new Set<string>();
  for (const message of await deps.storage.conversations.messagesOf(person.id)) {
    if (message.question) continue;
    const record = await deps.storage.opportunities.get(message.opportunityId);
    const waits = record && awaiting(record);
    if (!record || !waits) continue;
    const forThem =
      ('personId' in waits && waits.personId === person.id) ||
      ('role' in waits && gone.includes(waits.role));
    if (!forThem) continue;
    const viewer = { person, locale, teamsUserId: message.teamsUserId ?? null };
    const card = await viewFor(deps, record, viewer, {
      text: t(locale, 'bot.roleLost', { roles }),
      tone: 'Warning',
    });
    await deps.messenger.update(message.reference, message.activityId, card);
    if ('personId' in waits && gone.includes('cardholder') && !blocked.has(record.id)) {
      blocked.add(record.id);
      await showBlocked(deps, record, person.id);
    }
  }
}

/** The funds wait for a cardholder who lost the role: the others' cards (the author's) say so. */
async function showBlocked(
  deps: BotDependencies,
  record: Opportunity,
  cardholderId: string,
): Promise<void> {
  for (const message of await deps.storage.conversations.messagesAbout(record.id)) {
    if (message.personId === cardholderId || message.question) continue;
    const reader = await deps.storage.people.get(message.personId);
    if (!reader) continue;
    const viewer = {
      person: reader,
      locale: localeOf(reader),
      teamsUserId: message.teamsUserId ?? null,
    };
    await deps.messenger.update(
      message.reference,
      message.activityId,
      await viewFor(deps, record, viewer),
    );
  }
}
