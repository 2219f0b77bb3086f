// The application status page and its withdrawal (issue 15): public forms like /apply/.
import fc from 'fast-check';
import { clientAddresses, formBodies, formOrigins } from './publicForms';
import { ascii, notText, text } from './values';
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
  const body = formBodies(pair, { field: 'number', bytes: 4_096, label: 'a form' }, 8_192);
  const origin = formOrigins(world);
  const address = clientAddresses;
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
