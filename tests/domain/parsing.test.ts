import { parseIntent } from '../../domain/intents';
import { maxCommentLength } from '../../domain/limits';
import { parseFieldChanges } from '../../domain/parseFields';

function problemsFor(input: unknown) {
  return parseFieldChanges(input).problems;
}

describe('parseFieldChanges', () => {
  test('reads well-formed changes into typed fields', () => {
    const input = {
      titleEn: '  Accessible date picker  ',
      skills: [{ en: 'React', fr: 'React' }],
      amountCents: 869_000,
      amountBasis: 'preTax',
      province: 'NB',
      closingAt: '2030-01-15T15:00:00-05:00',
      startDate: '2030-01-20',
      acceptanceCriteria: [{ en: 'Passes axe', fr: 'Réussit axe', kind: 'quality' }],
      licence: 'MIT',
      unclassified: true,
    };
    expect(parseFieldChanges(input)).toEqual({
      changes: {
        ...input,
        titleEn: 'Accessible date picker',
        closingAt: '2030-01-15T20:00:00.000Z',
      },
      problems: [],
    });
  });

  test.each([null, 'titleEn', 42, ['titleEn']])('%p is not a set of fields', (input) => {
    expect(parseFieldChanges(input)).toEqual({
      changes: {},
      problems: [{ field: 'fields', code: 'wrongType', params: { expected: 'item' } }],
    });
  });

  test('an unknown field is refused by name, and nothing is changed', () => {
    expect(parseFieldChanges({ titleEn: 'Fine', state: 'posted', version: 9 })).toEqual({
      changes: {},
      problems: [
        { field: 'state', code: 'unknownField' },
        { field: 'version', code: 'unknownField' },
      ],
    });
  });

  test('a very long unknown field name is cut to 60 characters in the problem', () => {
    expect(problemsFor({ ['x'.repeat(500)]: 1 })).toEqual([
      { field: 'x'.repeat(60), code: 'unknownField' },
    ]);
  });

  describe('wrong types', () => {
    test.each([
      [{ titleEn: 5 }, 'titleEn', 'text'],
      [{ titleFr: null }, 'titleFr', 'text'],
      [{ skills: 'React' }, 'skills', 'list'],
      [{ skills: [5] }, 'skills[0]', 'item'],
      [{ evaluationCriteria: [{ en: 1, fr: 'x' }] }, 'evaluationCriteria[0].en', 'text'],
      [{ amountCents: '869000' }, 'amountCents', 'cents'],
      [{ amountCents: 8690.5 }, 'amountCents', 'cents'],
      [{ amountCents: Number.NaN }, 'amountCents', 'cents'],
      [{ amountCents: 2 ** 53 }, 'amountCents', 'cents'],
      [{ unclassified: 'yes' }, 'unclassified', 'yesNo'],
      [{ cardholderId: 42 }, 'cardholderId', 'text'],
    ])('%j: %s expects %s', (input, field, expected) => {
      expect(problemsFor(input)).toEqual([{ field, code: 'wrongType', params: { expected } }]);
    });
  });

  describe('choices', () => {
    test.each([
      [{ amountBasis: 'gross' }, 'amountBasis'],
      [{ amountBasis: '' }, 'amountBasis'],
      [{ province: 'XX' }, 'province'],
      [{ province: 'nb' }, 'province'],
      [{ licence: 'GPL-2.0-only' }, 'licence'],
      [
        { acceptanceCriteria: [{ en: 'Fast', fr: 'Rapide', kind: 'speed' }] },
        'acceptanceCriteria[0].kind',
      ],
      [{ acceptanceCriteria: [{ en: 'Fast', fr: 'Rapide' }] }, 'acceptanceCriteria[0].kind'],
    ])('%j is not an allowed choice for %s', (input, field) => {
      expect(problemsFor(input)).toEqual([{ field, code: 'invalidChoice' }]);
    });
  });

  test('an item typed in one language so far keeps the other blank, to be finished later', () => {
    expect(parseFieldChanges({ skills: [{ en: 'TypeScript' }, { fr: 'Accessibilité' }] })).toEqual({
      changes: {
        skills: [
          { en: 'TypeScript', fr: '' },
          { en: '', fr: 'Accessibilité' },
        ],
      },
      problems: [],
    });
  });

  describe('amounts', () => {
    test.each([0, -1])('%i cents is not positive', (amountCents) => {
      expect(problemsFor({ amountCents })).toEqual([{ field: 'amountCents', code: 'notPositive' }]);
    });

    test('a draft may hold more than the cap while it is written, up to 100 times it', () => {
      expect(parseFieldChanges({ amountCents: 100_000_000 }).changes).toEqual({
        amountCents: 100_000_000,
      });
      expect(problemsFor({ amountCents: 100_000_001 }).map((p) => [p.field, p.code])).toEqual([
        ['amountCents', 'tooLarge'],
      ]);
    });
  });

  describe('lengths', () => {
    test('a title of 100 characters is accepted and 101 is too long', () => {
      expect(problemsFor({ titleEn: 'x'.repeat(100) })).toEqual([]);
      expect(problemsFor({ titleEn: 'x'.repeat(101) })).toEqual([
        { field: 'titleEn', code: 'tooLong', params: { max: 100 } },
      ]);
    });

    test('length is measured after trimming', () => {
      expect(problemsFor({ titleFr: `  ${'x'.repeat(100)}\n` })).toEqual([]);
    });

    test.each([
      ['summaryEn', 500],
      ['backgroundFr', 5_000],
      ['workEn', 10_000],
      ['repositoryUrl', 500],
      ['contactEmail', 254],
      ['fundCentre', 40],
      ['cardholderId', 100],
    ])('%s holds at most %i characters', (field, max) => {
      expect(problemsFor({ [field]: 'x'.repeat(max) })).toEqual([]);
      expect(problemsFor({ [field]: 'x'.repeat(max + 1) })).toEqual([
        { field, code: 'tooLong', params: { max } },
      ]);
    });

    test('a skill holds at most 80 characters, a criterion 500', () => {
      expect(problemsFor({ skills: [{ en: 'x'.repeat(81), fr: 'x' }] })).toEqual([
        { field: 'skills[0].en', code: 'tooLong', params: { max: 80 } },
      ]);
      expect(problemsFor({ evaluationCriteria: [{ en: 'x', fr: 'x'.repeat(501) }] })).toEqual([
        { field: 'evaluationCriteria[0].fr', code: 'tooLong', params: { max: 500 } },
      ]);
    });

    test.each([
      ['skills', 20],
      ['acceptanceCriteria', 30],
      ['evaluationCriteria', 20],
    ])('%s holds at most %i items', (field, max) => {
      const item = { en: 'x', fr: 'x', kind: 'functional' };
      const one = field === 'acceptanceCriteria' ? item : { en: 'x', fr: 'x' };
      expect(problemsFor({ [field]: Array.from({ length: max }, () => one) })).toEqual([]);
      expect(problemsFor({ [field]: Array.from({ length: max + 1 }, () => one) })).toEqual([
        { field, code: 'tooMany', params: { max } },
      ]);
    });
  });

  describe('characters', () => {
    test.each([
      ['NUL', '\u0000'],
      ['BEL', '\u0007'],
      ['vertical tab', '\u000b'],
      ['ESC', '\u001b'],
      ['DEL', '\u007f'],
      ['NEL (C1)', '\u0085'],
      ['a lone high surrogate', '\ud800'],
      ['a lone low surrogate', '\udc00'],
      ['a reversed pair', '\udc00\ud800'],
    ])('%s inside a text is refused', (_name, bad) => {
      expect(problemsFor({ workEn: `before${bad}after` })).toEqual([
        { field: 'workEn', code: 'invalidCharacters' },
      ]);
    });

    test('a lone surrogate inside a list item is refused at its path', () => {
      expect(problemsFor({ skills: [{ en: 'ok', fr: 'ko\ud83d' }] })).toEqual([
        { field: 'skills[0].fr', code: 'invalidCharacters' },
      ]);
    });

    test('tabs, line feeds, accents and emoji are text; CR LF becomes LF', () => {
      expect(parseFieldChanges({ workFr: 'Étape\t1\r\nÉtape 2\r😀 fini' })).toEqual({
        changes: { workFr: 'Étape\t1\nÉtape 2\n😀 fini' },
        problems: [],
      });
    });
  });

  describe('blank means not given', () => {
    test.each([
      ['amountCents', ''],
      ['amountCents', null],
      ['province', ''],
      ['licence', '   '],
      ['closingAt', ''],
      ['startDate', ' '],
      ['deliveryDate', null],
      ['cardholderId', '\t'],
    ])('%s given %j is null', (field, value) => {
      expect(parseFieldChanges({ [field]: value })).toEqual({
        changes: { [field]: null },
        problems: [],
      });
    });

    test('blank texts that are not nullable stay empty strings', () => {
      expect(parseFieldChanges({ titleEn: '   ', repositoryUrl: '' }).changes).toEqual({
        titleEn: '',
        repositoryUrl: '',
      });
    });

    test('a missing half of a list item is an empty string, for completeness to report', () => {
      expect(parseFieldChanges({ skills: [{ en: 'React' }] }).changes).toEqual({
        skills: [{ en: 'React', fr: '' }],
      });
    });
  });

  describe('dates', () => {
    test.each([
      ['2030-01-15T15:00-05:00', '2030-01-15T20:00:00.000Z'],
      ['2030-01-15T20:00:00Z', '2030-01-15T20:00:00.000Z'],
      ['2030-07-15T16:00:00.000-04:00', '2030-07-15T20:00:00.000Z'],
      ['  2030-01-16T01:30+05:30 ', '2030-01-15T20:00:00.000Z'],
    ])('closingAt %s is stored in UTC as %s', (closingAt, utc) => {
      expect(parseFieldChanges({ closingAt })).toEqual({
        changes: { closingAt: utc },
        problems: [],
      });
    });

    test.each([
      '2030-01-15T15:00',
      '2030-01-15',
      'next Tuesday',
      '1894240800000',
      '2030-13-01T12:00Z',
    ])('closingAt %s is not a valid instant', (closingAt) => {
      expect(problemsFor({ closingAt })).toEqual([{ field: 'closingAt', code: 'invalidDate' }]);
    });

    // Pages, cards and notices show the minute; a stored 14:00:30 would close after the "14:00" they show.
    test.each([
      '2030-01-15T15:00:30-05:00',
      '2030-07-15T16:00:00.5-04:00',
      '2030-01-15T20:00:00.001Z',
      '2030-01-15T20:00:59Z',
    ])('closingAt %s is not a whole minute and is refused, not cut', (closingAt) => {
      expect(parseFieldChanges({ closingAt })).toEqual({
        changes: {},
        problems: [{ field: 'closingAt', code: 'notWholeMinute' }],
      });
    });

    test('a later closing for an addendum is refused to the second as a draft closing is', () => {
      expect(
        parseIntent({ kind: 'extendClosing', closingAt: '2030-01-18T20:00:30Z', en: 'a', fr: 'b' }),
      ).toEqual({ ok: false, error: [{ field: 'closingAt', code: 'notWholeMinute' }] });
      expect(
        parseIntent({ kind: 'editDraft', changes: { closingAt: '2030-01-18T20:00:00.250Z' } }),
      ).toEqual({ ok: false, error: [{ field: 'closingAt', code: 'notWholeMinute' }] });
    });

    // Date.parse rolls 2030-02-30 over to 2030-03-02; a closing date must be a real day, as startDate is.
    test.each(['2030-02-30T12:00Z', '2030-04-31T12:00:00-04:00'])(
      'closingAt %s names a day that does not exist and is refused, not rolled over',
      (closingAt) => {
        expect(parseFieldChanges({ closingAt })).toEqual({
          changes: {},
          problems: [{ field: 'closingAt', code: 'invalidDate' }],
        });
      },
    );

    test('closingAt given as a number is not a valid date', () => {
      expect(problemsFor({ closingAt: 1_894_240_800_000 })).toEqual([
        { field: 'closingAt', code: 'invalidDate' },
      ]);
    });

    test.each(['2030-02-30', '2030-2-3', '30-01-2030', '2030-01-20T00:00Z', '2029-02-29'])(
      'startDate %s is not a calendar date',
      (startDate) => {
        expect(problemsFor({ startDate })).toEqual([{ field: 'startDate', code: 'invalidDate' }]);
      },
    );

    test('a leap day is a calendar date', () => {
      expect(parseFieldChanges({ deliveryDate: '2028-02-29' }).changes).toEqual({
        deliveryDate: '2028-02-29',
      });
    });
  });

  test('problems in several fields are all reported together', () => {
    expect(problemsFor({ titleEn: 5, province: 'XX', unknown: 1 }).map((p) => p.field)).toEqual([
      'titleEn',
      'province',
      'unknown',
    ]);
  });
});

