// Values that are wrong in every way a JSON body can be, and bodies broken on the wire.
import fc from 'fast-check';

export const limits = {
  bot: 256 * 1024,
  draft: 256 * 1024,
  intent: 16 * 1024,
  devToken: 1_024,
  /** 16 KB plus 27 KB for each criterion's answer: the fixtures have one. */
  application: 16_384 + 27_000,
};

export const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'binary-ascii', maxLength: 30 }),
);
export const ascii = (maxLength: number) => fc.string({ unit: 'grapheme-ascii', maxLength });
export const notText = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(ascii(8), ascii(8), { maxKeys: 3 }),
);
export const junk = fc.jsonValue({ maxDepth: 3 });
export const nonObject = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  text,
  fc.array(junk, { maxLength: 4 }),
);
export const missingId = fc
  .integer({ min: 1, max: 99_999 })
  .map((n) => `MA-2099-${String(n).padStart(4, '0')}`);
/** Text that is never acceptable as a person's text: control characters, bidi overrides, too long. */
export const invalidText = fc.oneof(
  text.map((t) => `${t}\u0000`),
  text.map((t) => `\u202e${t}`),
  fc.integer({ min: 2_001, max: 3_000 }).map((n) => 'x'.repeat(n)),
);

export interface Encoded {
  how: string;
  type: string;
  bytes: Uint8Array;
}
export const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value) ?? 'null');
export const badUtf8 = [
  [0xff],
  [0xc3, 0x28],
  [0xa0, 0xa1],
  [0xe2, 0x28, 0xa1],
  [0xf0, 0x28, 0x8c, 0xbc],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
];
export function corrupt(bytes: Uint8Array, at: number, sequence: number[]): Uint8Array {
  const i = bytes.length ? at % bytes.length : 0;
  return Uint8Array.from([...bytes.subarray(0, i), ...sequence, ...bytes.subarray(i)]);
}
function deep(depth: number, shape: 'array' | 'object'): string {
  return shape === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/**
 * `value` as JSON, or corrupted: invalid UTF-8 bytes, cut short, nested thousands deep inside
 * `wrap`, over `limit`, or sent as another media type.
 */
export function encoded(
  value: fc.Arbitrary<unknown>,
  limit: number,
  wrap: (deepJson: string) => string = (d) => d,
): fc.Arbitrary<Encoded> {
  const type = 'application/json';
  return fc.oneof(
    { weight: 12, arbitrary: value.map((v) => ({ how: 'json', type, bytes: json(v) })) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(value, fc.nat(), fc.constantFrom(...badUtf8))
        .map(([v, at, seq]) => ({ how: 'invalid UTF-8', type, bytes: corrupt(json(v), at, seq) })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(value, fc.nat()).map(([v, cut]) => {
        const bytes = json(v);
        return {
          how: 'cut short',
          type,
          bytes: bytes.subarray(0, cut % Math.max(1, bytes.length)),
        };
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.integer({ min: Math.min(500, Math.floor(limit / 8)), max: Math.floor(limit / 2.2) }),
          fc.constantFrom('array', 'object') as fc.Arbitrary<'array' | 'object'>,
        )
        .map(([depth, shape]) => ({
          how: `nested ${depth} deep`,
          type,
          bytes: new TextEncoder().encode(wrap(deep(depth, shape))),
        })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: 4_096 }).map((extra) => ({
        how: `${limit + extra} bytes`,
        type,
        bytes: json({ padding: 'x'.repeat(limit + extra) }),
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          value,
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/jsonp',
            '',
          ),
        )
        .map(([v, t]) => ({ how: `sent as "${t}"`, type: t, bytes: json(v) })),
    },
  );
}
