import { createHash } from 'node:crypto';
import type { Opportunity } from '../../domain/opportunity';
import {
  announcementNoticeId,
  confirmSubscriptionNotice,
  foldForMatching,
  matchesKeywords,
  opportunityPostedNotice,
  parseSubscription,
  subscriberId,
} from '../../domain/subscriptions';
import { problem } from '../../domain/problems';
import { completeFields } from '../support/builders';

const withSkills = (...skills: Array<[string, string]>) =>
  ({
    fields: { ...completeFields(), skills: skills.map(([en, fr]) => ({ en, fr })) },
  }) as Opportunity;

describe('subscription form', () => {
  test('keywords are folded, split on commas, semicolons and lines, and kept once', () => {
    const parsed = parseSubscription({
      email: ' Ana@Example.com ',
      language: 'fr',
      keywords: 'Accessibilité; Node.js,\nC#, accessibilite, ',
      website: '',
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        email: 'Ana@Example.com',
        language: 'fr',
        keywords: ['accessibilite', 'node js', 'c#'],
      },
    });
  });

  test('every problem at once: address, language, too many keywords, the trap', () => {
    const parsed = parseSubscription({
      email: 'ana@',
      language: 'de',
      keywords: Array.from({ length: 11 }, (_, i) => `k${i}`).join(','),
      website: 'x',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.map((p) => `${p.field}:${p.code}`)).toEqual([
      'email:invalidEmail',
      'language:invalidChoice',
      'keywords:tooMany',
      'website:mustBeEmpty',
    ]);
    const long = parseSubscription({ email: 'a@b.ca', language: 'en', keywords: 'x'.repeat(41) });
    expect(!long.ok && long.error.map((p) => p.code)).toEqual(['tooLong']);
    const missing = parseSubscription({});
    expect(!missing.ok && missing.error.map((p) => `${p.field}:${p.code}`)).toEqual([
      'email:required',
      'language:required',
    ]);
  });

  test('each limit exactly, with the problem’s parameters, and text of the wrong type', () => {
    const ok = (keywords: string) =>
      parseSubscription({ email: 'a@b.ca', language: 'en', keywords });
    const ten = Array.from({ length: 10 }, (_, i) => `k${i}`).join(',');
    expect(ok(ten)).toMatchObject({ ok: true });
    expect(ok(`${ten},k10`)).toEqual({
      ok: false,
      error: [problem('keywords', 'tooMany', { max: 10 })],
    });
    expect(ok('x'.repeat(40))).toMatchObject({ ok: true });
    expect(ok('x'.repeat(41))).toEqual({
      ok: false,
      error: [problem('keywords', 'tooLong', { max: 40 })],
    });
    // Runs of punctuation and spaces fold to one space.
    expect(ok('React -- Native')).toMatchObject({ value: { keywords: ['react native'] } });
    expect(parseSubscription({ email: 42, language: '', keywords: 5 })).toEqual({
      ok: false,
      error: [
        problem('email', 'wrongType', { expected: 'text' }),
        problem('language', 'required'),
        problem('keywords', 'wrongType', { expected: 'text' }),
      ],
    });
    expect(parseSubscription({ email: 'a@b.ca', language: 'fr' })).toEqual({
      ok: true,
      value: { email: 'a@b.ca', language: 'fr', keywords: [] },
    });
  });

  test('one id for every way one address is written, and none of it readable', () => {
    expect(subscriberId('Ana+news@Example.com')).toBe(subscriberId('ana@example.com'));
    expect(subscriberId('ana@example.com')).not.toBe(subscriberId('bob@example.com'));
    expect(subscriberId('ana@example.com')).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('which postings a subscriber hears of', () => {
  test('no keywords: every posting', () => {
    expect(matchesKeywords([], withSkills())).toBe(true);
  });

  test('a keyword matches whole words of a skill in either language, accents folded', () => {
    const record = withSkills(
      ['JavaScript and Node.js', 'JavaScript et Node.js'],
      ['Accessibility', 'Accessibilité'],
    );
    expect(matchesKeywords([foldForMatching('node.js')], record)).toBe(true);
    expect(matchesKeywords([foldForMatching('ACCESSIBILITÉ')], record)).toBe(true);
    expect(matchesKeywords(['java'], record)).toBe(false);
    expect(matchesKeywords(['cobol', 'javascript'], record)).toBe(true);
    // Words of two skills never join into one match.
    expect(matchesKeywords(['node js accessibility'], record)).toBe(false);
  });
});

describe('what a subscriber is sent', () => {
  const links = {
    confirm: 'https://example.gc.ca/subscribe/confirm?t=abc',
    unsubscribe: 'https://example.gc.ca/subscribe/stop?t=def',
  };

  test('the confirmation request names the skills asked for, the link, and how to stop', () => {
    expect(confirmSubscriptionNotice('dev@example.com', 'en', ['react', 'wcag'], links)).toEqual({
      kind: 'subscriptionConfirm',
      to: 'dev@example.com',
      language: 'en',
      opportunityId: '',
      subject: 'Confirm your subscription to new coding opportunities',
      body: [
        'You asked to get an e-mail when the Government of Canada posts a new small coding contract opportunity (micro-acquisition).',
        'You will get only the opportunities that ask for one of these skills: react, wcag.',
        `To confirm, open this link within 7 days and press the button: ${links.confirm}`,
        'If you did not ask for this, ignore this e-mail: nothing else will be sent to you.',
        `To stop these e-mails and delete your address: ${links.unsubscribe}`,
      ].join('\n\n'),
    });
    const everything = confirmSubscriptionNotice('dev@example.com', 'fr', [], links);
    expect(everything.language).toBe('fr');
    expect(everything.body.split('\n\n')).toHaveLength(5);
    expect(everything.body).toContain(links.confirm);
    expect(everything.body).not.toContain('You will get');
    expect(confirmSubscriptionNotice('dev@example.com', 'en', [], links).body).toContain(
      '\n\nYou will get every new opportunity.\n\n',
    );
  });

  test('a new posting: its title, summary and closing in the subscriber’s language, the page, how to stop', () => {
    const record = {
      id: 'MA-2029-0001',
      fields: completeFields(),
    } as Opportunity;
    const page = 'https://example.gc.ca/en/MA-2029-0001.html';
    expect(
      opportunityPostedNotice(record, 'dev@example.com', 'en', page, links.unsubscribe),
    ).toEqual({
      kind: 'opportunityPosted',
      to: 'dev@example.com',
      language: 'en',
      opportunityId: 'MA-2029-0001',
      subject: 'New opportunity: MA-2029-0001 Accessible date picker',
      body: [
        'A new opportunity matching your subscription was posted: Accessible date picker (MA-2029-0001).',
        'Build an accessible date picker for our forms.',
        'Applications close on January 15, 2030 at 3:00 p.m. EST.',
        `The opportunity page: ${page}`,
        `To stop these e-mails and delete your address: ${links.unsubscribe}`,
      ].join('\n\n'),
    });
    const french = opportunityPostedNotice(
      record,
      'dev@example.com',
      'fr',
      page,
      links.unsubscribe,
    );
    expect(french.subject).toContain('Sélecteur de date accessible');
    expect(french.body).toContain('Créer un sélecteur de date accessible pour nos formulaires.');
    expect(french.body).toContain('15 janvier 2030');
    const unset = { ...record, fields: { ...record.fields, closingAt: null } };
    expect(
      opportunityPostedNotice(unset, 'dev@example.com', 'en', page, links.unsubscribe).body,
    ).toContain('\n\nApplications close on .\n\n');
  });

  test('one notice id per opportunity and subscriber, the same on every try', () => {
    const a = announcementNoticeId('MA-2029-0001', 'sub-1');
    // The first half of a SHA-256 of what it is for, the opportunity and the subscriber.
    expect(a).toBe(
      createHash('sha256').update('announce\nMA-2029-0001\nsub-1').digest('hex').slice(0, 32),
    );
    expect(announcementNoticeId('MA-2029-0001', 'sub-1')).toBe(a);
    expect(announcementNoticeId('MA-2029-0001', 'sub-2')).not.toBe(a);
    expect(announcementNoticeId('MA-2029-0002', 'sub-1')).not.toBe(a);
  });
});
