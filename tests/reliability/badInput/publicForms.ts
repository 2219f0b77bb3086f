// What every public form's bad requests share (/apply/, /questions/, /status/, /subscribe/).
import fc from 'fast-check';
import { badUtf8, corrupt, encoded, junk } from './values';
import type { FuzzWorld } from './world';

type Body = { how: string; type: string; bytes: Uint8Array };

/** The site's origin, none, or another: only the first may post. */
export function formOrigins(world: FuzzWorld): fc.Arbitrary<Record<string, string>> {
  return fc.oneof(
    fc.constant<Record<string, string>>({ origin: world.origin }),
    fc.constant<Record<string, string>>({}),
    fc.constantFrom<Record<string, string>>(
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ),
  );
}

/**
 * A different client address each time (behind TRUSTED_PROXY_HOPS=1), so the per-address rate
 * limit lets the form be read rather than refused at the door.
 */
export const clientAddresses: fc.Arbitrary<Record<string, string>> = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map(([a, b, c]): Record<string, string> => ({ 'x-forwarded-for': `10.${a}.${b}.${c}` }));

/**
 * Bodies for a form: the form's bad fields form-encoded, the same with invalid UTF-8 bytes, one
 * field past the endpoint's limit, and junk of other media types.
 */
export function formBodies(
  form: fc.Arbitrary<Uint8Array>,
  tooLong: { field: string; bytes: number; label: string },
  junkLimit: number,
): fc.Arbitrary<Body> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: form.map((bytes) => ({
        how: 'form',
        type: 'application/x-www-form-urlencoded',
        bytes,
      })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(form, fc.nat(), fc.constantFrom(...badUtf8)).map(([bytes, at, seq]) => ({
        how: 'invalid UTF-8',
        type: 'application/x-www-form-urlencoded',
        bytes: corrupt(bytes, at, seq),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: 4_096 }).map((extra) => ({
        how: `${tooLong.label} of ${tooLong.bytes + extra} bytes`,
        type: 'application/x-www-form-urlencoded',
        bytes: new TextEncoder().encode(
          `website=x&${tooLong.field}=${'x'.repeat(tooLong.bytes + extra)}`,
        ),
      })),
    },
    { weight: 1, arbitrary: encoded(junk, junkLimit) },
  );
}
