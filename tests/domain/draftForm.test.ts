import { formFromFields, readDraftForm } from '../../domain/draftForm';
import { emptyFields } from '../../domain/opportunity';

describe('the closing time on the draft form is read to the minute', () => {
  test.each([
    ['14:00', '2030-01-15T19:00:00.000Z'],
    ['14:00:00', '2030-01-15T19:00:00.000Z'],
    ['09:45', '2030-01-15T14:45:00.000Z'],
  ])('%s Eastern is stored as the whole minute %s', (closingTime, stored) => {
    const read = readDraftForm({ closingDate: '2030-01-15', closingTime });
    expect(read.changes).toEqual({ closingAt: stored });
    expect(read.problems).toEqual([]);
    expect(read.unsaved).toEqual(new Set());
  });

  test('seconds typed by hand are refused on the date input, not dropped unseen', () => {
    const read = readDraftForm({ closingDate: '2030-01-15', closingTime: '14:00:30' });
    expect(read.problems).toEqual([{ field: 'closingAt', code: 'notWholeMinute' }]);
    expect(read.changes).toEqual({});
    expect([...read.unsaved]).toEqual(['closingDate']);
  });

  test('the form shows a stored closing as the same minute it was typed', () => {
    const fields = { ...emptyFields(), closingAt: '2030-07-15T18:30:00.000Z' };
    const shown = formFromFields(fields);
    expect([shown.closingDate, shown.closingTime]).toEqual(['2030-07-15', '14:30']);
    expect(
      readDraftForm({ closingDate: shown.closingDate!, closingTime: shown.closingTime! }).changes,
    ).toEqual({ closingAt: fields.closingAt });
  });
});
