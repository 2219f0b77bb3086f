import { readDraftForm, toFormRow } from '../../domain/draftForm';
import { problem } from '../../domain/problems';

describe('a form whose lists are typed one row per item', () => {
  test('every row that reads is saved, a bad row alone stays as typed, an empty row is left out', () => {
    const read = readDraftForm(
      { titleFr: 'Rangées' },
      {
        skills: [
          { en: 'TypeScript', fr: '' },
          { en: '', fr: '' },
          { en: 'x'.repeat(81), fr: 'court' },
        ],
        acceptanceCriteria: [
          { kind: '', en: 'Passes axe', fr: 'Réussit axe' },
          { kind: 'security', en: 'No finding', fr: 'Aucune alerte' },
        ],
      },
    );
    expect(read.changes).toEqual({
      titleFr: 'Rangées',
      skills: [{ en: 'TypeScript', fr: 'TypeScript' }],
      acceptanceCriteria: [{ kind: 'security', en: 'No finding', fr: 'Aucune alerte' }],
    });
    // Problems are numbered by the row on the form, and only the bad rows are unsaved.
    expect(read.problems.map((p) => `${p.field} ${p.code}`)).toEqual([
      'skills[2].en tooLong',
      'acceptanceCriteria[0].kind invalidChoice',
    ]);
    expect([...read.unsaved].sort()).toEqual(['acceptanceCriteria[0]', 'skills[2]']);
    expect(read.rowOfItem).toEqual({ skills: [0], acceptanceCriteria: [1] });
  });

  test('a too-long skill whose French is left empty is said once, on the English', () => {
    const read = readDraftForm({}, { skills: [{ en: 'x'.repeat(81), fr: '' }] });
    expect(read.problems.map((p) => p.field)).toEqual(['skills[0].en']);
  });

  test('lines still read as before when no rows are given (the card)', () => {
    const read = readDraftForm({ skills: 'React | React\nAxe' });
    expect(read.changes.skills).toEqual([
      { en: 'React', fr: 'React' },
      { en: 'Axe', fr: 'Axe' },
    ]);
    const bad = readDraftForm({ acceptanceCriteria: 'Passes axe | Réussit axe' });
    expect([...bad.unsaved]).toEqual(['acceptanceCriteria']);
  });

  test('a problem numbered as saved moves to the row it came from', () => {
    const moved = toFormRow(problem('skills[1].fr', 'required'), { skills: [0, 3] });
    expect(moved.field).toBe('skills[3].fr');
    expect(toFormRow(problem('skills', 'tooFew', { min: 1 }), { skills: [0] }).field).toBe(
      'skills',
    );
    expect(toFormRow(problem('titleEn', 'required'), {}).field).toBe('titleEn');
  });
});

describe('rows, more closely', () => {
  test('rows win over lines of the same list; blanks and spaces trimmed or left out', () => {
    const read = readDraftForm(
      { skills: 'From lines', evaluationCriteria: 'Has shipped | A livré' },
      {
        skills: [
          { en: '  Go  ', fr: '  ' },
          { en: ' ', fr: '\t' },
        ],
      },
    );
    expect(read.changes).toEqual({
      skills: [{ en: 'Go', fr: 'Go' }],
      evaluationCriteria: [{ en: 'Has shipped', fr: 'A livré' }],
    });
    expect(read.problems).toEqual([]);
    // Lines of a list given as rows are not read at all, so they cannot add a problem.
    const both = readDraftForm(
      { acceptanceCriteria: 'not a line' },
      { acceptanceCriteria: [{ kind: 'quality', en: 'Fast', fr: 'Rapide' }] },
    );
    expect(both.problems).toEqual([]);
  });

  test('only a skill borrows its English name; another list keeps its French blank', () => {
    const read = readDraftForm({}, { evaluationCriteria: [{ en: 'Knows WCAG', fr: ' ' }] });
    expect(read.changes).toEqual({ evaluationCriteria: [{ en: 'Knows WCAG', fr: '' }] });
    expect(read.problems).toEqual([]);
  });

  test('a skill too long in English with its own French is named on the English', () => {
    const read = readDraftForm({}, { skills: [{ en: 'x'.repeat(81), fr: 'court' }] });
    expect(read.problems.map((p) => `${p.field} ${p.code}`)).toEqual(['skills[0].en tooLong']);
  });

  test('more rows than a list may hold: the list is refused, nothing of it saved', () => {
    const skill = (n: number) => ({ en: `Skill ${n}`, fr: '' });
    const read = readDraftForm({}, { skills: Array.from({ length: 21 }, (_, n) => skill(n)) });
    expect(read.changes).toEqual({ skills: [] });
    expect(read.problems).toEqual([problem('skills', 'tooMany', { max: 20 })]);
    expect(read.rowOfItem).toEqual({ skills: [] });
    const twenty = readDraftForm({}, { skills: Array.from({ length: 20 }, (_, n) => skill(n)) });
    expect(twenty.problems).toEqual([]);
    expect(twenty.changes.skills).toHaveLength(20);
  });

  test('a field the rules refuse is not saved, the others are', () => {
    const read = readDraftForm({ titleEn: 'x'.repeat(1_000), titleFr: 'Titre' });
    expect(read.changes).toEqual({ titleFr: 'Titre' });
    expect(read.problems.map((p) => `${p.field} ${p.code}`)).toEqual(['titleEn tooLong']);
    expect([...read.unsaved]).toEqual(['titleEn']);
  });

  test('a problem of the tenth row or later moves too', () => {
    const rowOfItem = { skills: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 15] };
    expect(toFormRow(problem('skills[12].fr', 'required'), rowOfItem).field).toBe('skills[15].fr');
    expect(toFormRow(problem('x.skills[1]', 'required'), { skills: [4, 5] }).field).toBe(
      'x.skills[1]',
    );
  });
});
