import { totalCents } from '../../domain/completeness';
import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import { formatCents } from '../../domain/money';
import type { Opportunity } from '../../domain/opportunity';
import { paymentDates } from '../../domain/paymentDates';
import { easternDateTime } from '../../domain/text';
import {
  actionSet,
  buttonRows,
  card,
  execute,
  facts,
  heading,
  openUrl,
  section,
  text,
  type Card,
  type Element,
} from './elements';
import { confirmFirst } from './confirmFirst';
import { noticeBlock } from './opportunityCards';

/** Teams refuses cards over about 28 KB; an answer longer than this is cut, the tab shows it whole. */
export const maxAnswerInCard = 1_500;

const title = (record: Opportunity, locale: Locale) =>
  (locale === 'fr' ? record.fields.titleFr : record.fields.titleEn) || record.fields.titleEn;

function reasonInput(locale: Locale): Element {
  return {
    type: 'Input.Text',
    id: 'reason',
    label: t(locale, 'bot.field.reason'),
    isMultiline: true,
    maxLength: 2000,
  };
}

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

/**
 * The author's evaluation, one applicant at a time: the answers, a pass or fail and a reason for
 * each statement. Nothing about who applied is on the card; the number is the order closing fixed.
 */
export function evaluationCard(
  record: Opportunity,
  locale: Locale,
  applicant: ApplicantView | null,
  summary: EvaluationSummary,
  context: { notice?: { text: string; tone?: 'Good' | 'Attention' | 'Warning' } } = {},
): Card {
  const count = record.applications.length;
  const data = { opportunityId: record.id, version: record.version };
  const body: Element[] = [
    heading(t(locale, 'bot.evaluate.title', { id: record.id, title: title(record, locale) })),
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
          id: `pass${i + 1}`,
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
          id: `rationale${i + 1}`,
          label: t(locale, 'bot.evaluate.rationale'),
          isMultiline: true,
          maxLength: 1000,
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

/** The procurement officer's view of a held award: why it is held, and the release with a reason. */
export function releaseCard(
  record: Opportunity,
  locale: Locale,
  refresh: Partial<Card>,
  context: { notice?: { text: string; tone?: 'Good' | 'Attention' | 'Warning' } } = {},
): Card {
  const split = record.award?.splitting;
  const body: Element[] = [
    heading(t(locale, 'bot.held.title', { id: record.id })),
    ...noticeBlock(context.notice),
    text(
      t(locale, 'bot.held.explain', {
        supplier: record.award?.supplierName ?? '',
        count: split?.opportunityIds.length ?? 0,
        fundCentre: record.fields.fundCentre,
        prior: formatCents(split?.priorCents ?? 0, locale),
      }),
    ),
    facts([[t(locale, 'bot.fact.id'), (split?.opportunityIds ?? []).join(', ')]]),
    reasonInput(locale),
  ];
  const data = { opportunityId: record.id, version: record.version };
  body.push(
    ...buttonRows([
      execute(t(locale, 'bot.action.releaseAward'), 'releaseAward', data, 'positive'),
    ]),
  );
  return card(body, [confirmFirst(locale, 'cancel', data)], refresh);
}

/** Who won, for the author and the cardholder only; everyone else sees the public name. */
export function winnerFacts(
  record: Opportunity,
  locale: Locale,
  identity: { name: string; businessName: string; email: string } | null,
): Element[] {
  const award = record.award;
  if (!award) return [];
  const name = identity ? identity.businessName || identity.name : award.supplierName;
  return [
    facts([
      [
        t(locale, 'bot.award.winner'),
        identity
          ? t(locale, 'bot.award.winnerValue', {
              name,
              email: identity.email,
              confirmation: award.winner,
            })
          : name,
      ],
    ]),
    text(t(locale, 'bot.award.draw', { count: award.candidates.length }), { isSubtle: true }),
  ];
}

/** The author records where the delivered work is. */
export function deliveryCard(
  record: Opportunity,
  locale: Locale,
  winner: Element[],
  context: { notice?: { text: string; tone?: 'Good' | 'Attention' | 'Warning' } } = {},
): Card {
  const data = { opportunityId: record.id, version: record.version };
  return card(
    [
      heading(t(locale, 'bot.delivery.title', { id: record.id })),
      ...noticeBlock(context.notice),
      ...winner,
      {
        type: 'Input.Text',
        id: 'deliveryUrl',
        label: t(locale, 'bot.delivery.url'),
        style: 'Url',
        maxLength: 500,
        isRequired: true,
        errorMessage: t(locale, 'problem.required', { field: t(locale, 'bot.delivery.url') }),
      },
      ...buttonRows([
        execute(t(locale, 'bot.action.recordDelivery'), 'recordDelivery', data, 'positive'),
      ]),
      // The reason is for the cancelling in the last row, so it sits below the delivery's button.
      text(t(locale, 'bot.accept.nonDelivery'), { isSubtle: true }),
      reasonInput(locale),
    ],
    [confirmFirst(locale, 'cancel', data)],
  );
}

/** The author checks each acceptance criterion and certifies the work (FAA s.34). */
export function acceptanceCard(
  record: Opportunity,
  locale: Locale,
  winner: Element[],
  context: { notice?: { text: string; tone?: 'Good' | 'Attention' | 'Warning' } } = {},
): Card {
  const data = { opportunityId: record.id, version: record.version };
  const body: Element[] = [
    heading(t(locale, 'bot.accept.title', { id: record.id })),
    ...noticeBlock(context.notice),
    ...winner,
    facts([[t(locale, 'field.deliveryUrl'), record.deliveryUrl ?? '']]),
  ];
  record.fields.acceptanceCriteria.forEach((criterion, i) => {
    body.push(
      text(
        t(locale, 'bot.accept.criterion', {
          kind: t(locale, `site.acceptance.${criterion.kind}`),
          text: criterion[locale],
        }),
        { weight: 'Bolder' },
      ),
      {
        type: 'Input.Toggle',
        id: `met${i + 1}`,
        title: t(locale, 'bot.accept.met'),
        valueOn: 'true',
        valueOff: 'false',
        value: 'false',
      },
      {
        type: 'Input.Text',
        id: `note${i + 1}`,
        label: t(locale, 'bot.accept.note'),
        maxLength: 1000,
      },
    );
  });
  body.push(
    {
      type: 'Input.Toggle',
      id: 'certified',
      title: t(locale, 'bot.accept.certify'),
      valueOn: 'true',
      valueOff: 'false',
      value: 'false',
      wrap: true,
    },
    ...buttonRows([execute(t(locale, 'bot.action.accept'), 'accept', data, 'positive')]),
    text(t(locale, 'bot.accept.nonDelivery'), { isSubtle: true }),
    reasonInput(locale),
  );
  return card(body, [confirmFirst(locale, 'cancel', data)]);
}

/** The cardholder records the payment: method, date, amount (at most the committed total), reference. */
export function paymentCard(
  record: Opportunity,
  locale: Locale,
  now: Date,
  refresh: Partial<Card>,
  context: { notice?: { text: string; tone?: 'Good' | 'Attention' | 'Warning' } } = {},
): Card {
  const data = { opportunityId: record.id, version: record.version };
  const committed = totalCents(record.fields) ?? 0;
  const dates = paymentDates(record, now);
  return card(
    [
      heading(t(locale, 'bot.payment.title', { id: record.id })),
      ...noticeBlock(context.notice),
      facts([
        [t(locale, 'bot.award.winner'), record.supplierName ?? ''],
        [
          t(locale, 'bot.fact.value'),
          t(locale, 'bot.payment.committed', { amount: formatCents(committed, locale) }),
        ],
      ]),
      {
        type: 'Input.ChoiceSet',
        id: 'method',
        label: t(locale, 'bot.payment.method'),
        style: 'expanded',
        isRequired: true,
        errorMessage: t(locale, 'problem.required', { field: t(locale, 'bot.payment.method') }),
        value: 'card',
        choices: [
          { title: t(locale, 'bot.payment.card'), value: 'card' },
          { title: t(locale, 'bot.payment.paypal'), value: 'paypal' },
        ],
      },
      {
        type: 'Input.Date',
        id: 'paidOn',
        label: t(locale, 'bot.payment.paidOn'),
        value: dates.latest,
        ...(dates.earliest ? { min: dates.earliest } : {}),
        max: dates.latest,
        isRequired: true,
        errorMessage: t(locale, 'problem.required', { field: t(locale, 'bot.payment.paidOn') }),
      },
      {
        type: 'Input.Text',
        id: 'amount',
        label: t(locale, 'bot.payment.amount'),
        value: (committed / 100).toFixed(2),
        isRequired: true,
        errorMessage: t(locale, 'problem.required', { field: t(locale, 'bot.payment.amount') }),
        maxLength: 20,
      },
      {
        type: 'Input.Text',
        id: 'reference',
        label: t(locale, 'bot.payment.reference'),
        isRequired: true,
        errorMessage: t(locale, 'problem.required', { field: t(locale, 'bot.payment.reference') }),
        maxLength: 100,
      },
    ],
    [execute(t(locale, 'bot.action.recordPayment'), 'recordPayment', data, 'positive')],
    refresh,
  );
}

/**
 * The author's view of a posted opportunity: its public page (a button that opens it), then two
 * sections each with its own button, an addendum in both languages and the later closing it
 * explains; cancelling is apart in the card's last row, asking its reason and confirmation in its
 * own second step, so no reason sits under the addendum and Cancel is not beside Publish.
 */
export function addendumCard(
  record: Opportunity,
  locale: Locale,
  publicUrl: string,
  context: { notice?: { text: string; tone?: 'Good' | 'Attention' | 'Warning' } } = {},
): Card {
  const data = { opportunityId: record.id, version: record.version };
  const closing = record.fields.closingAt
    ? easternDateTime(record.fields.closingAt)
    : { date: '', time: '' };
  const addenda = record.addenda.map((a, i): [string, string] => [
    t(locale, 'bot.addendum.label', { n: i + 1 }),
    a[locale],
  ]);
  return card(
    [
      heading(`${record.id} · ${title(record, locale)}`),
      ...noticeBlock(context.notice),
      facts([
        [t(locale, 'bot.fact.state'), t(locale, `state.${record.state}`)],
        [t(locale, 'bot.fact.publicPage'), publicUrl],
        ...addenda,
      ]),
      actionSet([openUrl(t(locale, 'bot.action.openPublicPage'), publicUrl)]),
      section([
        text(t(locale, 'bot.addendum.intro')),
        {
          type: 'Input.Text',
          id: 'en',
          label: t(locale, 'bot.addendum.en'),
          isMultiline: true,
          maxLength: 2000,
        },
        {
          type: 'Input.Text',
          id: 'fr',
          label: t(locale, 'bot.addendum.fr'),
          isMultiline: true,
          maxLength: 2000,
        },
        actionSet([execute(t(locale, 'bot.action.amend'), 'amend', data, 'positive')]),
      ]),
      // The addendum's texts above say why when the closing moves later (`extendClosing`).
      section([
        text(t(locale, 'bot.extendClosing.intro')),
        {
          type: 'Input.Date',
          id: 'closingDate',
          label: t(locale, 'tab.extendClosing.date'),
          value: closing.date,
          ...(closing.date ? { min: closing.date } : {}),
        },
        {
          type: 'Input.Time',
          id: 'closingTime',
          label: `${t(locale, 'tab.extendClosing.time')} (${t(locale, 'tab.hint.closing')})`,
          value: closing.time,
        },
        actionSet([execute(t(locale, 'tab.extendClosing.submit'), 'extendClosing', data)]),
      ]),
    ],
    [confirmFirst(locale, 'cancel', data, [reasonInput(locale)])],
  );
}
