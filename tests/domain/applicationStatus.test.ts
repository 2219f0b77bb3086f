import {
  applicationWithdrawn,
  mayWithdraw,
  parseApplicationNumber,
  standingOf,
} from '../../domain/applicationStatus';
import { formatDateTime } from '../../domain/locale';
import { anAward, anOpportunity, beforeClosing } from '../support/builders';
import { afterClosing } from '../support/domainArbitraries';

describe('a confirmation number as typed', () => {
  test.each([
    ['MA-2029-0001-7K3Q9XH2', { opportunityId: 'MA-2029-0001', confirmation: '7K3Q9XH2' }],
    [' ma-2029-0001-7k3q9xh2 ', { opportunityId: 'MA-2029-0001', confirmation: '7K3Q9XH2' }],
    ['MA-2029-0001 - 7K3Q 9XH2', { opportunityId: 'MA-2029-0001', confirmation: '7K3Q9XH2' }],
  ])('%s is read', (text, expected) => {
    expect(parseApplicationNumber(text)).toEqual(expected);
  });

  test.each(['', '7K3Q9XH2', 'MA-2029-0001', 'MA-2029-0001-7K3Q9XHI', 'X-MA-2029-0001-7K3Q9XH2'])(
    '%j is not',
    (text) => {
      expect(parseApplicationNumber(text)).toBeNull();
    },
  );

  test('nor is anything but a short string', () => {
    expect(parseApplicationNumber(['MA-2029-0001-7K3Q9XH2'])).toBeNull();
    expect(parseApplicationNumber(`MA-2029-0001-7K3Q9XH2${' '.repeat(44)}`)).toBeNull();
    // 64 characters as typed, spaces included, are the most read.
    expect(parseApplicationNumber(`MA-2029-0001-7K3Q9XH2${' '.repeat(43)}`)).toEqual({
      opportunityId: 'MA-2029-0001',
      confirmation: '7K3Q9XH2',
    });
  });
});

describe('where an application stands', () => {
  test('open: received, and withdrawable until the closing time only', () => {
    const record = anOpportunity({ state: 'posted' });
    expect(standingOf(record, 'AAAAAAAA', false)).toBe('received');
    expect(mayWithdraw(record, beforeClosing)).toBe(true);
    expect(mayWithdraw(record, afterClosing)).toBe(false);
    expect(mayWithdraw({ ...record, state: 'evaluating' }, beforeClosing)).toBe(false);
  });

  test('a held award is not public yet: still under evaluation', () => {
    const held = anOpportunity({ state: 'awardHeld', award: anAward, awardedAt: null });
    expect(standingOf(held, 'AAAAAAAA', false)).toBe('evaluating');
  });

  test('once awarded, the result as the result e-mails derive it', () => {
    const awarded = anOpportunity({
      state: 'awarded',
      award: anAward,
      awardedAt: afterClosing.toISOString(),
    });
    expect(standingOf(awarded, 'AAAAAAAA', false)).toBe('chosen');
    expect(standingOf(awarded, 'BBBBBBBB', false)).toBe('notDrawn');
    expect(standingOf(awarded, 'CCCCCCCC', false)).toBe('notPassed');
    expect(standingOf({ ...awarded, state: 'paid' }, 'AAAAAAAA', false)).toBe('chosen');
  });

  test('withdrawn and cancelled say so whatever else holds', () => {
    const cancelled = anOpportunity({ state: 'cancelled' });
    expect(standingOf(cancelled, 'AAAAAAAA', false)).toBe('cancelled');
    expect(standingOf(cancelled, 'AAAAAAAA', true)).toBe('withdrawn');
  });
});

describe('the confirmation of a withdrawal', () => {
  const record = anOpportunity({ state: 'posted' });
  const at = '2029-12-02T14:05:00.000Z';
  const application = { to: 'dev@example.com', confirmation: '7K3Q9XH2', at };

  test('in English: the full number, the title, the time and whom to write to', () => {
    expect(applicationWithdrawn(record, application, 'en')).toEqual({
      kind: 'applicationWithdrawn',
      to: 'dev@example.com',
      language: 'en',
      subject: 'Application withdrawn: MA-2029-0001 Accessible date picker',
      body:
        `Your application MA-2029-0001-7K3Q9XH2 to Accessible date picker (MA-2029-0001) was withdrawn on ${formatDateTime(at, 'en')}, as asked on the status page.\n\n` +
        'It will not be evaluated and is not in the draw. If you did not ask for this, write to team@example.gc.ca.',
      opportunityId: 'MA-2029-0001',
      confirmation: '7K3Q9XH2',
    });
  });

  test('in French, with the French title', () => {
    const notice = applicationWithdrawn(record, application, 'fr');
    expect(notice.language).toBe('fr');
    expect(notice.subject).toBe(
      'Candidature retirée\u00a0: MA-2029-0001 Sélecteur de date accessible',
    );
    expect(notice.body).toContain('MA-2029-0001-7K3Q9XH2');
    expect(notice.body).toContain(formatDateTime(at, 'fr'));
    expect(notice.body).not.toContain('Accessible date picker');
  });
});
