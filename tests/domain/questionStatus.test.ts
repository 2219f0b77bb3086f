import type { AuditEvent } from '../../domain/events';
import { formatDateTime } from '../../domain/locale';
import type { AskedQuestion, QuestionToAnswer } from '../../domain/questionStatus';
import { questionStatuses } from '../../domain/questionWaits';
import {
  questionReplyBody,
  questionStatusText,
  readQuestionReply,
} from '../../domain/questionReply';
import { anOpportunity } from '../support/builders';

const askedAt = '2029-12-01T15:00:00.000Z';
const asked: AskedQuestion = { number: 'ABCDEFGH', askedAt, language: 'en', question: 'Why?' };
const after = (ms: number) => new Date(Date.parse(askedAt) + ms);
const day = 24 * 3_600_000;

describe('a question still waiting one business day after it was asked is overdue', () => {
  // Asked Saturday 2029-12-01 at 10:00 Eastern: its business day ends Monday at 10:00 (15:00 UTC).
  const monday = Date.parse('2029-12-03T15:00:00.000Z') - Date.parse(askedAt);
  test.each([
    ['posted, Sunday evening: the weekend does not count', 'posted', day + 9 * 3_600_000, false],
    ['posted, Monday at the same hour', 'posted', monday, false],
    ['posted, a millisecond later', 'posted', monday + 1, true],
    ['evaluating, a week later: no longer answerable', 'evaluating', 7 * day, false],
  ] as const)('%s', (_name, state, waited, overdue) => {
    const record = anOpportunity({ state });
    expect(questionStatuses([asked], record, [], after(waited))[0]).toMatchObject({
      status: 'waiting',
      overdue,
    });
  });

  test('a holiday does not count: asked the day before Christmas, flagged after Boxing Day', () => {
    // 2029-12-24 is a Monday; the 25th and 26th are holidays, so its business day ends on the 27th.
    const christmasEve = { ...asked, askedAt: '2029-12-24T15:00:00.000Z' };
    const record = anOpportunity({ state: 'posted' });
    const at = (iso: string) => questionStatuses([christmasEve], record, [], new Date(iso))[0];
    expect(at('2029-12-26T20:00:00.000Z')).toMatchObject({ overdue: false });
    expect(at('2029-12-27T15:00:00.001Z')).toMatchObject({ overdue: true });
  });

  test('an answered question is never overdue', () => {
    const answer = {
      question: asked.number,
      at: askedAt,
      questionEn: 'a',
      questionFr: 'b',
      answerEn: 'c',
      answerFr: 'd',
    };
    const record = anOpportunity({ state: 'posted', answers: [answer] });
    expect(questionStatuses([asked], record, [], after(3 * day))[0]).toMatchObject({
      status: 'answered',
      overdue: false,
      answer,
    });
  });
});

describe('a declined question', () => {
  const record = anOpportunity({ state: 'posted' });
  const event = (
    details: AuditEvent['details'],
    comment: string | null,
    at: string,
  ): AuditEvent => ({
    opportunityId: record.id,
    version: 7,
    at,
    actorId: record.authorId,
    actorName: record.authorName,
    from: 'posted',
    to: 'posted',
    comment,
    details,
  });
  const declinedAt = '2029-12-01T18:00:00.000Z';
  const other: AskedQuestion = { ...asked, number: 'JKLMNPQR' };

  test('shows the reason and the time of its own decline event, and is never overdue', () => {
    const events = [
      event(
        { kind: 'declineQuestion', question: 'JKLMNPQR' },
        'Out of scope.',
        '2029-12-01T17:00:00.000Z',
      ),
      event({ kind: 'declineQuestion', question: asked.number }, 'Asked twice.', declinedAt),
    ];
    const [status, waiting] = questionStatuses(
      [asked, { ...other, number: 'STVWXYZ0' }],
      record,
      events,
      after(3 * day),
    );
    expect(status).toEqual({
      ...asked,
      status: 'declined',
      answer: null,
      declineReason: 'Asked twice.',
      declinedAt,
      overdue: false,
    });
    expect(waiting).toMatchObject({
      status: 'waiting',
      declineReason: null,
      declinedAt: null,
      overdue: true,
    });
  });

  test('without a comment its reason is empty, and other events decline nothing', () => {
    const events = [
      event({ kind: 'declineQuestion', question: asked.number }, null, declinedAt),
      event(
        { kind: 'extendClosing', from: askedAt, closingAt: declinedAt, en: '', fr: '' },
        'Declined?',
        declinedAt,
      ),
    ];
    const statuses = questionStatuses([asked, other], record, events, after(day / 2));
    expect(statuses.map((s) => [s.status, s.declineReason])).toEqual([
      ['declined', ''],
      ['waiting', null],
    ]);
  });

  test('an answer event names its question too, and declines nothing', () => {
    const texts = {
      questionEn: 'Why?',
      questionFr: 'Pourquoi?',
      answerEn: 'So.',
      answerFr: 'Ainsi.',
    };
    const answered = { ...record, answers: [{ question: other.number, at: declinedAt, ...texts }] };
    const events = [
      event({ kind: 'answerQuestion', question: other.number, ...texts }, 'Answered.', declinedAt),
    ];
    const [, status] = questionStatuses([asked, other], answered, events, after(day / 2));
    expect(status).toMatchObject({ status: 'answered', declineReason: null, declinedAt: null });
  });
});

