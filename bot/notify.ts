import type { AuditEvent } from '../domain/events';
import type { NoticeKind } from '../domain/notices';
import { formatCalendarDate, formatDateTime, type Locale } from '../domain/locale';
import { actorName, t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { mayAct } from '../domain/permissions';
import type { Person } from '../domain/people';
import { isAnnounced, tellsSomeone, type TellingIntent } from '../domain/transitions';
import { publicUrl } from '../domain/publicUrls';
import { messageCard } from './cards/opportunityCards';
import type { CardMessage, PersonalChat } from '../storage/conversationStore';
import { actorAmong, localeOf, type BotDependencies, type Viewer } from './context';
import { approversAmong, sharedReads, viewFor, type SharedReads } from './views';
import { changesQuestionCard, questionView } from './questionActions';

/** "Funds approved by Megan Bowen." plus the comment, in the reader's language. */
export function decisionText(event: AuditEvent, locale: Locale): string | null {
  const { kind } = event.details;
  if (kind === 'create' || !isAnnounced(kind)) return null;
  const key = event.to === 'awardHeld' ? 'awardHeld' : kind;
  const cardholder =
    event.details.kind === 'changeCardholder' ? event.details.cardholderName : undefined;
  const line = t(locale, `bot.decided.${key}`, {
    name: actorName(event, locale),
    ...(cardholder ? { cardholder } : {}),
  });
  return event.comment ? `${line} ${event.comment}` : line;
}

async function viewerOf(
  deps: BotDependencies,
  person: Person,
): Promise<Viewer & { chat: PersonalChat | null }> {
  const chat = await deps.storage.conversations.get(person.id);
  return {
    person,
    locale: localeOf(person),
    teamsUserId: chat?.teamsUserId ?? null,
    chat,
  };
}

/**
 * Sends a card about the opportunity to a person's personal chat and remembers the message: at
 * once, or in `sent` for the caller to store with others (`sendAboutEach`). Answers whether the
 * person could be reached.
 */
export async function sendAbout(
  deps: BotDependencies,
  record: Opportunity,
  person: Person,
  intro: (locale: Locale) => string,
  shared?: SharedReads,
  sent?: CardMessage[],
): Promise<boolean> {
  const viewer = await viewerOf(deps, person);
  if (!viewer.chat) return false;
  const card = await viewFor(
    deps,
    record,
    viewer,
    { text: intro(viewer.locale), tone: 'Warning' },
    shared ? { shared } : {},
  );
  const activityId = await deps.messenger.send(viewer.chat.reference, card);
  if (activityId) {
    const message = {
      opportunityId: record.id,
      personId: person.id,
      activityId,
      reference: viewer.chat.reference,
      teamsUserId: viewer.chat.teamsUserId,
    };
    if (sent) sent.push(message);
    else await deps.storage.conversations.addMessage(message);
  }
  return true;
}

/**
 * Sends the card to each person in turn, then stores the messages sent in one write (an approval
 * of funds asks every procurement officer: a write each before). The messages sent are stored
 * even when a later send fails, so their cards are still updated. Answers how many were reached.
 */
export async function sendAboutEach(
  deps: BotDependencies,
  record: Opportunity,
  people: Iterable<Person>,
  intro: (locale: Locale) => string,
  shared?: SharedReads,
): Promise<number> {
  const sent: CardMessage[] = [];
  let reached = 0;
  try {
    for (const person of people)
      if (await sendAbout(deps, record, person, intro, shared, sent)) reached++;
  } finally {
    await deps.storage.conversations.addMessages(sent);
  }
  return reached;
}

async function tell(
  deps: BotDependencies,
  person: Person,
  message: (locale: Locale) => string,
): Promise<void> {
  const chat = await deps.storage.conversations.get(person.id);
  if (chat) await deps.messenger.send(chat.reference, messageCard(message(localeOf(person))));
}

/**
 * After a change is stored: every copy of a card about the opportunity shows the new state, and
 * the next person is asked to act. Runs in the background, after the invoke has been answered.
 */
export async function afterChange(
  deps: BotDependencies,
  record: Opportunity,
  event: AuditEvent,
  /** The message whose card the invoke already replaced: updating it would erase that answer. */
  answeredActivityId?: string,
): Promise<void> {
  const people = await deps.storage.people.directory();
  const byId = new Map(people.map((p) => [p.id, p]));
  const author = byId.get(record.authorId);
  const shared = sharedReads(deps, record);

  for (const message of await deps.storage.conversations.messagesAbout(record.id)) {
    const person = byId.get(message.personId);
    if (!person || message.activityId === answeredActivityId) continue;
    // The message row names its reader in Teams; only rows stored before it did need their chat.
    const viewer = message.teamsUserId
      ? { person, locale: localeOf(person), teamsUserId: message.teamsUserId }
      : await viewerOf(deps, person);
    if (message.question) {
      // A question's card stays that question's card, and changes only when its question does.
      if (changesQuestionCard(event, message.question))
        await deps.messenger.update(
          message.reference,
          message.activityId,
          await questionView(deps, record, viewer, message.question),
        );
      continue;
    }
    const notice = decisionText(event, viewer.locale);
    const card = await viewFor(deps, record, viewer, notice ? { text: notice } : undefined, {
      shared,
    });
    await deps.messenger.update(message.reference, message.activityId, card);
  }

  const kind = event.details.kind;
  if (kind !== 'create' && tellsSomeone(kind))
    await notices[kind]({ deps, record, event, people, byId, author, shared });
}

interface Told {
  deps: BotDependencies;
  record: Opportunity;
  event: AuditEvent;
  people: Person[];
  byId: Map<string, Person>;
  author: Person | undefined;
  shared: SharedReads;
}

/** Asks the approvers the record now waits for; `submit` and `approveFunds` differ by the intro. */
async function askApprovers(
  { deps, record, people, author, shared }: Told,
  intro: (locale: Locale) => string,
  orTellAuthor: boolean,
): Promise<void> {
  const approvers = approversAmong(people, record, deps.clock());
  const reached = await sendAboutEach(deps, record, approvers, intro, shared);
  if (!reached && author && orTellAuthor)
    await tell(deps, author, (l) => t(l, 'bot.noProcurementReachable', { id: record.id }));
}

async function tellAward(told: Told): Promise<void> {
  const { deps, record, people, byId, author, shared } = told;
  if (record.state === 'awardHeld') {
    const officers = people.filter(
      (p) => mayAct('procurement', record, actorAmong(p, people, deps.clock())) === null,
    );
    const intro = (l: Locale) => t(l, 'bot.notify.awardHeld', { id: record.id });
    await sendAboutEach(deps, record, officers, intro, shared);
    if (author) await tell(deps, author, intro);
    return;
  }
  if (!record.award) return;
  const identity = await deps.storage.applications.identity(record.id, record.award.winner);
  const intro = (l: Locale) =>
    t(l, 'bot.notify.awarded', {
      id: record.id,
      supplier: identity ? identity.businessName || identity.name : record.award!.supplierName,
      email: identity?.email ?? '—',
      delivery: record.fields.deliveryDate
        ? formatCalendarDate(record.fields.deliveryDate, l)
        : '—',
    });
  if (author) await sendAbout(deps, record, author, intro);
  const cardholder = byId.get(record.fields.cardholderId ?? '');
  if (cardholder) await tell(deps, cardholder, intro);
}

async function tellAuthorDecided({ deps, record, event, author }: Told): Promise<void> {
  if (author)
    await tell(deps, author, (l) =>
      t(l, 'bot.notify.decided', { id: record.id, decision: decisionText(event, l) ?? '' }),
    );
}

/**
 * What each intent the transition table says tells someone sends, to whom its row names. The
 * type takes exactly those intents: one left out, or one the table does not say, does not compile.
 */
const notices: { [K in TellingIntent]: (told: Told) => Promise<void> } = {
  submit: (told) =>
    askApprovers(
      told,
      (l) =>
        t(l, 'bot.notify.fundsRequest', { author: told.record.authorName, id: told.record.id }),
      false,
    ),
  // The card goes to the cardholder now named; the one before sees their copy say it was reassigned.
  changeCardholder: (told) =>
    askApprovers(
      told,
      (l) =>
        t(l, 'bot.notify.cardholderChanged', {
          author: told.record.authorName,
          id: told.record.id,
        }),
      false,
    ),
  approveFunds: (told) =>
    askApprovers(told, (l) => t(l, 'bot.notify.postingRequest', { id: told.record.id }), true),
  approvePosting: async ({ deps, record, author }) => {
    if (author)
      await tell(deps, author, (l) =>
        t(l, 'bot.notify.posted', {
          id: record.id,
          url: publicUrl(deps.publicSiteUrl, record.id, l),
        }),
      );
  },
  returnToAuthor: tellAuthorDecided,
  reject: tellAuthorDecided,
  close: async ({ deps, record, event, author }) => {
    // The author gets the evaluation card itself: the first applicant, ready to mark.
    if (author)
      await sendAbout(deps, record, author, (l) =>
        t(l, 'bot.notify.closed', {
          id: record.id,
          at: formatDateTime(record.fields.closingAt ?? event.at, l),
        }),
      );
  },
  award: tellAward,
  releaseAward: tellAward,
  accept: async ({ deps, record, byId }) => {
    const cardholder = byId.get(record.fields.cardholderId ?? '');
    if (cardholder)
      await sendAbout(deps, record, cardholder, (l) =>
        t(l, 'bot.notify.accepted', { id: record.id }),
      );
  },
  recordPayment: async ({ deps, record, author }) => {
    if (author) await tell(deps, author, (l) => t(l, 'bot.notify.paid', { id: record.id }));
  },
};

/** The approval stands; the author learns the public page lags and that it will be retried. */
export async function tellPublishFailed(deps: BotDependencies, record: Opportunity): Promise<void> {
  const author = await deps.storage.people.get(record.authorId);
  if (author) await tell(deps, author, (l) => t(l, 'bot.notify.publishFailed', { id: record.id }));
}

/**
 * A notice to a supplier failed for good: the author is told which opportunity and which kind of
 * notice, in their language, never to whom. False when they cannot be reached in Teams.
 */
export async function tellNoticeFailed(
  deps: BotDependencies,
  notice: { opportunityId: string; kind: NoticeKind },
): Promise<boolean> {
  const record = await deps.storage.opportunities.get(notice.opportunityId);
  const author = record && (await deps.storage.people.get(record.authorId));
  const chat = author && (await deps.storage.conversations.get(author.id));
  if (!author || !chat) return false;
  const locale = localeOf(author);
  await deps.messenger.send(
    chat.reference,
    messageCard(
      t(locale, 'bot.notify.noticeFailed', {
        id: notice.opportunityId,
        kind: t(locale, `tab.notices.kind.${notice.kind}`),
      }),
    ),
  );
  return true;
}
