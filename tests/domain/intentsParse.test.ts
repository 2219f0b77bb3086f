import { parseIntent } from '../../domain/intents';
import { maxRationaleLength } from '../../domain/limits';
import { problem } from '../../domain/problems';

// What each kind of intent reads, exactly, and each problem with its path and parameters: the card
// and the tab send these, and nothing they send is trusted.
const refused = (...problems: ReturnType<typeof problem>[]) => ({ ok: false, error: problems });
const read = (value: unknown) => ({ ok: true, value });

describe('the intents that carry only their kind or one text', () => {
  test.each(['submit', 'close', 'award'])('%s carries nothing else', (kind) => {
    expect(parseIntent({ kind, comment: 'ignored' })).toEqual(read({ kind }));
  });

  test.each(['approveFunds', 'approvePosting', 'returnToAuthor', 'reject'])(
    '%s carries a comment, empty when not given',
    (kind) => {
      expect(parseIntent({ kind, comment: ' Fine. ' })).toEqual(read({ kind, comment: 'Fine.' }));
      expect(parseIntent({ kind })).toEqual(read({ kind, comment: '' }));
    },
  );

  test.each(['cancel', 'releaseAward'])('%s carries a reason', (kind) => {
    expect(parseIntent({ kind, reason: 'Budget.' })).toEqual(read({ kind, reason: 'Budget.' }));
    expect(parseIntent({ kind, reason: 7 })).toEqual(
      refused(problem('reason', 'wrongType', { expected: 'text' })),
    );
  });

  test('an addendum carries both languages', () => {
    expect(parseIntent({ kind: 'amend', en: 'New repo.', fr: 'Nouveau dépôt.' })).toEqual(
      read({ kind: 'amend', en: 'New repo.', fr: 'Nouveau dépôt.' }),
    );
    expect(parseIntent({ kind: 'amend', en: 1, fr: 2 })).toEqual(
      refused(
        problem('en', 'wrongType', { expected: 'text' }),
        problem('fr', 'wrongType', { expected: 'text' }),
      ),
    );
  });

  test('a new closing is read as the draft’s closing is; without one it is blank for decide', () => {
    expect(
      parseIntent({
        kind: 'extendClosing',
        closingAt: '2030-01-22T15:00:00-05:00',
        en: 'More time.',
        fr: 'Plus de temps.',
      }),
    ).toEqual(
      read({
        kind: 'extendClosing',
        closingAt: '2030-01-22T20:00:00.000Z',
        en: 'More time.',
        fr: 'Plus de temps.',
      }),
    );
    expect(parseIntent({ kind: 'extendClosing', en: 'a', fr: 'b' })).toEqual(
      read({ kind: 'extendClosing', closingAt: '', en: 'a', fr: 'b' }),
    );
    expect(parseIntent({ kind: 'extendClosing', closingAt: 'soon', en: 3 })).toEqual(
      refused(
        problem('closingAt', 'invalidDate'),
        problem('en', 'wrongType', { expected: 'text' }),
      ),
    );
  });
});

describe('an evaluation', () => {
  const application = '7K3Q9XH2';

  test('reads each criterion’s result and reason, in order', () => {
    expect(
      parseIntent({
        kind: 'evaluate',
        application,
        results: [
          { pass: true, rationale: ' Shipped two. ' },
          { pass: false, rationale: 'None shown.' },
        ],
      }),
    ).toEqual(
      read({
        kind: 'evaluate',
        application,
        results: [
          { pass: true, rationale: 'Shipped two.' },
          { pass: false, rationale: 'None shown.' },
        ],
      }),
    );
  });

  test('names the application, each result and each reason that does not read, by its place', () => {
    expect(
      parseIntent({
        kind: 'evaluate',
        application: 'nope',
        results: [
          { pass: 'yes', rationale: 'x' },
          { pass: true, rationale: 'x'.repeat(maxRationaleLength + 1) },
        ],
      }),
    ).toEqual(
      refused(
        problem('application', 'invalidChoice'),
        problem('results[0].pass', 'wrongType', { expected: 'yesNo' }),
        problem('results[1].rationale', 'tooLong', { max: maxRationaleLength }),
      ),
    );
  });

  test.each([
    ['not a list', 'all passed'],
    ['a list of texts', ['pass']],
    ['a list holding null', [null]],
    ['a list of lists', [[true]]],
  ])('results as %s are the wrong type', (_name, results) => {
    expect(parseIntent({ kind: 'evaluate', application, results })).toEqual(
      refused(problem('results', 'wrongType', { expected: 'list' })),
    );
  });

  test('at most 30 results, one per criterion an opportunity may have', () => {
    const result = { pass: true, rationale: 'ok' };
    expect(parseIntent({ kind: 'evaluate', application, results: Array(30).fill(result) }).ok).toBe(
      true,
    );
    expect(parseIntent({ kind: 'evaluate', application, results: Array(31).fill(result) })).toEqual(
      refused(problem('results', 'tooMany', { max: 30 })),
    );
  });
});

