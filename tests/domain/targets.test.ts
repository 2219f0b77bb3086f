import {
  defaultStepTargets,
  questionWait,
  stateTarget,
  unansweredQuestions,
  waitOf,
} from '../../domain/targets';
import { states } from '../../domain/states';
import { easternToInstant } from '../../domain/text';
import { anOpportunity, completeFields, people } from '../support/builders';

const at = (date: string, time = '10:00') => easternToInstant(date, time)!;
const targets = defaultStepTargets;

describe('the step an opportunity waits at', () => {
  test('funds approval waits for the named cardholder, from submission, two business days by default', () => {
    // Submitted Thursday 24 December 2026: Christmas, the weekend and Boxing Day (observed Monday) do not count.
    const record = anOpportunity({ state: 'awaitingFunds', stateSince: at('2026-12-24') });
    expect(waitOf(record, new Date(at('2026-12-29', '09:00')), targets)).toEqual({
      step: 'fundsApproval',
      awaiting: { personId: people.cardholder.id },
      since: at('2026-12-24'),
      waited: 1,
      target: 2,
      dueAt: at('2026-12-30'),
      overdue: false,
    });
    const late = waitOf(record, new Date(at('2026-12-30', '10:01')), targets);
    expect(late).toMatchObject({ waited: 2, overdue: true });
  });

  test('posting approval waits for any procurement officer', () => {
    const record = anOpportunity({ state: 'awaitingProcurement', stateSince: at('2026-11-16') });
    expect(
      waitOf(record, new Date(at('2026-11-20')), { ...targets, postingApproval: 3 }),
    ).toMatchObject({
      step: 'postingApproval',
      awaiting: { role: 'procurement' },
      waited: 4,
      target: 3,
      overdue: true,
    });
  });

  test('after closing: evaluation until every application is evaluated, then the award, both from closing', () => {
    const closed = {
      state: 'evaluating' as const,
      stateSince: at('2026-11-16'),
      closedAt: at('2026-11-16'),
      applications: ['A', 'B'],
    };
    const now = new Date(at('2026-11-23', '10:30'));
    expect(
      waitOf(anOpportunity({ ...closed, evaluations: { A: [true] } }), now, targets),
    ).toMatchObject({
      step: 'evaluation',
      awaiting: { personId: people.author.id },
      waited: 5,
      target: 5,
      overdue: true,
    });
    const evaluated = anOpportunity({ ...closed, evaluations: { A: [true], B: [false] } });
    expect(waitOf(evaluated, now, targets)).toMatchObject({
      step: 'award',
      since: at('2026-11-16'),
      target: 7,
      overdue: false,
    });
    const held = anOpportunity({ ...closed, state: 'awardHeld', stateSince: at('2026-11-20') });
    expect(waitOf(held, now, targets)).toMatchObject({
      step: 'award',
      awaiting: { role: 'procurement' },
      since: at('2026-11-16'),
    });
  });

  test('delivery is due by the end of the delivery date, Eastern time', () => {
    const record = anOpportunity({
      state: 'awarded',
      stateSince: at('2026-11-02'),
      awardedAt: at('2026-11-02'),
      fields: completeFields({ deliveryDate: '2026-11-20' }),
    });
    expect(waitOf(record, new Date(at('2026-11-20', '23:59')), targets)).toMatchObject({
      step: 'delivery',
      awaiting: { personId: people.author.id },
      target: null,
      dueAt: at('2026-11-21', '00:00'),
      overdue: false,
    });
    expect(waitOf(record, new Date(at('2026-11-21', '00:01')), targets)?.overdue).toBe(true);
    expect(waitOf(record, new Date(at('2026-11-21', '00:00')), targets)?.overdue).toBe(false);
    // Counted from the award, not from when the state was last entered.
    const later = { ...record, stateSince: at('2026-11-05') };
    expect(waitOf(later, new Date(at('2026-11-06')), targets)?.since).toBe(at('2026-11-02'));
    const unknown = { ...later, awardedAt: null };
    expect(waitOf(unknown, new Date(at('2026-11-06')), targets)?.since).toBe(at('2026-11-05'));
  });

  test('acceptance waits for the author; payment for the cardholder, from the certification (s.34)', () => {
    const delivered = anOpportunity({ state: 'delivered', stateSince: at('2026-11-16') });
    expect(waitOf(delivered, new Date(at('2026-11-17')), targets)).toMatchObject({
      step: 'acceptance',
      awaiting: { personId: people.author.id },
      target: 5,
    });
    const accepted = anOpportunity({
      state: 'accepted',
      stateSince: at('2026-11-17'),
      acceptance: { checks: [{ met: true, note: '' }], certifiedAt: at('2026-11-16') },
    });
    expect(waitOf(accepted, new Date(at('2026-11-23', '10:30')), targets)).toMatchObject({
      step: 'payment',
      awaiting: { personId: people.cardholder.id },
      since: at('2026-11-16'),
      waited: 5,
      target: 5,
      overdue: true,
    });
  });

  test('payment of a record accepted before the certification was kept counts from acceptance', () => {
    const accepted = anOpportunity({
      state: 'accepted',
      stateSince: at('2026-11-17'),
      acceptance: null,
    });
    expect(waitOf(accepted, new Date(at('2026-11-18')), targets)?.since).toBe(at('2026-11-17'));
  });

  test.each(['draft', 'posted', 'paid', 'cancelled', 'rejected'] as const)(
    'a %s opportunity waits for nobody',
    (state) => {
      expect(waitOf(anOpportunity({ state }), new Date(at('2030-06-03')), targets)).toBeNull();
    },
  );
});

