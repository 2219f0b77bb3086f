import { maxCommentLength, maxQuestionLength } from '../../domain/limits';
import { formatDateTime, type Locale } from '../../domain/locale';
import { describeByInput, describeProblem, fieldLabel, t } from '../../domain/messages';
import type { Opportunity } from '../../domain/opportunity';
import type { Problem } from '../../domain/problems';
import {
  questionReplyInputs,
  questionStatusText,
  type QuestionReplyInput,
  type QuestionReplyTyped,
} from '../../domain/questionReply';
import { questionReplyTexts, type QuestionToAnswer } from '../../domain/questionStatus';
import {
  card,
  execute,
  facts,
  heading,
  problemsBlock,
  text,
  type Card,
  type Element,
} from './elements';
import { noticeBlock } from './opportunityCards';

/** The card's inputs are named as the intents read them, so a problem lands beside its input. */
const answerInputs = questionReplyTexts.answerQuestion;

/** What the card's inputs sent, as plain strings; anything else is dropped. */
export function typedOn(raw: Readonly<Record<string, unknown>>): QuestionReplyTyped {
  const typed: QuestionReplyTyped = {};
  for (const id of questionReplyInputs) if (typeof raw[id] === 'string') typed[id] = raw[id];
  return typed;
}

export interface QuestionCardInput {
  record: Opportunity;
  question: QuestionToAnswer;
  locale: Locale;
  notice?: { text: string; tone?: 'Good' | 'Attention' | 'Warning' };
  /** What the author typed on a refused press, shown again with each problem beside its input. */
  typed?: QuestionReplyTyped;
  problems?: readonly Problem[];
  /** `refresh.userIds` for the author, so an opened card is read again from storage. */
  refresh?: Partial<Card>;
}

/**
 * A supplier's question, for the author: as asked, then either the four inputs of a public
 * question and answer plus a reason to decline (while waiting and posted), or what was decided.
 * The buttons carry only the opportunity and the question's number; the press is authorised
 * against the stored record.
 */
export function questionCard(input: QuestionCardInput): Card {
  const { record, question, locale } = input;
  const title =
    (locale === 'fr' ? record.fields.titleFr : record.fields.titleEn) || record.fields.titleEn;
  const byInput = describeByInput(input.problems ?? [], locale);
  const body: Element[] = [
    heading(t(locale, 'bot.question.title', { id: record.id, title })),
    ...noticeBlock(input.notice),
    facts([
      [t(locale, 'question.asked'), formatDateTime(question.askedAt, locale)],
      [t(locale, 'question.askedIn'), t(locale, `question.language.${question.language}`)],
      [t(locale, 'bot.fact.state'), questionStatusText(question, record.state, locale)],
    ]),
    // Still waiting one business day after it was asked (weekends and holidays not counted).
    ...(question.overdue
      ? [text(t(locale, 'question.overdue'), { color: 'Warning', weight: 'Bolder' })]
      : []),
    text(t(locale, 'question.asWritten'), { weight: 'Bolder' }),
    text(question.question),
  ];
  if (question.answer) {
    const answer = question.answer;
    body.push(
      facts(answerInputs.map((id): [string, string] => [fieldLabel(id, locale), answer[id]])),
    );
    return card(body, [], input.refresh);
  }
  if (question.declinedAt) {
    body.push(facts([[t(locale, 'question.declineReason'), question.declineReason ?? '']]));
    return card(body, [], input.refresh);
  }
  if (record.state !== 'posted') return card(body, [], input.refresh);

  const field = (id: QuestionReplyInput, label: string, max: number): Element[] => [
    {
      type: 'Input.Text',
      id,
      label,
      isMultiline: true,
      maxLength: max,
      value: input.typed?.[id] ?? '',
    },
    ...problemsBlock(byInput.get(id) ?? []),
  ];
  body.push(
    text(t(locale, 'question.publicIntro'), { isSubtle: true }),
    ...field('questionEn', fieldLabel('questionEn', locale), maxQuestionLength),
    ...field('questionFr', fieldLabel('questionFr', locale), maxQuestionLength),
    ...field('answerEn', fieldLabel('answerEn', locale), maxCommentLength),
    ...field('answerFr', fieldLabel('answerFr', locale), maxCommentLength),
    text(t(locale, 'question.declineIntro'), { isSubtle: true }),
    ...field('reason', t(locale, 'question.declineReason'), maxCommentLength),
  );
  // A problem on no input of the card (the question's number) is said at the top.
  const elsewhere = (input.problems ?? []).filter(
    (p) => !(questionReplyInputs as readonly string[]).includes(p.field),
  );
  if (elsewhere.length)
    body.splice(1, 0, ...problemsBlock(elsewhere.map((p) => describeProblem(p, locale))));
  const data = { opportunityId: record.id, question: question.number };
  return card(
    body,
    [
      execute(t(locale, 'question.action.answer'), 'answerQuestion', data, 'positive'),
      execute(t(locale, 'question.action.decline'), 'declineQuestion', data, 'destructive'),
    ],
    input.refresh,
  );
}
