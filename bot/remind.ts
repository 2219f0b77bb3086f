import { formatCalendarDate, type Locale } from '../domain/locale';
import { t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { mayAct } from '../domain/permissions';
import { principalsOf } from '../domain/delegation';
import type { Person } from '../domain/people';
import type { Wait } from '../domain/targets';
import { messageCard } from './cards/opportunityCards';
import { actorAmong, localeOf, type BotDependencies } from './context';
import { sendAboutEach } from './notify';
import { questionView } from './questionActions';

/** Who a wait is for: the person named, or the holders of the role who may act on this record. */
function remindedAmong(
  people: readonly Person[],
  record: Opportunity,
  wait: Wait,
  now: Date,
): Person[] {
  const { awaiting } = wait;
  if ('personId' in awaiting) {
    // A cardholder's step reaches their delegate too, while the delegation lasts.
    const named = awaiting.personId;
    const standsIn = (p: Person) =>
      named === record.fields.cardholderId &&
      p.id !== record.authorId &&
      principalsOf(p, people, now).some((principal) => principal.id === named);
    return people.filter((p) => p.id === named || standsIn(p));
  }
  // Only procurement steps wait for a role; a procurement officer never acts on their own work.
  if (awaiting.role !== 'procurement') return [];
  return people.filter((p) => mayAct('procurement', record, actorAmong(p, people, now)) === null);
}

function introOf(record: Opportunity, wait: Wait, locale: Locale): string {
  if (wait.target === null)
    return t(locale, 'reminder.introDelivery', {
      id: record.id,
      due: record.fields.deliveryDate
        ? formatCalendarDate(record.fields.deliveryDate, locale)
        : '—',
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
  const people = await deps.storage.people.directory();
  const reminded = remindedAmong(people, record, wait, deps.clock());
  return sendAboutEach(deps, record, reminded, (l) => introOf(record, wait, l));
}

/** The approvals: the steps procurement officers oversee, so an escalation tells them too. */
const approvalSteps: ReadonlySet<Wait['step']> = new Set(['fundsApproval', 'postingApproval']);

function escalationOf(
  record: Opportunity,
  wait: Wait,
  count: number,
  who: string,
  locale: Locale,
): string {
  if (wait.target === null)
    return t(locale, 'reminder.escalationDelivery', {
      id: record.id,
      due: record.fields.deliveryDate
        ? formatCalendarDate(record.fields.deliveryDate, locale)
        : '—',
      count,
      who,
    });
  return t(locale, 'reminder.escalation', {
    id: record.id,
    step: t(locale, `reminder.step.${wait.step}`),
    waited: wait.waited,
    target: wait.target,
    count,
    who,
  });
}

/**
 * After `count` reminders: the managers and, for an approval, the procurement officers who may
 * act on this opportunity are told who it waits for. Answers how many people it reached.
 */
export async function escalate(
  deps: BotDependencies,
  record: Opportunity,
  wait: Wait,
  count: number,
): Promise<number> {
  const people = await deps.storage.people.directory();
  const awaited = remindedAmong(people, record, wait, deps.clock());
  const told = people.filter(
    (p) =>
      !awaited.includes(p) &&
      (p.roles.includes('manager') ||
        (approvalSteps.has(wait.step) &&
          mayAct('procurement', record, actorAmong(p, people, deps.clock())) === null)),
  );
  let reached = 0;
  for (const person of told) {
    const chat = await deps.storage.conversations.get(person.id);
    if (!chat) continue;
    const locale = localeOf(person);
    const who =
      'personId' in wait.awaiting
        ? (awaited[0]?.name ?? wait.awaiting.personId)
        : t(locale, 'reminder.procurementOfficers');
    await deps.messenger.send(
      chat.reference,
      messageCard(escalationOf(record, wait, count, who, locale)),
    );
    reached++;
  }
  return reached;
}

/** Reminds the author of a supplier's question still waiting: its card again, with its buttons. */
export async function remindQuestion(
  deps: BotDependencies,
  record: Opportunity,
  wait: Wait,
  number: string,
): Promise<number> {
  const author = await deps.storage.people.get(record.authorId);
  const chat = author && (await deps.storage.conversations.get(author.id));
  if (!author || !chat) return 0;
  const viewer = { person: author, locale: localeOf(author), teamsUserId: chat.teamsUserId };
  const text = t(viewer.locale, 'reminder.question', {
    id: record.id,
    number,
    waited: wait.waited,
    target: wait.target ?? '—',
  });
  const card = await questionView(deps, record, viewer, number, {
    notice: { text, tone: 'Warning' },
  });
  const activityId = await deps.messenger.send(chat.reference, card);
  // Remembered like the first card, so answering either updates both.
  if (activityId)
    await deps.storage.conversations.addMessage({
      opportunityId: record.id,
      personId: author.id,
      activityId,
      reference: chat.reference,
      teamsUserId: chat.teamsUserId,
      question: number,
    });
  return 1;
}
