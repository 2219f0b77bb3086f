import { maxCommentLength, maxQuestionLength } from '../../domain/limits';
import { formatDateTime, type Locale } from '../../domain/locale';
import { describeProblem, fieldLabel, t } from '../../domain/messages';
import type { Opportunity } from '../../domain/opportunity';
import type { Problem } from '../../domain/problems';
import type { QuestionToAnswer } from '../../domain/questionStatus';
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

/** The card's inputs, named as the intents read them so a problem lands beside its input. */
export const answerInputs = ['questionEn', 'questionFr', 'answerEn', 'answerFr'] as const;
const inputs = [...answerInputs, 'reason'] as const;
export type QuestionInput = (typeof inputs)[number];
export type QuestionTyped = Partial<Record<QuestionInput, string>>;

/** What the card's inputs sent, as plain strings; anything else is dropped. */
export function typedOn(raw: Readonly<Record<string, unknown>>): QuestionTyped {
  const typed: QuestionTyped = {};
  for (const id of inputs) if (typeof raw[id] === 'string') typed[id] = raw[id];
  return typed;
}

/** The untrusted intent a press makes, for `parseIntent`: the number comes from the card data. */
export function intentFromCard(
  verb: 'answerQuestion' | 'declineQuestion',
  number: string,
  typed: QuestionTyped,
): Record<string, unknown> {
  return verb === 'declineQuestion'
    ? { kind: verb, question: number, reason: typed.reason ?? '' }
    : {
        kind: verb,
        question: number,
        ...Object.fromEntries(answerInputs.map((id) => [id, typed[id] ?? ''])),
      };
}

export interface QuestionCardInput {
  record: Opportunity;
  question: QuestionToAnswer;
  locale: Locale;
  notice?: { text: string; tone?: 'Good' | 'Attention' | 'Warning' };
  /** What the author typed on a refused press, shown again with each problem beside its input. */
  typed?: QuestionTyped;
  problems?: readonly Problem[];
  /** `refresh.userIds` for the author, so an opened card is read again from storage. */
  refresh?: Partial<Card>;
}

/** Where the question stands, in the reader's words. */
export function questionStatusText(
  question: QuestionToAnswer,
  record: Opportunity,
  locale: Locale,
): string {
  if (question.answer)
    return t(locale, 'question.status.answered', {
      at: formatDateTime(question.answer.at, locale),
    });
  if (question.declinedAt)
    return t(locale, 'question.status.declined', {
      at: formatDateTime(question.declinedAt, locale),
    });
  return record.state === 'posted'
    ? t(locale, 'question.status.waiting')
    : t(locale, 'question.status.closed');
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
  const byInput = new Map<string, string[]>();
  for (const p of input.problems ?? [])
    byInput.set(p.field, [...(byInput.get(p.field) ?? []), describeProblem(p, locale)]);
  const body: Element[] = [
    heading(t(locale, 'bot.question.title', { id: record.id, title })),
    ...noticeBlock(input.notice),
    facts([
      [t(locale, 'question.asked'), formatDateTime(question.askedAt, locale)],
      [t(locale, 'question.askedIn'), t(locale, `question.language.${question.language}`)],
      [t(locale, 'bot.fact.state'), questionStatusText(question, record, locale)],
    ]),
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

  const field = (id: QuestionInput, label: string, max: number): Element[] => [
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
    (p) => !(inputs as readonly string[]).includes(p.field),
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