test("a supplier's question waits for the author from when it was received", () => {
  // Received Tuesday 30 June 2026: Canada Day (Wednesday) does not count.
  const wait = questionWait(
    anOpportunity(),
    at('2026-06-30', '14:00'),
    new Date(at('2026-07-03', '14:01')),
    targets,
  );
  expect(wait).toEqual({
    step: 'questionAnswer',
    awaiting: { personId: people.author.id },
    since: at('2026-06-30', '14:00'),
    waited: 2,
    target: 2,
    dueAt: at('2026-07-03', '14:00'),
    overdue: true,
  });
  // Due at 14:00: overdue only after it.
  const due = new Date(at('2026-07-03', '14:00'));
  expect(questionWait(anOpportunity(), at('2026-06-30', '14:00'), due, targets).overdue).toBe(
    false,
  );
});

test('each stage of the dashboard is measured against its step’s target, where it has one', () => {
  const targets = {
    fundsApproval: 1,
    postingApproval: 2,
    evaluation: 3,
    award: 4,
    acceptance: 5,
    payment: 6,
    questionAnswer: 7,
  };
  expect(Object.fromEntries(states.map((state) => [state, stateTarget(state, targets)]))).toEqual({
    draft: null,
    awaitingFunds: 1,
    awaitingProcurement: 2,
    posted: null,
    // Evaluating lasts from closing to the award: the award's target.
    evaluating: 4,
    awardHeld: null,
    awarded: null,
    delivered: 5,
    accepted: 6,
    paid: null,
    cancelled: null,
    rejected: null,
  });
});

test('a question is unanswered until the author answers or declines it', () => {
  const record = {
    answers: [
      {
        question: 'AAAAAAAA',
        at: '2030-01-02T15:00:00.000Z',
        questionEn: 'q',
        questionFr: 'q',
        answerEn: 'a',
        answerFr: 'a',
      },
    ],
    declinedQuestions: ['BBBBBBBB'],
  };
  expect(
    unansweredQuestions(record, [
      { number: 'AAAAAAAA' },
      { number: 'CCCCCCCC' },
      { number: 'BBBBBBBB' },
      { number: 'DDDDDDDD' },
    ]),
  ).toEqual(['CCCCCCCC', 'DDDDDDDD']);
  expect(unansweredQuestions({ answers: [], declinedQuestions: [] }, [])).toEqual([]);
});
