// The application status page and its withdrawal (issue 15): public forms like /apply/.
import fc from 'fast-check';
import { ascii, badUtf8, corrupt, encoded, junk, notText, text } from './values';
import { described, withBody, type BadRequest, type FuzzWorld } from './world';

/**
 * Lookups and withdrawals that can never change anything: no application is received in this run,
 * so no pair matches, however well formed the number (an open opportunity's id and a valid code).
 */
export function status(world: FuzzWorld): fc.Arbitrary<BadRequest> {
  const number = fc.oneof(
    fc
      .tuple(fc.constantFrom(...world.posted), fc.constantFrom('ABCDEFGH', '7K3Q9XH2', '00000000'))
      .map(([id, code]) => `${id}-${code}`),
    text,
    ascii(80),
  );
  const pair = fc
    .tuple(
      fc.record(
        {
          number,
          email: fc.oneof(text, fc.constant('jordan@example.com')),
          confirm: fc.oneof(fc.constant('yes'), text),
        },
        { requiredKeys: [] },
      ),
      fc.dictionary(
        ascii(10),
        fc.oneof(
          text,
          notText.map((v) => JSON.stringify(v) ?? ''),
        ),
        { maxKeys: 3 },
      ),
    )
    .map(([fields, extra]) =>
      new TextEncoder().encode(new URLSearchParams({ ...extra, ...fields }).toString()),
    );
  const body = fc.oneof(
    {
      weight: 8,
      arbitrary: pair.map((bytes) => ({
        how: 'form',
        type: 'application/x-www-form-urlencoded',
        bytes,
      })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(pair, fc.nat(), fc.constantFrom(...badUtf8)).map(([bytes, at, seq]) => ({
        how: 'invalid UTF-8',
        type: 'application/x-www-form-urlencoded',
        bytes: corrupt(bytes, at, seq),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: 8_192 }).map((extra) => ({
        how: `a form of ${4_096 + extra} bytes`,
        type: 'application/x-www-form-urlencoded',
        bytes: new TextEncoder().encode(`confirm=yes&number=${'x'.repeat(4_096 + extra)}`),
      })),
    },
    { weight: 1, arbitrary: encoded(junk, 8_192) },
  );
  const origin = fc.oneof(
    fc.constant<Record<string, string>>({ origin: world.origin }),
    fc.constant<Record<string, string>>({}),
    fc.constantFrom<Record<string, string>>({ origin: 'https://evil.example' }, { origin: 'null' }),
  );
  const address = fc
    .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
    .map(([a, b, c]): Record<string, string> => ({ 'x-forwarded-for': `10.${a}.${b}.${c}` }));
  const locale = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('en', 'fr') },
    { weight: 1, arbitrary: ascii(5).map(encodeURIComponent) },
  );
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(locale, fc.constantFrom('', '/withdraw'), origin, address, body)
        .map(([l, step, o, a, b]) =>
          withBody('status', 'POST', `/status/${l}${step}`, { ...o, ...a }, b),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          locale,
          fc.constantFrom('', '/withdraw', '/x/y'),
          fc.constantFrom('GET', 'HEAD', 'PUT', 'DELETE'),
          address,
        )
        .map(([l, step, method, a]) =>
          described({ label: 'status page', method, path: `/status/${l}${step}`, headers: a }),
        ),
    },
  );
}
