import { parseIntent } from '../../domain/intents';
import type { Opportunity } from '../../domain/opportunity';
import { acceptanceCard, readAcceptance } from '../../bot/cards/acceptanceCard';
import { addendumCard, readAddendum, readClosing } from '../../bot/cards/addendumCard';
import { changeCardholderInput } from '../../bot/cards/changeCardholderCard';
import { deliveryCard, readDelivery } from '../../bot/cards/deliveryCard';
import { draftCard, readDraftInputs } from '../../bot/cards/draftCard';
import type { Card } from '../../bot/cards/elements';
import { evaluationCard, readEvaluation } from '../../bot/cards/evaluationCard';
import { approvalCard, readComment } from '../../bot/cards/approvalCard';
import { statusCard } from '../../bot/cards/opportunityCards';
import { paymentCard, readPayment } from '../../bot/cards/paymentCard';
import { questionCard, typedOn } from '../../bot/cards/questionCard';
import { readReason } from '../../bot/cards/reasonInput';
import { releaseCard } from '../../bot/cards/releaseCard';
import { anOpportunity, people } from '../support/builders';

/**
 * Each card's reader reads back what its builder's inputs send: the inputs are found in the card's
 * JSON, as a client finds them, and given values in the card's order. An input id renamed on one
 * side only fails here.
 */

type Input = { type: string; id: string; choices?: Array<{ value: string }> } & Record<
  string,
  unknown
>;

/** Every input of a card, second steps (Action.ShowCard) included, in the card's order. */
function inputsOf(node: unknown): Input[] {
  if (Array.isArray(node)) return node.flatMap(inputsOf);
  if (typeof node !== 'object' || node === null) return [];
  const element = node as Record<string, unknown>;
  const own =
    typeof element.type === 'string' && element.type.startsWith('Input.') ? [element as Input] : [];
  return [...own, ...Object.values(element).flatMap(inputsOf)];
}

/** What a client sends from `card` with `values` typed into its inputs, in order. */
function sent(card: Card, values: readonly string[]): Record<string, unknown> {
  const inputs = inputsOf(card);
  expect(inputs).toHaveLength(values.length);
  return Object.fromEntries(
    inputs.map((input, i) => {
      const value = values[i]!;
      // A choice or a toggle can only send one of its own values.
      if (input.type === 'Input.ChoiceSet')
        expect(input.choices?.map((c) => c.value)).toContain(value);
      if (input.type === 'Input.Toggle') expect([input.valueOn, input.valueOff]).toContain(value);
      return [input.id, value];
    }),
  );
}

const evaluating = (overrides: Partial<Opportunity> = {}) =>
  anOpportunity({
    state: 'evaluating',
    applications: ['MA-2029-0001-A1', 'MA-2029-0001-A2'],
    ...overrides,
    fields: {
      ...anOpportunity().fields,
      evaluationCriteria: [
        { en: 'Has shipped a React component', fr: 'A livré un composant React' },
        { en: 'Knows WCAG', fr: 'Connaît les WCAG' },
      ],
    },
  });

const award = {
  winner: 'MA-2029-0001-A1',
  supplierName: 'Jordan Developer',
  candidates: ['MA-2029-0001-A1'],
  at: '2029-12-20T15:00:00.000Z',
} as unknown as NonNullable<Opportunity['award']>;

test('the evaluation card: a pass or fail and a reason per statement, and the reason to cancel', () => {
  const record = evaluating();
  const applicant = { index: 0, count: 2, answers: ['Yes.', 'Yes.'], results: null };
  const raw = sent(
    evaluationCard(record, 'en', applicant, { evaluated: 0, passed: 0, complete: false }),
    ['pass', 'Shipped two.', 'fail', ''],
  );
  expect(readEvaluation(raw, 2)).toEqual([
    { pass: true, rationale: 'Shipped two.' },
    { pass: false, rationale: '' },
  ]);
  // Nothing chosen is neither pass nor fail.
  expect(readEvaluation({}, 1)).toEqual([{ pass: null, rationale: '' }]);

  const noneQualified = evaluationCard(record, 'fr', applicant, {
    evaluated: 2,
    passed: 0,
    complete: true,
  });
  // The reason to cancel comes first, above the applicant.
  const all = sent(noneQualified, ['Aucun candidat qualifié.', 'fail', 'Non.', 'fail', 'Non.']);
  expect(readReason(all)).toEqual({ reason: 'Aucun candidat qualifié.' });
  expect(readEvaluation(all, 2).map((r) => r.pass)).toEqual([false, false]);
});

test('the release card: the reason', () => {
  const record = anOpportunity({ state: 'awardHeld', award });
  const raw = sent(releaseCard(record, 'en', {}), ['Checked with the fund centre.']);
  expect(readReason(raw)).toEqual({ reason: 'Checked with the fund centre.' });
});

