import { maxRationaleLength } from '../../domain/limits';
import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import type { Opportunity } from '../../domain/opportunity';
import { confirmFirst } from './confirmFirst';
import {
  buttonRows,
  card,
  execute,
  heading,
  inputText,
  text,
  type Card,
  type Element,
} from './elements';
import { noticeBlock, titleIn, type Notice } from './opportunityCards';
import { reasonInput } from './reasonInput';

/** Teams refuses cards over about 28 KB; an answer longer than this is cut, the tab shows it whole. */
export const maxAnswerInCard = 1_500;

/** The inputs of statement `n` (counted from 1): pass or fail, and its reason. */
export const passInputId = (n: number) => `pass${n}`;
export const rationaleInputId = (n: number) => `rationale${n}`;

export interface ApplicantView {
  /** Counted from 0, in the order closing fixed. */
  index: number;
  count: number;
  answers: readonly string[];
  /** The author's latest marks and reasons for this applicant, if any. */
  results: ReadonlyArray<{ pass: boolean; rationale: string }> | null;
}

export interface EvaluationSummary {
  evaluated: number;
  passed: number;
  /** Every application has a mark for every statement. */
  complete: boolean;
}

/** One statement's inputs as sent; an unanswered choice is neither pass nor fail. */
export interface EvaluationInput {
  pass: boolean | null;
  rationale: string;
}

/** What the card's inputs sent for `rows` statements, in order (`evaluate`). */
export function readEvaluation(
  raw: Readonly<Record<string, unknown>>,
  rows: number,
): EvaluationInput[] {
  return Array.from({ length: rows }, (_, i) => {
    const pass = raw[passInputId(i + 1)];
    return {
      pass: pass === 'pass' ? true : pass === 'fail' ? false : null,
      rationale: inputText(raw, rationaleInputId(i + 1)),
    };
  });
}

/**
 * The author's evaluation, one applicant at a time: the answers, a pass or fail and a reason for
 * each statement. Nothing about who applied is on the card; the number is the order closing fixed.
 */
export function evaluationCard(
  record: Opportunity,
  locale: Locale,
  applicant: ApplicantView | null,
  summary: EvaluationSummary,
  context: { notice?: Notice } = {},
): Card {
  const count = record.applications.length;
  const data = { opportunityId: record.id, version: record.version };
  const body: Element[] = [
    heading(t(locale, 'bot.evaluate.title', { id: record.id, title: titleIn(record, locale) })),
    ...noticeBlock(context.notice),
    text(
      t(locale, 'bot.evaluate.progress', {
        count,
        evaluated: summary.evaluated,
        passed: summary.passed,
      }),
      { isSubtle: true },
    ),
  ];
  const actions: Element[] = [];
  const award: Element[] = [];
  const cancel = () => {
    body.push(reasonInput(locale));
    actions.push(confirmFirst(locale, 'cancel', data));
  };
  if (!count) {
    body.push(text(t(locale, 'bot.evaluate.none'), { color: 'Attention' }));
    cancel();
    return card(body, actions);
  }
  if (summary.complete && summary.passed === 0) {
    body.push(text(t(locale, 'bot.evaluate.noneQualified'), { color: 'Attention' }));
    cancel();
  } else if (summary.complete) {
    body.push(text(t(locale, 'bot.evaluate.ready')));
    award.push(execute(t(locale, 'bot.action.award'), 'award', data, 'positive'));
  }
  if (applicant) {
    body.push(text(t(locale, 'bot.evaluate.anonymous'), { isSubtle: true }));
    body.push(heading(t(locale, 'bot.evaluate.applicant', { n: applicant.index + 1, count })));
    record.fields.evaluationCriteria.forEach((criterion, i) => {
      const answer = applicant.answers[i] ?? '';
      const shown =
        answer.length > maxAnswerInCard
          ? `${answer.slice(0, maxAnswerInCard)}${t(locale, 'bot.evaluate.truncated')}`
          : answer;
      const result = applicant.results?.[i];
      body.push(
        text(t(locale, 'bot.evaluate.statement', { n: i + 1, text: criterion[locale] }), {
          weight: 'Bolder',
        }),
        text(shown || '—'),
        {
          type: 'Input.ChoiceSet',
          id: passInputId(i + 1),
          label: t(locale, 'bot.evaluate.result', { n: i + 1 }),
          style: 'expanded',
          isRequired: true,
          errorMessage: t(locale, 'problem.required', {
            field: t(locale, 'bot.evaluate.result', { n: i + 1 }),
          }),
          choices: [
            { title: t(locale, 'bot.evaluate.pass'), value: 'pass' },
            { title: t(locale, 'bot.evaluate.fail'), value: 'fail' },
          ],
          ...(result ? { value: result.pass ? 'pass' : 'fail' } : {}),
        },
        {
          type: 'Input.Text',
          id: rationaleInputId(i + 1),
          label: t(locale, 'bot.evaluate.rationale'),
          isMultiline: true,
          maxLength: maxRationaleLength,
          ...(result ? { value: result.rationale } : {}),
        },
      );
    });
    const at = { ...data, applicant: applicant.index };
    // Previous and Next share a row, so their titles are short; the tooltip says whom they show.
    const go = (step: 'previous' | 'next', index: number): Element[] =>
      index >= 0 && index < count
        ? [
            {
              ...execute(t(locale, `bot.action.${step}Short`), 'refresh', {
                ...data,
                applicant: index,
              }),
              tooltip: t(locale, `bot.action.${step}`),
            },
          ]
        : [];
    body.push(
      ...buttonRows(
        [execute(t(locale, 'bot.action.saveEvaluation'), 'evaluate', at, 'positive')],
        award,
        [...go('previous', applicant.index - 1), ...go('next', applicant.index + 1)],
      ),
    );
  } else body.push(...buttonRows(award));
  return card(body, actions);
}
