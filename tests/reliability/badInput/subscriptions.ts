// The subscription form and its two links (issue 15): public forms like /apply/.
import fc from 'fast-check';
import { ascii, badUtf8, corrupt, encoded, junk, notText, text } from './values';
import { described, withBody, type BadRequest, type FuzzWorld } from './world';

/**
 * Subscriptions and link presses that can never change anything: every subscription fills the
 * trap field that people never see, and no subscription exists, so no link's id and secret match.
 */
export function subscriptions(world: FuzzWorld): fc.Arbitrary<BadRequest> {
  const subscribe = fc.record(
    {
      email: fc.oneof(text, fc.constant('jordan@example.com')),
      language: fc.oneof(fc.constantFrom('en', 'fr'), text),
      keywords: fc.oneof(text, fc.constant('Python, React')),
      website: fc.string({ minLength: 1, maxLength: 20 }),
    },
    { requiredKeys: ['website'] },
  );
  const link = fc.record(
    {
      s: fc.oneof(ascii(32), fc.stringMatching(/^[0-9a-f]{32}$/), text),
      t: fc.oneof(ascii(32), text),
    },
    { requiredKeys: [] },
  );
  const form = (fields: fc.Arbitrary<Record<string, string>>) =>
    fc
      .tuple(
        fields,
        fc.dictionary(
          ascii(10).filter((key) => key !== 'website'),
          fc.oneof(
            text,
            notText.map((v) => JSON.stringify(v) ?? ''),
          ),
          { maxKeys: 3 },
        ),
      )
      .map(([known, extra]) =>
        new TextEncoder().encode(new URLSearchParams({ ...extra, ...known }).toString()),
      );
  const body = (fields: fc.Arbitrary<Record<string, string>>) =>
    fc.oneof(
      {
        weight: 8,
        arbitrary: form(fields).map((bytes) => ({
          how: 'form',
          type: 'application/x-www-form-urlencoded',
          bytes,
        })),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(form(fields), fc.nat(), fc.constantFrom(...badUtf8))
          .map(([bytes, at, seq]) => ({
            how: 'invalid UTF-8',
            type: 'application/x-www-form-urlencoded',
            bytes: corrupt(bytes, at, seq),
          })),
      },
      {
        weight: 1,
        arbitrary: fc.integer({ min: 1, max: 8_192 }).map((extra) => ({
          how: `a form of ${9_000 + extra} bytes`,
          type: 'application/x-www-form-urlencoded',
          bytes: new TextEncoder().encode(`website=x&keywords=${'x'.repeat(9_000 + extra)}`),
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
      weight: 3,
      arbitrary: fc
        .tuple(locale, origin, address, body(subscribe))
        .map(([l, o, a, b]) => withBody('subscribe', 'POST', `/subscribe/${l}`, { ...o, ...a }, b)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(locale, fc.constantFrom('/confirm', '/unsubscribe'), origin, address, body(link))
        .map(([l, step, o, a, b]) =>
          withBody('subscription link', 'POST', `/subscribe/${l}${step}`, { ...o, ...a }, b),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          locale,
          fc.constantFrom('', '/sent', '/confirm?s=x&t=y', '/unsubscribe', '/x/y'),
          fc.constantFrom('GET', 'HEAD', 'PUT', 'DELETE'),
          address,
        )
        .map(([l, step, method, a]) =>
          described({
            label: 'subscription page',
            method,
            path: `/subscribe/${l}${step}`,
            headers: a,
          }),
        ),
    },
  );
}