test('the delivery card: the link to the work, and the reason to cancel', () => {
  const record = anOpportunity({ state: 'awarded', award });
  const raw = sent(deliveryCard(record, 'en', []), [
    'https://github.com/example/date-picker/pull/1',
    'Never delivered.',
  ]);
  expect(readDelivery(raw)).toEqual({
    deliveryUrl: 'https://github.com/example/date-picker/pull/1',
  });
  expect(readReason(raw)).toEqual({ reason: 'Never delivered.' });
});

test('the acceptance card: met and a note per criterion, the certification, the reason', () => {
  const record = anOpportunity({ state: 'delivered', award, deliveryUrl: 'https://example.com' });
  const raw = sent(acceptanceCard(record, 'fr', []), [
    'true',
    'Fonctionne.',
    'false',
    '',
    'true',
    'Aucune alerte.',
    'true',
    'Pas livré.',
  ]);
  expect(readAcceptance(raw, 3)).toEqual({
    checks: [
      { met: true, note: 'Fonctionne.' },
      { met: false, note: '' },
      { met: true, note: 'Aucune alerte.' },
    ],
    certified: true,
  });
  expect(readReason(raw)).toEqual({ reason: 'Pas livré.' });
});

test('the payment card: method, date, amount in cents and reference', () => {
  const record = anOpportunity({ state: 'accepted', award, supplierName: 'Jordan Developer' });
  const raw = sent(paymentCard(record, 'en', new Date('2030-03-02T15:00:00.000Z'), {}), [
    'paypal',
    '2030-03-01',
    '1,234.50',
    'INV-7',
  ]);
  expect(readPayment(raw)).toEqual({
    method: 'paypal',
    paidOn: '2030-03-01',
    amountCents: 123_450,
    reference: 'INV-7',
  });
  expect(readPayment({ amount: 'lots' }).amountCents).toBeNaN();
});

test('the addendum card: the two texts, the later closing, and the reason in its second step', () => {
  const record = anOpportunity({ state: 'posted' });
  const raw = sent(addendumCard(record, 'en', 'https://micro.example.gc.ca/en/x'), [
    'Closing moved.',
    'Clôture reportée.',
    '2030-01-22',
    '15:30',
    'No longer needed.',
  ]);
  expect(readAddendum(raw)).toEqual({ en: 'Closing moved.', fr: 'Clôture reportée.' });
  // 15:30 Eastern (standard time) is 20:30 UTC.
  expect(readClosing(raw)).toEqual({
    closingAt: '2030-01-22T20:30:00.000Z',
    en: 'Closing moved.',
    fr: 'Clôture reportée.',
  });
  expect(readReason(raw)).toEqual({ reason: 'No longer needed.' });
});

test('the approval card: the comment its buttons send', () => {
  const record = anOpportunity({ state: 'awaitingFunds' });
  const context = { locale: 'en' as const, approverTeamsIds: [], waitingForName: null };
  const raw = sent(approvalCard(record, context), ['Use fund centre FC-9999.']);
  expect(readComment(raw)).toBe('Use fund centre FC-9999.');
});

test('the change-cardholder step: the cardholder named and the comment, as an intent', () => {
  const record = anOpportunity({ state: 'awaitingFunds' });
  const context = {
    locale: 'en' as const,
    approverTeamsIds: [],
    waitingForName: null,
    reassigning: { cardholders: [{ id: people.cardholder.id, name: people.cardholder.name }] },
  };
  const raw = sent(statusCard(record, context), [people.cardholder.id, 'Card cancelled.']);
  const parsed = parseIntent(changeCardholderInput(raw));
  expect(parsed).toEqual({
    ok: true,
    value: {
      kind: 'changeCardholder',
      cardholderId: people.cardholder.id,
      comment: 'Card cancelled.',
    },
  });
});

test('the question card: the public question and answer in both languages, and the reason', () => {
  const record = anOpportunity({ state: 'posted' });
  const question = {
    number: 'Q3',
    askedAt: '2029-12-03T14:00:00.000Z',
    language: 'en' as const,
    question: 'Must the component work in Internet Explorer?',
    status: 'waiting' as const,
    overdue: false,
    answer: null,
    declineReason: null,
    declinedAt: null,
  };
  const values = ['Which browsers?', 'Quels navigateurs?', 'Current ones.', 'Les actuels.', ''];
  const raw = sent(questionCard({ record, question, locale: 'en' }), values);
  expect(typedOn(raw)).toEqual({
    questionEn: 'Which browsers?',
    questionFr: 'Quels navigateurs?',
    answerEn: 'Current ones.',
    answerFr: 'Les actuels.',
    reason: '',
  });
});

test('the draft card: title, summary and cardholder', () => {
  const values = [
    'Accessible date picker',
    'Sélecteur de date accessible',
    'Build a date picker.',
    'Créer un sélecteur de date.',
    people.cardholder.id,
  ];
  const card = draftCard({
    locale: 'en',
    record: null,
    problems: [],
    missing: [],
    cardholders: [people.cardholder],
    nonce: 'n',
  });
  expect(readDraftInputs(sent(card, values))).toEqual({
    titleEn: values[0],
    titleFr: values[1],
    summaryEn: values[2],
    summaryFr: values[3],
    cardholderId: values[4],
  });
});