describe('parseIntent', () => {
  test.each([null, 'submit', 7, [{ kind: 'submit' }]])('%p is not an intent', (input) => {
    expect(parseIntent(input)).toEqual({
      ok: false,
      error: [{ field: 'intent', code: 'wrongType', params: { expected: 'item' } }],
    });
  });

  test.each([{}, { kind: 'publish' }, { kind: 'create' }, { kind: 'Submit' }])(
    '%j has no known kind',
    (input) => {
      expect(parseIntent(input)).toEqual({
        ok: false,
        error: [{ field: 'kind', code: 'invalidChoice' }],
      });
    },
  );

  test('keeps only the fields of the kind it reads', () => {
    expect(parseIntent({ kind: 'submit', state: 'posted', by: 'admin' })).toEqual({
      ok: true,
      value: { kind: 'submit' },
    });
  });

  test('an edit carries the parsed changes', () => {
    expect(
      parseIntent({
        kind: 'editDraft',
        changes: { closingAt: '2030-01-15T15:00-05:00', licence: '' },
      }),
    ).toEqual({
      ok: true,
      value: {
        kind: 'editDraft',
        changes: { closingAt: '2030-01-15T20:00:00.000Z', licence: null },
      },
    });
  });

  test('an edit with a bad change is refused with the field problems', () => {
    expect(parseIntent({ kind: 'editDraft', changes: { titleFr: 'x\u0000' } })).toEqual({
      ok: false,
      error: [{ field: 'titleFr', code: 'invalidCharacters' }],
    });
    expect(parseIntent({ kind: 'editDraft' })).toEqual({
      ok: false,
      error: [{ field: 'fields', code: 'wrongType', params: { expected: 'item' } }],
    });
  });

  test('a missing comment is an empty one; decide says whether it is required', () => {
    expect(parseIntent({ kind: 'approveFunds' })).toEqual({
      ok: true,
      value: { kind: 'approveFunds', comment: '' },
    });
    expect(parseIntent({ kind: 'returnToAuthor', comment: '  Add tests.\r\n' })).toEqual({
      ok: true,
      value: { kind: 'returnToAuthor', comment: 'Add tests.' },
    });
  });

  test.each([
    [{ kind: 'reject', comment: 5 }, 'comment', 'wrongType'],
    [{ kind: 'reject', comment: 'x'.repeat(maxCommentLength + 1) }, 'comment', 'tooLong'],
    [
      { kind: 'accept', comment: 'ok\u001b[31m', checks: [], certified: true },
      'comment',
      'invalidCharacters',
    ],
    [{ kind: 'cancel', reason: '\ud800' }, 'reason', 'invalidCharacters'],
    [{ kind: 'amend', en: 'Moved.', fr: ['Déplacé.'] }, 'fr', 'wrongType'],
    [{ kind: 'evaluate', application: 'J0RDAN01', results: {} }, 'results', 'wrongType'],
    [
      { kind: 'evaluate', application: 'J0RDAN01', results: [{ pass: 'yes', rationale: 'ok' }] },
      'results[0].pass',
      'wrongType',
    ],
    [{ kind: 'evaluate', application: 'jordan', results: [] }, 'application', 'invalidChoice'],
    [
      { kind: 'accept', comment: '', checks: [{ met: true, note: 7 }], certified: true },
      'checks[0].note',
      'wrongType',
    ],
    [
      {
        kind: 'evaluate',
        application: 'J0RDAN01',
        results: Array(31).fill({ pass: true, rationale: 'x' }),
      },
      'results',
      'tooMany',
    ],
    [
      { kind: 'recordDelivery', deliveryUrl: 'https://x.ca/'.padEnd(501, 'x') },
      'deliveryUrl',
      'tooLong',
    ],
  ])('%j: %s is %s', (input, field, code) => {
    const parsed = parseIntent(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.map((p) => [p.field, p.code])).toEqual([[field, code]]);
  });

  test('a comment of exactly the maximum length is accepted', () => {
    expect(parseIntent({ kind: 'reject', comment: 'x'.repeat(maxCommentLength) }).ok).toBe(true);
  });

  describe('recordPayment', () => {
    const payment = {
      kind: 'recordPayment',
      method: 'paypal',
      amountCents: 999_350,
      paidOn: '2030-03-01',
      reference: ' PP-123 ',
    };

    test('reads a well-formed payment', () => {
      expect(parseIntent(payment)).toEqual({
        ok: true,
        value: { ...payment, reference: 'PP-123' },
      });
    });

    test.each([
      [{ method: 'cash' }, 'method', 'invalidChoice'],
      [{ method: undefined }, 'method', 'invalidChoice'],
      [{ amountCents: '999350' }, 'amountCents', 'wrongType'],
      [{ amountCents: 9993.5 }, 'amountCents', 'wrongType'],
      [{ paidOn: '2030-02-30' }, 'paidOn', 'invalidDate'],
      [{ paidOn: '' }, 'paidOn', 'invalidDate'],
      [{ reference: 'x'.repeat(101) }, 'reference', 'tooLong'],
    ])('%j: %s is %s', (override, field, code) => {
      const parsed = parseIntent({ ...payment, ...override });
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.map((p) => [p.field, p.code])).toEqual([[field, code]]);
    });
  });
});

