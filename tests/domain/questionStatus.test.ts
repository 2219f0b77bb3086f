import { questionStatuses, type AskedQuestion } from '../../domain/questionStatus';
import { readQuestionReply } from '../../domain/questionReply';
import { anOpportunity } from '../support/builders';

const askedAt = '2029-12-01T15:00:00.000Z';
const asked: AskedQuestion = { number: 'ABCDEFGH', askedAt, language: 'en', question: 'Why?' };
const after = (ms: number) => new Date(Date.parse(askedAt) + ms);
const day = 24 * 3_600_000;

describe('a question waiting more than a day is overdue (a plain 24 h rule)', () => {
  test.each([
    ['posted, exactly a day', 'posted', day, false],
    ['posted, a day and a millisecond', 'posted', day + 1, true],
    ['evaluating, two days: no longer answerable', 'evaluating', 2 * day, false],
  ] as const)('%s', (_name, state, waited, overdue) => {
    const record = anOpportunity({ state });
    expect(questionStatuses([asked], record, [], after(waited))[0]).toMatchObject({
      status: 'waiting',
      overdue,
    });
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
  expect(readQuestionReply('declineQuestion', 'ABCDEFGH', { reason: 'Covered above.' })).toEqual({
    ok: true,
    value: { kind: 'declineQuestion', question: 'ABCDEFGH', reason: 'Covered above.' },
  });
});
