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