test('a reply names every problem at once: what does not read and every blank text', () => {
  const read = readQuestionReply('answerQuestion', 'ABCDEFGH', {
    questionEn: 'ok',
    questionFr: ' ',
    answerFr: 'x'.repeat(2_001),
  });
  expect(read.ok ? [] : read.error.map((p) => `${p.field}:${p.code}`).sort()).toEqual([
    'answerEn:required',
    'answerFr:tooLong',
    'questionFr:required',
  ]);
  // Blank texts read (the server's `decide` names them); the reader names them before sending.
  for (const reason of [undefined, '', '  '])
    expect(
      readQuestionReply('declineQuestion', 'ABCDEFGH', {
        ...(reason === undefined ? {} : { reason }),
      }),
    ).toEqual({
      ok: false,
      error: [{ field: 'reason', code: 'required' }],
    });
  expect(readQuestionReply('declineQuestion', 'ABCDEFGH', { reason: 'Covered above.' })).toEqual({
    ok: true,
    value: { kind: 'declineQuestion', question: 'ABCDEFGH', reason: 'Covered above.' },
  });
});

describe('where a question stands, in the reader’s words', () => {
  const waiting: QuestionToAnswer = {
    ...asked,
    status: 'waiting',
    answer: null,
    declineReason: null,
    declinedAt: null,
    overdue: false,
  };
  const answeredAt = '2029-12-03T15:30:00.000Z';
  const answered: QuestionToAnswer = {
    ...waiting,
    status: 'answered',
    answer: {
      question: asked.number,
      at: answeredAt,
      questionEn: 'Why?',
      questionFr: 'Pourquoi?',
      answerEn: 'Because.',
      answerFr: 'Parce que.',
    },
  };
  const declinedAt = '2029-12-04T16:45:00.000Z';
  const declined: QuestionToAnswer = {
    ...waiting,
    status: 'declined',
    declineReason: 'Covered above.',
    declinedAt,
  };

  test('answered or declined: on its own date, whatever the state', () => {
    for (const state of ['posted', 'evaluating'] as const) {
      expect(questionStatusText(answered, state, 'en')).toBe(
        `Answered on ${formatDateTime(answeredAt, 'en')}`,
      );
      expect(questionStatusText(declined, state, 'fr')).toBe(
        `Refusée le ${formatDateTime(declinedAt, 'fr')}`,
      );
    }
  });

  test('neither: waiting while posted, otherwise no longer answerable', () => {
    expect(questionStatusText(waiting, 'posted', 'en')).toBe('Waiting for an answer');
    expect(questionStatusText(waiting, 'posted', 'fr')).toBe('En attente de réponse');
    expect(questionStatusText(waiting, 'evaluating', 'en')).toBe(
      'Not answered; the opportunity no longer takes answers',
    );
  });
});

test('a reply’s body carries only its kind’s texts, a blank for each one not typed', () => {
  const typed = { questionEn: 'Why?', answerFr: 'Parce que.', reason: 'ignored' };
  expect(questionReplyBody('answerQuestion', 'ABCDEFGH', typed)).toEqual({
    kind: 'answerQuestion',
    question: 'ABCDEFGH',
    questionEn: 'Why?',
    questionFr: '',
    answerEn: '',
    answerFr: 'Parce que.',
  });
  expect(questionReplyBody('declineQuestion', 'ABCDEFGH', {})).toEqual({
    kind: 'declineQuestion',
    question: 'ABCDEFGH',
    reason: '',
  });
});
