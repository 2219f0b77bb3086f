import { maxQuestionLength } from '../../domain/limits';
import { problem } from '../../domain/problems';
import {
  parseQuestion,
  questionDeadline,
  questionFields,
  takesQuestions,
} from '../../domain/questions';
import { anOpportunity } from '../support/builders';

// The default record closes 2030-01-15 20:00 UTC; a 24-hour cut-off ends questions a day before.
const posted = anOpportunity({ state: 'posted' });
const cutoffHours = 24;
const deadline = '2030-01-14T20:00:00.000Z';
const before = new Date('2030-01-14T19:59:59.999Z');
const valid = { question: '  Is React 19 required?  ', email: 'dev@example.com', website: '' };

describe('when questions are taken', () => {
  test('the deadline is the closing less the cut-off; none without a readable closing', () => {
    expect(questionDeadline(posted, cutoffHours)?.toISOString()).toBe(deadline);
    expect(questionDeadline(posted, 0)?.toISOString()).toBe('2030-01-15T20:00:00.000Z');
    const noClosing = anOpportunity({ state: 'posted' });
    noClosing.fields.closingAt = null;
    expect(questionDeadline(noClosing, cutoffHours)).toBeNull();
    const unreadable = anOpportunity({ state: 'posted' });
    unreadable.fields.closingAt = 'soon';
    expect(questionDeadline(unreadable, cutoffHours)).toBeNull();
  });

  test('only a posted opportunity, and only before the deadline, to the millisecond', () => {
    expect(takesQuestions(posted, before, cutoffHours)).toBe(true);
    expect(takesQuestions(posted, new Date(deadline), cutoffHours)).toBe(false);
    for (const state of ['draft', 'awaitingFunds', 'evaluating', 'cancelled'] as const)
      expect(takesQuestions(anOpportunity({ state }), before, cutoffHours)).toBe(false);
    const noClosing = anOpportunity({ state: 'posted' });
    noClosing.fields.closingAt = null;
    expect(takesQuestions(noClosing, before, cutoffHours)).toBe(false);
  });
});

describe('reading a question form', () => {
  test('a good question is kept trimmed, with its e-mail; the trap may be left out', () => {
    const value = { question: 'Is React 19 required?', email: 'dev@example.com' };
    expect(parseQuestion(valid, posted, before, cutoffHours)).toEqual({ ok: true, value });
    expect(
      parseQuestion({ question: valid.question, email: valid.email }, posted, before, cutoffHours),
    ).toEqual({ ok: true, value });
  });

  test('after the deadline it is refused, naming the deadline, whatever it holds', () => {
    expect(parseQuestion(valid, posted, new Date(deadline), cutoffHours)).toEqual({
      ok: false,
      error: [problem('closingAt', 'questionsClosed', { closingAt: deadline })],
    });
    const noClosing = anOpportunity({ state: 'posted' });
    noClosing.fields.closingAt = null;
    expect(parseQuestion(valid, noClosing, before, cutoffHours)).toEqual({
      ok: false,
      error: [problem('closingAt', 'questionsClosed', { closingAt: '' })],
    });
  });

  test('every problem of the form at once, each under its field', () => {
    expect(parseQuestion({ website: 'spam' }, posted, before, cutoffHours)).toEqual({
      ok: false,
      error: [
        problem(questionFields.question, 'required'),
        problem(questionFields.email, 'required'),
        problem(questionFields.honeypot, 'mustBeEmpty'),
      ],
    });
    expect(
      parseQuestion(
        { question: '<script>alert(1)</script>', email: 'not an address' },
        posted,
        before,
        cutoffHours,
      ),
    ).toEqual({
      ok: false,
      error: [
        problem(questionFields.question, 'markup'),
        problem(questionFields.email, 'invalidEmail'),
      ],
    });
  });

  test('a problem of each field at once: neither also gets "required"', () => {
    expect(parseQuestion({ question: 7, email: 42 }, posted, before, cutoffHours)).toEqual({
      ok: false,
      error: [
        problem(questionFields.question, 'wrongType', { expected: 'text' }),
        problem(questionFields.email, 'wrongType', { expected: 'text' }),
      ],
    });
  });

  test('a question too long or not text gets that problem alone, not "required" as well', () => {
    const long = 'é'.repeat(maxQuestionLength + 1);
    expect(parseQuestion({ ...valid, question: long }, posted, before, cutoffHours)).toEqual({
      ok: false,
      error: [problem(questionFields.question, 'tooLong', { max: maxQuestionLength })],
    });
    expect(
      parseQuestion(
        { ...valid, question: 'é'.repeat(maxQuestionLength) },
        posted,
        before,
        cutoffHours,
      ).ok,
    ).toBe(true);
    expect(parseQuestion({ ...valid, question: 42 }, posted, before, cutoffHours)).toEqual({
      ok: false,
      error: [problem(questionFields.question, 'wrongType', { expected: 'text' })],
    });
    expect(parseQuestion({ ...valid, email: 42 }, posted, before, cutoffHours)).toEqual({
      ok: false,
      error: [problem(questionFields.email, 'wrongType', { expected: 'text' })],
    });
    expect(
      parseQuestion({ ...valid, email: `${'a'.repeat(250)}@b.ca` }, posted, before, cutoffHours),
    ).toEqual({
      ok: false,
      error: [problem(questionFields.email, 'tooLong', { max: 254 })],
    });
  });
});
