import { isConfirmationNumber } from '../domain/applications';
import type { AuditEvent } from '../domain/events';
import type { Intent } from '../domain/intents';
import {
  questionReplyBody,
  readQuestionReply,
  type QuestionReplyTyped,
} from '../domain/questionReply';
import { formatDateTime } from '../domain/locale';
import { t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { mayAct } from '../domain/permissions';
import { actorFromPerson } from '../domain/people';
import type { Problem } from '../domain/problems';
import type { QuestionToAnswer } from '../domain/questionStatus';
import { questionStatuses } from '../domain/questionWaits';
import type { IntentOn } from '../domain/transitions';
import type { ReceivedQuestion } from '../storage/questionStore';
import { act, explain, type ActionData } from './actionSupport';
import { refreshAction, type Card } from './cards/elements';
import { messageCard } from './cards/opportunityCards';
import { questionCard, typedOn } from './cards/questionCard';
import { localeOf, type BotDependencies, type Speaker, type Viewer } from './context';

/** Answering or declining a supplier's question, from its own card (the table's `question` surface). */
export type QuestionVerb = IntentOn<'question'>;

type Notice = { text: string; tone?: 'Good' | 'Attention' | 'Warning' };

/** The question's number on a card's data, if it is one. */
export function questionOn(raw: Readonly<Record<string, unknown>>): string | null {
  return isConfirmationNumber(raw.question) ? raw.question : null;
}

/** One question with where it stands, read now from storage; null if no such question. */
async function questionOf(
  deps: BotDependencies,
  record: Opportunity,
  number: string,
): Promise<QuestionToAnswer | null> {
  const [asked, events] = await Promise.all([
    deps.storage.questions.get(record.id, number),
    deps.storage.opportunities.events(record.id),
  ]);
  return asked ? (questionStatuses([asked], record, events, deps.clock())[0] ?? null) : null;
}

function refreshFor(viewer: Viewer, record: Opportunity, number: string): Partial<Card> {
  return viewer.teamsUserId
    ? {
        refresh: {
          action: refreshAction({ opportunityId: record.id, question: number }),
          userIds: [viewer.teamsUserId],
        },
      }
    : {};
}

/**
 * The card of one question for someone who may see the questions (the author; procurement
 * officers only reach it by asking for it); anyone else learns nothing of it.
 */
export async function questionView(
  deps: BotDependencies,
  record: Opportunity,
  viewer: Viewer,
  number: string,
  extra: { notice?: Notice; typed?: QuestionReplyTyped; problems?: readonly Problem[] } = {},
): Promise<Card> {
  const { locale } = viewer;
  if (mayAct('authorOrProcurement', record, actorFromPerson(viewer.person)) !== null)
    return messageCard(t(locale, 'bot.status.notAllowed', { id: record.id }), 'Attention');
  const question = await questionOf(deps, record, number);
  if (!question)
    return messageCard(t(locale, 'bot.question.notFound', { id: record.id }), 'Attention');
  return questionCard({
    record,
    question,
    locale,
    refresh: refreshFor(viewer, record, number),
    ...extra,
  });
}

/** Whether a change is one a question's card shows: its own answer or decline, or a new state. */
export function changesQuestionCard(event: AuditEvent, number: string): boolean {
  const { details } = event;
  const aboutIt =
    (details.kind === 'answerQuestion' || details.kind === 'declineQuestion') &&
    details.question === number;
  return aboutIt || event.from !== event.to;
}

/** After a question is stored: its card to the author's personal chat, remembered for updates. */
export async function sendQuestionCard(
  deps: BotDependencies,
  opportunityId: string,
  question: ReceivedQuestion,
): Promise<void> {
  const record = await deps.storage.opportunities.get(opportunityId);
  const author = record && (await deps.storage.people.get(record.authorId));
  const chat = author && (await deps.storage.conversations.get(author.id));
  if (!record || !author || !chat) return;
  const viewer: Viewer = {
    person: author,
    locale: localeOf(author),
    teamsUserId: chat.teamsUserId,
  };
  const card = await questionView(deps, record, viewer, question.number, {
    notice: {
      text: t(viewer.locale, 'bot.question.received', { id: record.id }),
      tone: 'Warning',
    },
  });
  const activityId = await deps.messenger.send(chat.reference, card);
  if (activityId)
    await deps.storage.conversations.addMessage({
      opportunityId: record.id,
      personId: author.id,
      activityId,
      reference: chat.reference,
      teamsUserId: chat.teamsUserId,
      question: question.number,
    });
}

/**
 * Answer or Decline on a question's card. The card names only the opportunity and the question;
 * the record is re-read and `decide` checks state, person and the question as stored. A card
 * that is no longer current (answered elsewhere, closed) says so and changes nothing.
 */
export async function questionAction(
  deps: BotDependencies,
  who: Speaker,
  verb: QuestionVerb,
  data: ActionData,
  raw: Readonly<Record<string, unknown>>,
): Promise<Card> {
  const { locale } = who;
  const record = data.snapshot?.record;
  const number = questionOn(raw);
  if (!record || !number) return messageCard(t(locale, 'bot.invalidAction'), 'Attention');
  const typed = typedOn(raw);
  const again = (current: Opportunity, extra: Parameters<typeof questionView>[4]) =>
    questionView(deps, current, who, number, extra);
  const stale = async (current: Opportunity): Promise<Card | null> => {
    if (current.state !== 'posted')
      return again(current, {
        notice: {
          text: t(locale, 'bot.question.closed', { state: t(locale, `state.${current.state}`) }),
          tone: 'Attention',
        },
      });
    const question = await questionOf(deps, current, number);
    if (question?.answer)
      return again(current, {
        notice: {
          text: t(locale, 'bot.question.alreadyAnswered', {
            at: formatDateTime(question.answer.at, locale),
          }),
          tone: 'Attention',
        },
      });
    if (question?.declinedAt)
      return again(current, {
        notice: {
          text: t(locale, 'bot.question.alreadyDeclined', {
            at: formatDateTime(question.declinedAt, locale),
          }),
          tone: 'Attention',
        },
      });
    return null;
  };
  const isAuthor = mayAct('author', record, actorFromPerson(who.person)) === null;
  // The author's stale card is explained before reading the inputs: typing again would not help.
  if (isAuthor) {
    const explained = await stale(record);
    if (explained) return explained;
  }
  const parsed = readQuestionReply(verb, number, typed);
  if (!parsed.ok && isAuthor)
    return again(record, {
      typed,
      problems: parsed.error,
      notice: { text: t(locale, 'bot.question.fixBelow'), tone: 'Attention' },
    });
  // Someone else's press is refused by `decide` (state, then person) and audited like any intent.
  const intent: Intent = parsed.ok
    ? parsed.value
    : // Blank texts: `decide` refuses the state or the person before it looks at them.
      (questionReplyBody(verb, number, {}) as unknown as Intent);
  // No version: answering one question does not make the card of another one stale.
  const press = () =>
    act(deps, who, record.id, intent, { form: {}, comment: '' }, `${verb}:${number}`, intent);
  let outcome = await press();
  // Another question answered at the same moment is no reason to refuse this one: try once more.
  if (outcome.kind === 'conflict') outcome = await press();
  if (outcome.kind === 'applied' || outcome.kind === 'replayed') {
    const key = verb === 'answerQuestion' ? 'bot.question.answered' : 'bot.question.declined';
    return again(outcome.record, { notice: { text: t(locale, key), tone: 'Good' } });
  }
  if (outcome.kind === 'refused' && isAuthor) {
    const explained = await stale(outcome.record);
    if (explained) return explained;
    if (outcome.refusal.kind === 'incomplete')
      return again(outcome.record, {
        typed,
        problems: outcome.refusal.problems,
        notice: { text: t(locale, 'bot.question.fixBelow'), tone: 'Attention' },
      });
  }
  return explain(deps, who, outcome);
}
