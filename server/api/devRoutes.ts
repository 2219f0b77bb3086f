import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cardGallery } from '../../bot/cards/gallery';
import {
  browserScript,
  galleryCss,
  galleryHtml,
  galleryScript,
  teamsCss,
  teamsHostConfig,
  themes,
} from '../../bot/cards/galleryPage';
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

/** The gallery's own page and scripts, nothing from elsewhere; the renderer sets inline styles. */
const galleryCsp =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

function send(res: ServerResponse, type: string, body: string): void {
  res.writeHead(200, {
    'content-type': `${type}; charset=utf-8`,
    'content-length': Buffer.byteLength(body),
    'content-security-policy': galleryCsp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}

/**
 * The card gallery (docs/bot.md, "How the cards are checked"): every card the bot sends, built
 * from sample data, rendered in the browser by the `adaptivecards` renderer (a development
 * dependency, read from node_modules) in Teams' three themes at a phone's width or a desktop's.
 */
function cardGalleryRoutes(): Array<[string, Handler]> {
  return [
    ['GET /dev/cards', ({ res }) => send(res, 'text/html', galleryHtml())],
    [
      'GET /dev/cards/cards.json',
      ({ res }) =>
        send(
          res,
          'application/json',
          JSON.stringify({
            cards: cardGallery(),
            hostConfigs: Object.fromEntries(themes.map((theme) => [theme, teamsHostConfig(theme)])),
          }),
        ),
    ],
    [
      'GET /dev/cards/teams.css',
      ({ res }) => send(res, 'text/css', `${teamsCss()}\n${galleryCss}`),
    ],
    [
      'GET /dev/cards/adaptivecards.js',
      async ({ res }) =>
        send(
          res,
          'text/javascript',
          await readFile(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8'),
        ),
    ],
    ['GET /dev/cards/render.js', ({ res }) => send(res, 'text/javascript', browserScript)],
    ['GET /dev/cards/gallery.js', ({ res }) => send(res, 'text/javascript', galleryScript)],
  ];
}

/**
 * Development only (never registered in production): the signing key's JWKS, the people the
 * identity picker offers, a token for one of them, and the card gallery. Anyone else gets no
 * token, and only this machine is answered.
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
    ...cardGalleryRoutes(),
  ];
  return routes.map(([key, handler]) => [key, loopbackOnly(handler)]);
}
