import type { Locale } from '../domain/locale';
import { t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { mayAct } from '../domain/permissions';
import { actorFromPerson, type Person } from '../domain/people';
import type { Wait } from '../domain/targets';
import type { BotDependencies } from './context';
import { sendAbout } from './notify';

/** Who a wait is for: the person named, or the holders of the role who may act on this record. */
function remindedAmong(people: readonly Person[], record: Opportunity, wait: Wait): Person[] {
  const { awaiting } = wait;
  if ('personId' in awaiting) return people.filter((p) => p.id === awaiting.personId);
  // Only procurement steps wait for a role; a procurement officer never acts on their own work.
  if (awaiting.role !== 'procurement') return [];
  return people.filter((p) => mayAct('procurement', record, actorFromPerson(p)) === null);
}

function introOf(record: Opportunity, wait: Wait, locale: Locale): string {
  if (wait.target === null)
    return t(locale, 'reminder.introDelivery', {
      id: record.id,
      due: record.fields.deliveryDate ?? '—',
      waited: wait.waited,
    });
  return t(locale, 'reminder.intro', {
    id: record.id,
    step: t(locale, `reminder.step.${wait.step}`),
    waited: wait.waited,
    target: wait.target,
  });
}

/**
 * Sends whoever a wait is for the card they act on, with its buttons, and how long it has
 * waited. Answers how many people it reached (a person who never opened the bot cannot be).
 */
export async function remind(
  deps: BotDependencies,
  record: Opportunity,
  wait: Wait,
): Promise<number> {
  const people = await deps.storage.people.list();
  let reached = 0;
  for (const person of remindedAmong(people, record, wait))
    if (await sendAbout(deps, record, person, (l) => introOf(record, wait, l))) reached++;
  return reached;
}
