import {
  changesFromForm,
  formFromFields,
  formValuesFrom,
  inputForField,
  rowForField,
  rowsFromFields,
  submitProblems,
  toFormRow,
  typedOnly,
} from '../../domain/draftForm';
import { problem } from '../../domain/problems';
import { completeFields } from '../support/builders';

// The draft card's form as typed: one item per line, `|` between languages, dollars, Eastern time.

describe('where a problem is shown', () => {
  test('on the input that holds the field', () => {
    expect(inputForField('amountCents')).toBe('amount');
    expect(inputForField('closingAt')).toBe('closingDate');
    expect(inputForField('skills[2].fr')).toBe('skills');
    expect(inputForField('titleEn')).toBe('titleEn');
    expect(inputForField('[odd]')).toBe('[odd]');
  });

  test('beside its row when the list is typed as rows', () => {
    expect(rowForField('skills[2].fr')).toBe('skills[2]');
    expect(rowForField('acceptanceCriteria[12]')).toBe('acceptanceCriteria[12]');
    expect(rowForField('amountCents')).toBe('amount');
    expect(rowForField('skills')).toBe('skills');
  });

  test('moved from the saved item to the row it came from, when the rows are known', () => {
    const rowOfItem = { skills: [0, 3] };
    expect(toFormRow(problem('skills[1].fr', 'tooLong'), rowOfItem)).toEqual(
      problem('skills[3].fr', 'tooLong'),
    );
    expect(toFormRow(problem('skills[0]', 'required'), rowOfItem)).toEqual(
      problem('skills[0]', 'required'),
    );
    for (const field of ['skills[2].fr', 'evaluationCriteria[0].en', 'titleEn'])
      expect(toFormRow(problem(field, 'required'), rowOfItem)).toEqual(problem(field, 'required'));
  });
});

test('only the card’s own inputs, and only text, are read from what it sent', () => {
  expect(
    formValuesFrom({ titleEn: 'T', amount: 5, skills: 'React', other: 'x', unclassified: true }),
  ).toEqual({ titleEn: 'T', skills: 'React' });
});

describe('what the typed form changes', () => {
  test('an amount in dollars, or none when blank; anything else is not an amount', () => {
    expect(changesFromForm({ amount: ' 8,690.5 ' })).toEqual({
      changes: { amountCents: 869_050 },
      problems: [],
    });
    expect(changesFromForm({ amount: '  ' })).toEqual({
      changes: { amountCents: null },
      problems: [],
    });
    expect(changesFromForm({ amount: 'ten' })).toEqual({
      changes: {},
      problems: [problem('amountCents', 'wrongType', { expected: 'dollars' })],
    });
  });

  test('a closing date at the time typed, 14:00 Eastern when none, none when the date is blank', () => {
    expect(changesFromForm({ closingDate: '2030-01-15', closingTime: '09:30' }).changes).toEqual({
      closingAt: '2030-01-15T14:30:00.000Z',
    });
    for (const closingTime of [undefined, ' ', ''])
      expect(
        changesFromForm({
          closingDate: ' 2030-01-15 ',
          ...(closingTime === undefined ? {} : { closingTime }),
        }).changes,
      ).toEqual({ closingAt: '2030-01-15T19:00:00.000Z' });
    expect(changesFromForm({ closingDate: '', closingTime: '09:30' }).changes).toEqual({
      closingAt: null,
    });
    expect(changesFromForm({ closingDate: '2030-02-30' })).toEqual({
      changes: {},
      problems: [problem('closingAt', 'invalidDate')],
    });
    expect(
      changesFromForm({ closingDate: '2030-01-15', closingTime: '14:00:00' }).problems,
    ).toEqual([]);
  });

  test('skills one per line, the French the English when not given; blank lines dropped', () => {
    expect(changesFromForm({ skills: 'React\n  Vue |  Vue FR \n\n | \nGo|' }).changes).toEqual({
      skills: [
        { en: 'React', fr: 'React' },
        { en: 'Vue', fr: 'Vue FR' },
        { en: 'Go', fr: '' },
      ],
    });
  });

  test('evaluation criteria: English | French, a missing French left blank', () => {
    expect(changesFromForm({ evaluationCriteria: 'Has shipped | A livré\nKnows WCAG' })).toEqual({
      changes: {
        evaluationCriteria: [
          { en: 'Has shipped', fr: 'A livré' },
          { en: 'Knows WCAG', fr: '' },
        ],
      },
      problems: [],
    });
  });

  test('acceptance criteria: a kind in either language, English, French', () => {
    expect(
      changesFromForm({
        acceptanceCriteria:
          'Functional | a | b\nQualité | c | d\nqualite|e|f\nSÉCURITÉ | g | h\nsecurite | i | j\nfonctionnel | k | l\nquality | m | n\nsecurity | o | p',
      }).changes,
    ).toEqual({
      acceptanceCriteria: [
        { kind: 'functional', en: 'a', fr: 'b' },
        { kind: 'quality', en: 'c', fr: 'd' },
        { kind: 'quality', en: 'e', fr: 'f' },
        { kind: 'security', en: 'g', fr: 'h' },
        { kind: 'security', en: 'i', fr: 'j' },
        { kind: 'functional', en: 'k', fr: 'l' },
        { kind: 'quality', en: 'm', fr: 'n' },
        { kind: 'security', en: 'o', fr: 'p' },
      ],
    });
  });

  test('a badly formed acceptance line names its line and keeps the whole list as typed', () => {
    expect(
      changesFromForm({
        acceptanceCriteria:
          'functional | a | b\nusability | c | d\nquality | e\nsecurity | f | g | h',
      }),
    ).toEqual({
      changes: {},
      problems: [1, 2, 3].map((line) =>
        problem(`acceptanceCriteria[${line}]`, 'wrongType', { expected: 'acceptanceLine' }),
      ),
    });
  });

  test('the unclassified box is true only when ticked', () => {
    expect(changesFromForm({ unclassified: 'true' }).changes).toEqual({ unclassified: true });
    expect(changesFromForm({ unclassified: 'false' }).changes).toEqual({ unclassified: false });
  });

  test('a list longer than allowed is refused whole, the others kept', () => {
    const skills = Array.from({ length: 21 }, (_, i) => `Skill ${i}`).join('\n');
    expect(changesFromForm({ skills, titleEn: 'T' })).toEqual({
      changes: { titleEn: 'T' },
      problems: [problem('skills', 'tooMany', { max: 20 })],
    });
    const twenty = Array.from({ length: 20 }, (_, i) => `Skill ${i}`).join('\n');
    expect(changesFromForm({ skills: twenty }).problems).toEqual([]);
    const criteria = Array.from({ length: 31 }, () => 'quality | a | b').join('\n');
    expect(changesFromForm({ acceptanceCriteria: criteria }).problems).toEqual([
      problem('acceptanceCriteria', 'tooMany', { max: 30 }),
    ]);
  });
});

