import fc from 'fast-check';
import { parseApplication } from '../../domain/applications';
import { emailKey, isEmail, mailtoHref, normaliseEmail } from '../../domain/email';
import { anApplicationForm, anOpportunity, beforeClosing } from '../support/builders';

const atext = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-',
);
const word = fc.string({ unit: atext, minLength: 1, maxLength: 12 });
const label = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
  minLength: 1,
  maxLength: 12,
});
const address = fc
  .tuple(
    fc.array(word, { minLength: 1, maxLength: 3 }),
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      minLength: 2,
      maxLength: 6,
    }),
  )
  .map(([local, domain, tld]) => `${local.join('.')}@${[...domain, tld].join('.')}`);

/** Zero-width, joiners, soft hyphen, BOM, tags, variation selectors, bidi marks: all invisible. */
const invisible = fc.constantFrom(
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u034f',
  '\u180e',
  '\u2061',
  '\u200e',
  '\u200f',
  '\ufe0f',
  '\u{e0041}',
  '\u{1d173}',
);

/** A string with `piece` put at a position inside it (not at the ends, which are trimmed). */
const inside = (text: string, piece: string, at: number) => {
  const i = 1 + (at % Math.max(1, text.length - 1));
  return text.slice(0, i) + piece + text.slice(i);
};

describe('e-mail addresses', () => {
  test('every generated address of the accepted grammar is accepted', () => {
    fc.assert(fc.property(address, (email) => expect(isEmail(email)).toBe(true)));
  });

  test('an invisible character anywhere inside an address or a name makes the application invalid', () => {
    const record = anOpportunity({ state: 'posted' });
    fc.assert(
      fc.property(address, invisible, fc.nat(), fc.boolean(), (email, piece, at, inName) => {
        const form = anApplicationForm(record, {
          email: inName ? email : inside(email, piece, at),
          ...(inName ? { name: inside('Jordan Developer', piece, at) } : {}),
        });
        const parsed = parseApplication(form, record, beforeClosing);
        expect(parsed.ok).toBe(false);
        const clean = parseApplication(anApplicationForm(record, { email }), record, beforeClosing);
        expect(clean.ok).toBe(true);
      }),
    );
  });

  test('the limits of RFC 5321 and a letters-only top-level domain decide the edge cases', () => {
    const local = (n: number) => 'a'.repeat(n);
    const address = (lastLabel: number) =>
      `${local(64)}@${'c'.repeat(63)}.${'d'.repeat(63)}.${'b'.repeat(lastLabel)}.com`;
    expect(isEmail(`${local(64)}@example.com`)).toBe(true);
    expect(isEmail(`${local(65)}@example.com`)).toBe(false);
    // 254 characters in all is the most: 64 + '@' + 189.
    expect(address(57)).toHaveLength(254);
    expect(isEmail(address(57))).toBe(true);
    expect(isEmail(address(58))).toBe(false);
    expect(isEmail('@example.com')).toBe(false);
    expect(isEmail('jo.example.com')).toBe(false);
    expect(isEmail('jo@localhost')).toBe(false);
    expect(isEmail('jo@example.123')).toBe(false);
    expect(isEmail('jo@example.1com')).toBe(false);
    expect(isEmail('jo@example.com1')).toBe(false);
    expect(isEmail('jo@example.c')).toBe(false);
  });

  test('the key is the address in lower case without its sub-address', () => {
    expect(emailKey(' Jo.Bloggs+News+2026@Example.COM ')).toBe('jo.bloggs@example.com');
    expect(emailKey('jo.bloggs@example.com')).toBe('jo.bloggs@example.com');
  });

  test('a mailto: link keeps an ordinary address readable', () => {
    expect(mailtoHref('jo.bloggs@example.com')).toBe('mailto:jo.bloggs@example.com');
    expect(mailtoHref('jo@example.com', 'MA-1 & co')).toBe(
      'mailto:jo@example.com?subject=MA-1%20%26%20co',
    );
  });

  test('the key is the same for any case, sub-address or compatibility form of one mailbox', () => {
    const fullwidth = (text: string) =>
      text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(address, word, (email, tag) => {
        const at = email.lastIndexOf('@');
        const tagged = `${email.slice(0, at)}+${tag}${email.slice(at)}`;
        const key = emailKey(email);
        expect(emailKey(email.toUpperCase())).toBe(key);
        expect(emailKey(tagged)).toBe(key);
        expect(emailKey(normaliseEmail(fullwidth(email)))).toBe(key);
        expect(emailKey(key)).toBe(key);
      }),
    );
  });

  test('two different mailboxes never share a key', () => {
    fc.assert(
      fc.property(address, address, (a, b) => {
        fc.pre(emailKey(a) !== emailKey(b));
        expect(emailKey(a.toUpperCase())).not.toBe(emailKey(b));
      }),
    );
  });

  test('no accepted address holds a character a mailto: link reads as a header or escape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 40 }), (text) => {
        if (isEmail(text)) expect(text).not.toMatch(/[?&=%#\s]/);
      }),
    );
    expect(isEmail('eve@example.com?subject=Urgent&bcc=spy%40evil.example')).toBe(false);
    expect(isEmail('eve%40evil.example@example.com')).toBe(false);
  });

  test('a mailto: link adds no header, whatever the address holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const href = mailtoHref(text);
        expect(href).not.toMatch(/[?&#\s]/);
        expect(decodeURIComponent(href.slice('mailto:'.length))).toBe(text);
        expect(mailtoHref(text, 'MA-1')).toMatch(/^mailto:[^?&]*\?subject=MA-1$/);
      }),
    );
  });
});
