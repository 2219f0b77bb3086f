import { decide, type DecisionContext } from '../../domain/decide';
import type { Intent } from '../../domain/intents';
import type { Opportunity } from '../../domain/opportunity';
import { actor, anOpportunity, beforeClosing, people } from '../support/builders';
import { aValidIntent, questionNumber } from '../support/domainArbitraries';

/** The author's steps on a posted opportunity: a later closing, and replies to suppliers' questions. */
const posted = anOpportunity({ state: 'posted' });
const publishedClosing = posted.fields.closingAt!;

function byAuthor(record: Opportunity, intent: Intent, context: Partial<DecisionContext> = {}) {
  return decide(record, intent, actor(people.author), {
    now: beforeClosing,
    cardholder: people.cardholder,
    questions: { received: [questionNumber] },
    ...context,
  });
}

const problemsOf = (decision: ReturnType<typeof decide>) =>
  decision.ok ? [] : decision.refusal.kind === 'incomplete' ? decision.refusal.problems : [];

describe('extending the closing', () => {
  const extend = (closingAt: string, texts: { en?: string; fr?: string } = {}) =>
    byAuthor(posted, {
      kind: 'extendClosing',
      closingAt,
      en: texts.en ?? 'More time to read a late answer.',
      fr: texts.fr ?? 'Plus de temps pour lire une réponse tardive.',
    });

  test('a later closing is published as an addendum that keeps the closing it replaces', () => {
    const later = '2030-01-18T20:00:00.000Z';
    const decision = extend(later);
    if (!decision.ok) throw new Error(`refused: ${JSON.stringify(decision.refusal)}`);
    expect(decision.record.fields.closingAt).toBe(later);
    expect(decision.record.state).toBe('posted');
    expect(decision.event.details).toEqual({
      kind: 'extendClosing',
      closingAt: later,
      en: 'More time to read a late answer.',
      fr: 'Plus de temps pour lire une réponse tardive.',
      from: publishedClosing,
    });
    // The record keeps it as an addendum, with the closing it moved from and to.
    expect(decision.record.addenda).toEqual([
      {
        at: beforeClosing.toISOString(),
        en: 'More time to read a late answer.',
        fr: 'Plus de temps pour lire une réponse tardive.',
        closing: { from: publishedClosing, to: later },
      },
    ]);
    const earlier = { at: '2029-11-20T15:00:00.000Z', en: 'New repo.', fr: 'Nouveau dépôt.' };
    const again = byAuthor(
      { ...posted, addenda: [earlier] },
      { kind: 'extendClosing', closingAt: later, en: 'a', fr: 'b' },
    );
    expect(again.ok && again.record.addenda.map((a) => a.en)).toEqual(['New repo.', 'a']);
  });

  test('the new closing must be later than the published one: the same time is refused, a millisecond later is not', () => {
    const earlier = '2030-01-14T20:00:00.000Z';
    for (const closingAt of [earlier, publishedClosing]) {
      expect(problemsOf(extend(closingAt))).toEqual([
        {
          field: 'closingAt',
          code: 'notLaterThanClosing',
          params: { closingAt: publishedClosing },
        },
      ]);
    }
    const justLater = new Date(Date.parse(publishedClosing) + 1).toISOString();
    expect(extend(justLater).ok).toBe(true);
  });

  test('the new closing must fall before the start date, counted in Eastern time', () => {
    // The work starts on 2030-01-20; 04:00 UTC on the 20th is still the 19th in Toronto.
    expect(extend('2030-01-20T04:00:00.000Z').ok).toBe(true);
    for (const closingAt of ['2030-01-20T05:00:00.000Z', '2030-01-22T20:00:00.000Z']) {
      expect(problemsOf(extend(closingAt))).toEqual([
        { field: 'startDate', code: 'notAfter', params: { other: 'closingAt' } },
      ]);
    }
  });

  test('a closing and both languages of the addendum are required', () => {
    expect(problemsOf(extend('', { en: '', fr: '' }))).toEqual([
      { field: 'closingAt', code: 'required' },
      { field: 'en', code: 'required' },
      { field: 'fr', code: 'required' },
    ]);
  });
});

describe('replying to a supplier’s question', () => {
  const answer = aValidIntent('answerQuestion', beforeClosing);
  const reason = 'Asks for the budget breakdown, which is not public.';
  const decline: Intent = { kind: 'declineQuestion', question: questionNumber, reason };

  test('an answer is recorded whole, to be published with its question', () => {
    const decision = byAuthor(posted, answer);
    if (!decision.ok) throw new Error(`refused: ${JSON.stringify(decision.refusal)}`);
    expect(decision.event.details).toEqual(answer);
    expect(decision.record.answers).toMatchObject([
      { question: questionNumber, answerEn: 'Yes: any supported version.' },
    ]);
  });

  test('a declined question keeps only its number in the details, and the reason as the comment', () => {
    const decision = byAuthor(posted, decline);
    if (!decision.ok) throw new Error(`refused: ${JSON.stringify(decision.refusal)}`);
    expect(decision.event.details).toEqual({ kind: 'declineQuestion', question: questionNumber });
    expect(decision.event.comment).toBe(reason);
    expect(decision.record.declinedQuestions).toEqual([questionNumber]);
  });

  test('only a question received and not yet settled can be answered or declined', () => {
    const unknown = [{ field: 'question', code: 'unknownQuestion' }];
    const answered = byAuthor(posted, answer);
    const declined = byAuthor(posted, decline);
    if (!answered.ok || !declined.ok) throw new Error('the first reply was refused');
    for (const intent of [answer, decline]) {
      expect(
        problemsOf(byAuthor(posted, intent, { questions: { received: ['OTHER001'] } })),
      ).toEqual(unknown);
      expect(problemsOf(byAuthor(posted, intent, { questions: undefined }))).toEqual(unknown);
      expect(problemsOf(byAuthor(answered.record, intent))).toEqual(unknown);
      expect(problemsOf(byAuthor(declined.record, intent))).toEqual(unknown);
    }
  });

  test('each reply needs its own texts: four for an answer, a reason to decline', () => {
    expect(
      problemsOf(
        byAuthor(posted, {
          kind: 'answerQuestion',
          question: questionNumber,
          questionEn: 'Q?',
          questionFr: '',
          answerEn: '',
          answerFr: 'R.',
        }),
      ),
    ).toEqual([
      { field: 'questionFr', code: 'required' },
      { field: 'answerEn', code: 'required' },
    ]);
    expect(
      problemsOf(
        byAuthor(posted, { kind: 'declineQuestion', question: questionNumber, reason: '' }),
      ),
    ).toEqual([{ field: 'reason', code: 'required' }]);
  });
});

describe('an addendum', () => {
  test('records its two texts and nothing of a closing, which it does not change', () => {
    const texts = { en: 'The repository moved.', fr: 'Le dépôt a été déplacé.' };
    const decision = byAuthor(posted, { kind: 'amend', ...texts });
    if (!decision.ok) throw new Error(`refused: ${JSON.stringify(decision.refusal)}`);
    expect(decision.event.details).toEqual({ kind: 'amend', ...texts });
    expect(decision.record.fields.closingAt).toBe(publishedClosing);
    expect(decision.record.addenda).toEqual([{ at: beforeClosing.toISOString(), ...texts }]);
  });
});