describe('a stored draft shown on the form', () => {
  test('each field in the shape its input takes', () => {
    const fields = completeFields({
      skills: [
        { en: 'React', fr: 'React' },
        { en: 'Accessibility', fr: 'Accessibilité' },
      ],
      evaluationCriteria: [
        { en: 'Has shipped a React component', fr: 'A livré un composant React' },
        { en: 'Knows WCAG', fr: 'Connaît les WCAG' },
      ],
    });
    const shown = formFromFields(fields);
    expect(shown).toMatchObject({
      titleEn: 'Accessible date picker',
      province: 'NB',
      amount: '8690.00',
      amountBasis: 'preTax',
      closingDate: '2030-01-15',
      closingTime: '15:00',
      skills: 'React\nAccessibility | Accessibilité',
      acceptanceCriteria:
        'functional | Picks a date | Choisit une date\nquality | Passes axe checks | Réussit les tests axe\nsecurity | No new npm audit finding | Aucune nouvelle alerte npm audit',
      evaluationCriteria:
        'Has shipped a React component | A livré un composant React\nKnows WCAG | Connaît les WCAG',
      unclassified: 'true',
    });
    // Read back, the form gives the same fields.
    expect(changesFromForm(shown).changes).toMatchObject({
      skills: fields.skills,
      amountCents: fields.amountCents,
      closingAt: fields.closingAt,
      acceptanceCriteria: fields.acceptanceCriteria,
      evaluationCriteria: fields.evaluationCriteria,
      unclassified: true,
    });
  });

  test('what is not set is blank', () => {
    const shown = formFromFields(
      completeFields({ amountCents: null, closingAt: null, startDate: null, unclassified: false }),
    );
    expect(shown).toMatchObject({
      amount: '',
      closingDate: '',
      closingTime: '',
      startDate: '',
      unclassified: 'false',
    });
  });

  test('the rows of its lists, for the tab', () => {
    expect(rowsFromFields(completeFields())).toEqual({
      skills: [{ en: 'React', fr: 'React' }],
      acceptanceCriteria: [
        { kind: 'functional', en: 'Picks a date', fr: 'Choisit une date' },
        { kind: 'quality', en: 'Passes axe checks', fr: 'Réussit les tests axe' },
        {
          kind: 'security',
          en: 'No new npm audit finding',
          fr: 'Aucune nouvelle alerte npm audit',
        },
      ],
      evaluationCriteria: [
        { en: 'Has shipped a React component', fr: 'A livré un composant React' },
      ],
    });
  });
});

describe('after a save with problems', () => {
  test('only the inputs that could not be saved are shown again, the time with its date', () => {
    const values = { titleEn: 'T', closingDate: '2030-02-30', closingTime: '10:00', amount: '5' };
    expect(typedOnly(values, new Set(['closingDate', 'titleEn', 'skills']))).toStrictEqual({
      closingDate: '2030-02-30',
      closingTime: '10:00',
      titleEn: 'T',
    });
    expect(typedOnly(values, new Set(['amount']))).toEqual({ amount: '5' });
    expect(typedOnly({ closingDate: '' }, new Set(['closingDate']))).toEqual({ closingDate: '' });
  });

  test('Submit names the form’s problems, and what is missing unless typed wrong beside it', () => {
    const typedWrong = [problem('amountCents', 'wrongType', { expected: 'dollars' })];
    const missing = [
      problem('amountCents', 'required'),
      problem('titleFr', 'required'),
      problem('skills', 'tooFew'),
    ];
    expect(submitProblems(typedWrong, missing)).toEqual([
      typedWrong[0],
      problem('titleFr', 'required'),
      problem('skills', 'tooFew'),
    ]);
    expect(submitProblems([problem('skills[1].fr', 'tooLong')], missing)).toEqual([
      problem('skills[1].fr', 'tooLong'),
      problem('amountCents', 'required'),
      problem('titleFr', 'required'),
    ]);
  });
});
