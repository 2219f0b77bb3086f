import fc from 'fast-check';
import { decodeKey, encodeKey, KeyError } from '../../storage/keys';
import type { Storage } from '../../storage/storage';
import { aPerson } from '../support/builders';
import { testStorage } from '../support/storage';

/** Characters Table Storage refuses in keys, and lone surrogates (not text on the wire). */
// eslint-disable-next-line no-control-regex
const forbiddenInKeys = /[/\\#?\u0000-\u001f\u007f-\u009f]|\p{Cs}/u;

/** Any UTF-16 code unit, lone surrogates included, mixed with whole code points and escapes. */
const awkwardUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('%', '%25', '%u', '%uD800', '%2F', 'u', 'D', '/', '\\', '#', '?', '\u0000'),
  fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '\u007f', '\u0085', "'"),
);
/** Short enough that every encoding fits in a key (at most 6 characters per unit, 14 per extra). */
const awkwardString = fc.string({ unit: awkwardUnit, maxLength: 30 });

describe('encodeKey and decodeKey', () => {
  it('round-trip any string', () => {
    fc.assert(
      fc.property(awkwardString, (value) => {
        expect(decodeKey(encodeKey(value))).toBe(value);
      }),
      { numRuns: 5_000 },
    );
  });

  it('never let a forbidden character or a lone surrogate into the key', () => {
    fc.assert(
      fc.property(awkwardString, (value) => {
        expect(encodeKey(value)).not.toMatch(forbiddenInKeys);
      }),
      { numRuns: 5_000 },
    );
  });

  it('leave ordinary text as it is, so keys stay readable', () => {
    const ordinary = fc.string({ unit: 'grapheme', maxLength: 40 }).filter(
      (value) => !/[%/\\#?\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value), // eslint-disable-line no-control-regex
    );
    fc.assert(
      fc.property(ordinary, (value) => {
        expect(encodeKey(value)).toBe(value);
      }),
    );
    expect(encodeKey('2f1c8a7e-0b5d-4c3e-9f1a-6d2b7c8e9a01')).toBe(
      '2f1c8a7e-0b5d-4c3e-9f1a-6d2b7c8e9a01',
    );
  });

  it('escape each forbidden character in one readable way', () => {
    expect(encodeKey('a/b\\c#d?e%f')).toBe('a%2Fb%5Cc%23d%3Fe%25f');
    expect(encodeKey('\u0000\t\n\u007f\u009f')).toBe('%00%09%0A%7F%9F');
    expect(encodeKey('\uD800x\uDFFF😀')).toBe('%uD800x%uDFFF😀');
    expect(decodeKey('%25u0041')).toBe('%u0041');
  });

  it('refuse a key longer than 512 characters once encoded', () => {
    expect(encodeKey('k'.repeat(512))).toHaveLength(512);
    expect(() => encodeKey('k'.repeat(513))).toThrow(KeyError);
    expect(() => encodeKey('k'.repeat(513))).toThrow(/at most 512 characters.*513/);
    expect(encodeKey('/'.repeat(170))).toHaveLength(510);
    expect(() => encodeKey('/'.repeat(171))).toThrow(KeyError);
    expect(() => encodeKey('\uD800'.repeat(86))).toThrow(/516/);
    expect(encodeKey('😀'.repeat(256))).toHaveLength(512);
  });
});

describe('people keyed by awkward ids, through Azurite', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await testStorage({ seed: [] });
  });

  const ids = [
    '',
    ' ',
    '  padded  ',
    "'",
    "''",
    "O'Brien",
    '"',
    '%',
    '%25',
    '%u0041',
    '%zz',
    'a/b',
    '../..',
    '.',
    '\\',
    '#',
    '?',
    '?x=1&y=2',
    '\u0000',
    '\t',
    '\r\n',
    '\u001f',
    '\u007f',
    '\u0085',
    '\u00a0',
    '\uD800',
    '\uDFFF\uD800',
    '😀',
    '👩🏽‍💻',
    'e\u0301',
    'é',
    'E\u0301',
    'İ',
    '中文',
    '\uFEFF',
    '\u200B',
    'a\u2028b',
    '\uFFFF',
    '+ = & ; , : @ $ * ~ | ^ ` < > [ ] { } ( )',
    "PartitionKey eq 'person' or RowKey ne '",
    'k'.repeat(512),
    '/'.repeat(170),
    '2f1c8a7e-0b5d-4c3e-9f1a-6d2b7c8e9a01',
  ];

  const plainContact = (n: number) => ({ name: `Person ${n}`, email: `person${n}@example.gc.ca` });

  it('stores and reads back each one as itself, and no other', async () => {
    for (const [n, id] of ids.entries()) {
      // The e-mail is plain: Azurite's batch parser refuses a raw U+2028 in any value.
      await storage.people.put(aPerson({ id, ...plainContact(n), roles: ['client'] }));
    }
    for (const [n, id] of ids.entries()) {
      const person = await storage.people.get(id);
      expect({ n, person }).toEqual({
        n,
        person: aPerson({ id, ...plainContact(n), roles: ['client'] }),
      });
    }
    const listed = await storage.people.list();
    expect(listed.map((p) => p.id).sort()).toEqual([...ids].sort());
  });

  it('finds nobody under an id that only looks like a stored one', async () => {
    await storage.people.put(aPerson({ id: 'a/b', name: 'Slash' }));
    expect(await storage.people.get('a%2Fb')).toBeNull();
    expect(await storage.people.get('a%2fb')).toBeNull();
    expect(await storage.people.get('a\\b')).toBeNull();
    expect(await storage.people.get('A/B')).toBeNull();
  });

  it('refuses an id whose key would be too long, and stores nothing', async () => {
    const before = (await storage.people.list()).length;
    const tooLong = aPerson({ id: 'k'.repeat(513) });
    await expect(storage.people.put(tooLong)).rejects.toThrow(KeyError);
    await expect(storage.people.get(tooLong.id)).rejects.toThrow(KeyError);
    expect(await storage.people.list()).toHaveLength(before);
  });
});
