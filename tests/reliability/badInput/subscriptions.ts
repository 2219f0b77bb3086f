// The subscription form and its two links (issue 15): public forms like /apply/.
import fc from 'fast-check';
import { clientAddresses, formBodies, formOrigins } from './publicForms';
import { ascii, notText, text } from './values';
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
    formBodies(form(fields), { field: 'keywords', bytes: 9_000, label: 'a form' }, 8_192);
  const origin = formOrigins(world);
  const address = clientAddresses;
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
