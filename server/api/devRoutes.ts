import type { IncomingMessage } from 'node:http';
import type { Person } from '../../domain/people';
import { readJsonBody, type Handler } from '../../runtime/http';
import type { DevSigner } from './devSigner';
import { fail, failBody, reply } from './respond';

const loopbackPeers = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** A request from this machine itself: a loopback peer that no proxy forwarded. */
export function fromThisMachine(req: IncomingMessage): boolean {
  return (
    loopbackPeers.has(req.socket.remoteAddress ?? '') &&
    req.headers['x-forwarded-for'] === undefined
  );
}

/** Tokens are minted for anyone who asks: only a person at this machine may ask. */
function loopbackOnly(handler: Handler): Handler {
  return (context) => {
    if (!fromThisMachine(context.req))
      return fail(context.res, 403, 'developmentLoopbackOnly', 'tab.api.developmentLoopbackOnly');
    return handler(context);
  };
}

/**
 * Development only (never registered in production): the signing key's JWKS, the people the
 * identity picker offers, and a token for one of them. Anyone else gets no token.
 */
export function devRoutes(signer: DevSigner, people: readonly Person[]): Array<[string, Handler]> {
  const routes: Array<[string, Handler]> = [
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
  return routes.map(([key, handler]) => [key, loopbackOnly(handler)]);
}
