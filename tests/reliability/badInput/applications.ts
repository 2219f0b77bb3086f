// The public application form, filled in so that it can never be accepted.
import fc from 'fast-check';
import { clientAddresses, formOrigins } from './publicForms';
import {
  ascii,
  badUtf8,
  corrupt,
  encoded,
  junk,
  limits,
  missingId,
  text,
  type Encoded,
} from './values';
import { described, withBody, type BadRequest, type FuzzWorld } from './world';

/**
 * Application forms that can never be stored: the field people do not see (the honeypot) is
 * always filled in, whatever else is right or wrong.
 */
const badApplication = fc
  .tuple(
    fc.record(
      {
        name: text,
        businessName: text,
        email: fc.oneof(text, fc.constant('someone@example.ca')),
        answer1: fc.oneof(text, fc.string({ maxLength: 4_000 })),
        eligible: fc.oneof(fc.constant('yes'), text),
        terms: fc.oneof(fc.constant('yes'), text),
      },
      { requiredKeys: [] },
    ),
    text.map((t) => `x${t}`),
    fc.dictionary(ascii(10), text, { maxKeys: 3 }),
  )
  .map(([fields, website, extra]) => {
    const form = new URLSearchParams({ ...extra, ...fields, website });
    return new TextEncoder().encode(form.toString());
  });

export function applications(world: FuzzWorld): fc.Arbitrary<BadRequest> {
  const id = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...world.posted) },
    { weight: 1, arbitrary: fc.constantFrom(...world.drafts.map((d) => d.id)) },
    { weight: 1, arbitrary: fc.oneof(missingId, ascii(20).map(encodeURIComponent)) },
  );
  const body: fc.Arbitrary<Encoded> = fc.oneof(
    {
      weight: 10,
      arbitrary: badApplication.map((bytes) => ({
        how: 'form',
        type: 'application/x-www-form-urlencoded',
        bytes,
      })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(badApplication, fc.nat(), fc.constantFrom(...badUtf8))
        .map(([bytes, at, seq]) => ({
          how: 'invalid UTF-8',
          type: 'application/x-www-form-urlencoded',
          bytes: corrupt(bytes, at, seq),
        })),
    },
    {
      weight: 1,
      arbitrary: badApplication.map((bytes) => ({
        how: 'percent-encoded invalid UTF-8',
        type: 'application/x-www-form-urlencoded',
        bytes: new TextEncoder().encode(`name=%ff%fe&${new TextDecoder().decode(bytes)}`),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: 4_096 }).map((extra) => ({
        how: `${limits.application + extra} bytes`,
        type: 'application/x-www-form-urlencoded',
        bytes: new TextEncoder().encode(
          `website=x&answer1=${'x'.repeat(limits.application + extra)}`,
        ),
      })),
    },
    { weight: 1, arbitrary: encoded(junk, limits.application) },
  );
  const origin = formOrigins(world);
  const address = clientAddresses;
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(fc.constantFrom('en', 'fr'), id, origin, address, body)
        .map(([locale, i, o, a, b]) =>
          withBody('application', 'POST', `/apply/${locale}/${i}`, { ...o, ...a }, b),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.oneof(fc.constantFrom('en', 'fr'), ascii(5).map(encodeURIComponent)),
          id,
          fc.oneof(ascii(12), fc.constant('ABCDEFGH')).map(encodeURIComponent),
          address,
        )
        .map(([locale, i, confirmation, a]) =>
          described({
            label: 'application receipt',
            method: 'GET',
            path: `/apply/${locale}/${i}/received/${confirmation}`,
            headers: a,
          }),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('/apply/', '/opportunities/', '/tab/', '/opportunities/en/'),
          ascii(40),
        )
        .map(([prefix, rest]) =>
          described({
            label: 'static path',
            method: 'GET',
            path: `${prefix}${encodeURI(rest)}`,
            headers: {},
          }),
        ),
    },
  );
}
