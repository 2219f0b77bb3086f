import fc from 'fast-check';
import { maxCommentLength } from '../../domain/limits';
import {
  assertEntityFits,
  chunkJson,
  EntityTooLarge,
  limits,
  unchunkJson,
} from '../../storage/entityLimits';
import type { Storage } from '../../storage/storage';
import { actor, beforeClosing, people } from '../support/builders';
import { testStorage } from '../support/storage';
import { anOpportunityIn, applied } from '../support/storageHelpers';

const chunkChars = 30_000;

type Entity = Parameters<typeof assertEntityFits>[0];

function withProperties(count: number, value: unknown = 1): Entity {
  const entity: Entity = { partitionKey: 'p', rowKey: 'r' };
  for (let n = 0; n < count; n++) entity[`p${n}`] = value;
  return entity;
}

/** The error `assertEntityFits` throws, or null. */
function refusal(entity: Entity): EntityTooLarge | null {
  try {
    assertEntityFits(entity);
    return null;
  } catch (error) {
    if (error instanceof EntityTooLarge) return error;
    throw error;
  }
}

describe('assertEntityFits', () => {
  it('accepts 252 custom properties and refuses 253, saying how many', () => {
    expect(refusal(withProperties(252))).toBeNull();
    // The ETag the SDK hands back is not a property of the entity.
    expect(refusal({ ...withProperties(252), etag: 'W/"x"' })).toBeNull();
    const error = refusal(withProperties(253));
    expect(error?.detail).toBe('253 properties (at most 252)');
    expect(error?.message).toBe(
      'entity exceeds Table Storage limits: 253 properties (at most 252)',
    );
  });

  it('accepts a 32,767-character string and refuses 32,768, naming the property', () => {
    expect(refusal({ partitionKey: 'p', rowKey: 'r', note: 'x'.repeat(32_767) })).toBeNull();
    expect(refusal({ partitionKey: 'p', rowKey: 'r', note: 'x'.repeat(32_768) })?.detail).toBe(
      'property note holds 32768 characters (at most 32767)',
    );
  });

  it('refuses an entity over 1 MiB, counting as Azure does, and accepts one exactly at it', () => {
    // 4 + (1 + 1) * 2 for the keys; each property 8 + name * 2 + 4 + value * 2.
    const entity: Entity = { partitionKey: 'p', rowKey: 'r' };
    let bytes = 8;
    for (let n = 0; bytes < limits.entityBytes; n++) {
      const name = `c${String(n).padStart(2, '0')}`;
      const room = (limits.entityBytes - bytes - 8 - name.length * 2 - 4) / 2;
      const length = Math.min(30_000, Math.floor(room));
      entity[name] = 'x'.repeat(length);
      bytes += 8 + name.length * 2 + 4 + length * 2;
      if (length < 30_000) break;
    }
    expect(bytes).toBe(limits.entityBytes);
    expect(refusal(entity)).toBeNull();

    entity.extra = true; // 8 + 5 * 2 + 1 bytes
    expect(refusal(entity)?.detail).toBe(`${limits.entityBytes + 19} bytes (at most 1048576)`);
  });

  it.each([
    ['/', 'a/b'],
    ['\\', 'a\\b'],
    ['#', 'a#b'],
    ['?', 'a?b'],
    ['a tab', 'a\tb'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
  ])('refuses a key holding %s', (_, key) => {
    expect(refusal({ partitionKey: key, rowKey: 'r' })?.message).toMatch(/forbidden character/);
    expect(refusal({ partitionKey: 'p', rowKey: key })?.message).toMatch(/forbidden character/);
  });

  it('refuses a key over 512 characters, saying how long it is', () => {
    expect(refusal({ partitionKey: 'p'.repeat(512), rowKey: 'r'.repeat(512) })).toBeNull();
    expect(refusal({ partitionKey: 'p', rowKey: 'r'.repeat(513) })?.detail).toBe(
      'a key of 513 characters',
    );
  });
});

/** Strings whose JSON puts surrogate pairs on chunk boundaries: padding shifts them by one. */
const awkwardJson = fc.record({
  pad: fc.nat({ max: 40 }).map((n) => 'p'.repeat(chunkChars - 20 + n)),
  text: fc.string({ unit: 'binary', maxLength: 200 }),
  emoji: fc.nat({ max: 3 }).map((n) => '😀'.repeat(n * 20_000)),
  nested: fc.jsonValue({ maxDepth: 2 }),
});

describe('chunkJson and unchunkJson', () => {
  it('round-trip any value, in chunks that never cut a surrogate pair', () => {
    fc.assert(
      fc.property(awkwardJson, (value) => {
        const chunks = chunkJson('record', value);
        const names = Object.keys(chunks);
        expect(names).toEqual(names.map((_, n) => `record_${n}`));
        for (const chunk of Object.values(chunks)) {
          expect(chunk.length).toBeGreaterThan(0);
          expect(chunk.length).toBeLessThanOrEqual(chunkChars);
          const last = chunk.charCodeAt(chunk.length - 1);
          expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
          const first = chunk.charCodeAt(0);
          expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
        }
        // Compared as JSON sees it (JSON has no -0).
        expect(unchunkJson('record', { ...chunks, other_0: '"x"' })).toEqual(
          JSON.parse(JSON.stringify(value)),
        );
        assertEntityFits({ partitionKey: 'p', rowKey: 'r', ...chunks });
      }),
      { numRuns: 150 },
    );
  });

  it('moves a pair that would straddle the boundary into the next chunk', () => {
    const value = 'a'.repeat(chunkChars - 2) + '😀';
    const chunks = chunkJson('x', value); // '"' + 29,998 × a + pair + '"'
    expect(chunks.x_0).toHaveLength(chunkChars - 1);
    expect(chunks.x_1).toBe('😀"');
    expect(unchunkJson('x', chunks)).toBe(value);
  });

  it('keeps short values in one property', () => {
    expect(chunkJson('event', { a: 1 })).toEqual({ event_0: '{"a":1}' });
    const exactly = 'a'.repeat(chunkChars - 2);
    expect(Object.keys(chunkJson('x', exactly))).toEqual(['x_0']);
    expect(Object.keys(chunkJson('x', exactly + 'a'))).toEqual(['x_0', 'x_1']);
  });

  it('refuses to read an entity with no chunk of that name', () => {
    expect(() => unchunkJson('record', { event_0: '1' })).toThrow(/no record data/);
  });
});

describe('opportunities near the limits, through Azurite', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await testStorage({ clock: () => beforeClosing });
  });

  it('reads a record back whole after it shrinks from several chunks to one', async () => {
    const draft = await anOpportunityIn(storage, 'draft', {
      fields: {
        workEn: '😀'.repeat(5_000),
        workFr: 'é'.repeat(10_000),
        backgroundEn: 'b'.repeat(5_000),
        backgroundFr: 'b'.repeat(5_000),
      },
    });
    expect(Object.keys(chunkJson('record', draft)).length).toBeGreaterThan(1);

    const shrunk = await applied(
      storage,
      draft.id,
      {
        kind: 'editDraft',
        changes: { workEn: 'short', workFr: 'court', backgroundEn: 'b', backgroundFr: 'b' },
      },
      people.author,
    );

    expect(Object.keys(chunkJson('record', shrunk))).toEqual(['record_0']);
    expect(await storage.opportunities.get(draft.id)).toEqual(shrunk);
  });

  it('answers "tooLarge" and writes nothing once addenda would pass 1 MiB', async () => {
    const posted = await anOpportunityIn(storage, 'posted');
    const author = actor(people.author);
    const addendum = (n: number) => ({
      kind: 'amend' as const,
      en: `${n} ${'Addendum 📎 '.repeat(200)}`.slice(0, maxCommentLength),
      fr: `${n} ${'Addenda 📎 '.repeat(200)}`.slice(0, maxCommentLength),
    });

    let last = posted;
    let outcome = await storage.opportunities.apply(posted.id, addendum(1), author);
    for (let n = 2; outcome.kind === 'applied' && n < 400; n++) {
      last = outcome.record;
      outcome = await storage.opportunities.apply(posted.id, addendum(n), author);
    }

    expect(outcome.kind).toBe('tooLarge');
    if (outcome.kind !== 'tooLarge') return;
    expect(outcome.detail).toMatch(/^\d+ bytes \(at most 1048576\)$/);
    expect(Number(outcome.detail.split(' ')[0])).toBeGreaterThan(limits.entityBytes);
    expect(last.addenda.length).toBeGreaterThan(100);
    expect(await storage.opportunities.get(posted.id)).toEqual(last);
    const events = await storage.opportunities.events(posted.id);
    expect(events).toHaveLength(last.version);
    expect(events.at(-1)!.version).toBe(last.version);
    // It stopped at the first addendum that did not fit (each adds about 8,100 bytes), not before.
    expect(JSON.stringify(last).length * 2).toBeGreaterThan(limits.entityBytes - 2 * 8_200);
  });
});