describe('an acceptance', () => {
  test('reads each check, the comment and the certification, which only true gives', () => {
    const checks = [
      { met: true, note: 'Works.' },
      { met: false, note: '' },
    ];
    expect(parseIntent({ kind: 'accept', comment: 'Good.', checks, certified: true })).toEqual(
      read({ kind: 'accept', comment: 'Good.', checks, certified: true }),
    );
    for (const certified of [false, 'true', 1, undefined])
      expect(parseIntent({ kind: 'accept', checks, certified })).toMatchObject({
        value: { certified: false, comment: '' },
      });
  });

  test('names each check that does not read by its place', () => {
    expect(
      parseIntent({ kind: 'accept', checks: [{ met: true }, { met: 'no', note: 5 }] }),
    ).toEqual(
      refused(
        problem('checks[1].met', 'wrongType', { expected: 'yesNo' }),
        problem('checks[1].note', 'wrongType', { expected: 'text' }),
      ),
    );
  });
});

describe('questions', () => {
  const question = 'ABCDEFGH';

  test('an answer carries the question’s number and both languages of each', () => {
    const answer = {
      kind: 'answerQuestion',
      question,
      questionEn: 'Q?',
      questionFr: 'Q ?',
      answerEn: 'A.',
      answerFr: 'R.',
    };
    expect(parseIntent({ ...answer, reason: 'ignored' })).toEqual(read(answer));
    expect(parseIntent({ kind: 'answerQuestion', question })).toEqual(
      read({ ...answer, questionEn: '', questionFr: '', answerEn: '', answerFr: '' }),
    );
  });

  test('a decline carries a reason; a number that is not one is refused', () => {
    expect(parseIntent({ kind: 'declineQuestion', question, reason: 'Covered.' })).toEqual(
      read({ kind: 'declineQuestion', question, reason: 'Covered.' }),
    );
    expect(parseIntent({ kind: 'declineQuestion', question: 'abcdefgh', reason: 'x' })).toEqual(
      refused(problem('question', 'invalidChoice')),
    );
  });
});

describe('a payment', () => {
  const payment = {
    kind: 'recordPayment',
    method: 'paypal',
    amountCents: 999_350,
    paidOn: '2030-03-01',
    reference: 'PP-7',
  };

  test('reads the method, the amount in cents, the date and the reference', () => {
    expect(parseIntent(payment)).toEqual(read(payment));
    expect(parseIntent({ ...payment, method: 'card', reference: undefined })).toEqual(
      read({ ...payment, method: 'card', reference: '' }),
    );
  });

  test('names every problem: the method, the amount, the date', () => {
    expect(
      parseIntent({
        kind: 'recordPayment',
        method: 'cheque',
        amountCents: 10.5,
        paidOn: '2030-02-30',
      }),
    ).toEqual(
      refused(
        problem('method', 'invalidChoice'),
        problem('amountCents', 'wrongType', { expected: 'cents', label: 'field.paidAmount' }),
        problem('paidOn', 'invalidDate'),
      ),
    );
    // A date that does not read as text is that problem alone, not also an invalid date.
    expect(parseIntent({ ...payment, amountCents: '10', paidOn: 20300301 })).toEqual(
      refused(
        problem('amountCents', 'wrongType', { expected: 'cents', label: 'field.paidAmount' }),
        problem('paidOn', 'wrongType', { expected: 'text' }),
      ),
    );
    expect(parseIntent({ ...payment, method: undefined })).toEqual(
      refused(problem('method', 'invalidChoice')),
    );
  });
});

test('an intent must be an object of a known kind', () => {
  for (const input of [null, 'submit', ['submit'], 3])
    expect(parseIntent(input)).toEqual(
      refused(problem('intent', 'wrongType', { expected: 'item' })),
    );
  for (const kind of [undefined, 'Submit', 'create', ''])
    expect(parseIntent({ kind })).toEqual(refused(problem('kind', 'invalidChoice')));
});
