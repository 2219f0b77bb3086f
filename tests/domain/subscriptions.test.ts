import type { Opportunity } from '../../domain/opportunity';
import {
  foldForMatching,
  matchesKeywords,
  parseSubscription,
  subscriberId,
} from '../../domain/subscriptions';
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
