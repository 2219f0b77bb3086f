import { totalCents } from '../../domain/completeness';
import { maxAmountTextLength, maxReferenceLength } from '../../domain/limits';
import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import { formatCents, parseDollars } from '../../domain/money';
import type { Opportunity } from '../../domain/opportunity';
import { paymentDates } from '../../domain/paymentDates';
import { card, execute, facts, heading, inputText, type Card } from './elements';
import { noticeBlock, type Notice } from './opportunityCards';

export const paymentInputIds = {
  method: 'method',
  paidOn: 'paidOn',
  amount: 'amount',
  reference: 'reference',
} as const;

export interface PaymentInput {
  method: string;
  paidOn: string;
  /** NaN when the typed amount is not dollars: the domain reports it beside the amount. */
  amountCents: number;
  reference: string;
}

/** What the card's inputs sent (`recordPayment`). */
export function readPayment(raw: Readonly<Record<string, unknown>>): PaymentInput {
  return {
    method: inputText(raw, paymentInputIds.method),
    paidOn: inputText(raw, paymentInputIds.paidOn),
    amountCents: parseDollars(inputText(raw, paymentInputIds.amount)) ?? Number.NaN,
    reference: inputText(raw, paymentInputIds.reference),
  };
}

/** The cardholder records the payment: method, date, amount (at most the committed total), reference. */
export function paymentCard(
  record: Opportunity,
  locale: Locale,
  now: Date,
  refresh: Partial<Card>,
  context: { notice?: Notice } = {},
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
        id: paymentInputIds.method,
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
        id: paymentInputIds.paidOn,
        label: t(locale, 'bot.payment.paidOn'),
        value: dates.latest,
        ...(dates.earliest ? { min: dates.earliest } : {}),
        max: dates.latest,
        isRequired: true,
        errorMessage: t(locale, 'problem.required', { field: t(locale, 'bot.payment.paidOn') }),
      },
      {
        type: 'Input.Text',
        id: paymentInputIds.amount,
        label: t(locale, 'bot.payment.amount'),
        value: (committed / 100).toFixed(2),
        isRequired: true,
        errorMessage: t(locale, 'problem.required', { field: t(locale, 'bot.payment.amount') }),
        maxLength: maxAmountTextLength,
      },
      {
        type: 'Input.Text',
        id: paymentInputIds.reference,
        label: t(locale, 'bot.payment.reference'),
        isRequired: true,
        errorMessage: t(locale, 'problem.required', { field: t(locale, 'bot.payment.reference') }),
        maxLength: maxReferenceLength,
      },
    ],
    [execute(t(locale, 'bot.action.recordPayment'), 'recordPayment', data, 'positive')],
    refresh,
  );
}