describe('parseFieldChanges, more closely', () => {
  test('either amount basis reads; anything else is not a choice', () => {
    expect(parseFieldChanges({ amountBasis: 'taxIncluded' })).toEqual({
      changes: { amountBasis: 'taxIncluded' },
      problems: [],
    });
    expect(parseFieldChanges({ amountBasis: 'preTax' }).changes).toEqual({ amountBasis: 'preTax' });
    expect(problemsFor({ amountBasis: 'TaxIncluded' })).toEqual([
      { field: 'amountBasis', code: 'invalidChoice' },
    ]);
  });

  test('a start or delivery date is read trimmed; a number is not a date', () => {
    expect(parseFieldChanges({ startDate: ' 2030-01-20 ', deliveryDate: '2030-02-20' })).toEqual({
      changes: { startDate: '2030-01-20', deliveryDate: '2030-02-20' },
      problems: [],
    });
    expect(problemsFor({ startDate: 20300120 })).toEqual([
      { field: 'startDate', code: 'invalidDate' },
    ]);
  });

  test('an unknown field is named with anything but letters, digits, dots and dashes as "?"', () => {
    expect(problemsFor({ 'bad key!': 1, 'a.b-c_d': 2 })).toEqual([
      { field: 'bad?key?', code: 'unknownField' },
      { field: 'a.b-c_d', code: 'unknownField' },
    ]);
  });
});
