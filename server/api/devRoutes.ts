import type { Person } from '../../domain/people';
import { readJsonBody, type Handler } from '../http';
import type { DevSigner } from './devSigner';
import { fail, failBody, reply } from './respond';

/**
 * Development only (never registered in production): the signing key's JWKS, the people the
 * identity picker offers, and a token for one of them. Anyone else gets no token.
 */
export function devRoutes(signer: DevSigner, people: readonly Person[]): Array<[string, Handler]> {
  return [
    ['GET /api/dev/jwks', ({ res }) => reply(res, 200, signer.jwks)],
    [
      'GET /api/dev/people',
      ({ res }) =>
        reply(res, 200, {
          people: people.map((p) => ({ id: p.id, name: p.name, roles: p.roles, locale: p.locale })),
        }),
    ],
    [
      'POST /api/dev/token',
      async ({ req, res }) => {
        const body = await readJsonBody(req, 1_024);
        if (!body.ok) return failBody(res, body);
        const personId = (body.value as { personId?: unknown } | null)?.personId;
        if (!people.some((p) => p.id === personId))
          return fail(res, 403, 'notADevelopmentPerson', 'tab.api.notADevelopmentPerson');
        reply(res, 200, { token: await signer.sign(personId as string, {}, 600) });
      },
    ],
  ];
}
