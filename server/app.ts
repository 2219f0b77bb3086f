import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { bilingual } from '../domain/messages';
import { requestStorageBudgetMs, withStorageBudget } from '../storage/deadline';
import { StorageUnavailable } from '../storage/errors';
import type { Storage } from '../storage/storage';
import { healthHandler } from './health';
import { sendJson, type Handler } from '../runtime/http';
import type { Logger } from '../runtime/logger';
import { isLoggedRefusal } from './refusalLog';
import { routeTable, type Route } from './routeTable';
import { apiCsp, securityHeaders } from './api/securityHeaders';

export interface AppDependencies {
  storage: Storage;
  logger: Logger;
  /** More routes, keyed like `POST /api/messages` or `GET /api/opportunities/:id` (server/routeTable.ts). */
  routes?: ReadonlyArray<Route>;
  /** Handlers of whole subtrees, by path prefix (e.g. `/opportunities/`); they answer every method. */
  mounts?: ReadonlyArray<[string, Handler]>;
  /** Time and connection limits; tests shorten them. */
  limits?: Partial<ServerLimits>;
  /** The client's address as logged with refusals; the connection's peer unless a proxy is trusted. */
  clientAddress?: (req: IncomingMessage) => string;
}

/** How long a slow client may hold a connection, and how many may be held, before any check. */
export interface ServerLimits {
  /** The whole request, body included (408 after): Node's default of 300 s lets trickled bodies pile up. */
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  maxConnections: number;
  /**
   * How long an idle kept-alive connection stays open. Node's 5 s is shorter than the load
   * balancer's and the clients' own idle time, so a client sending on a connection the server
   * was closing got a reset (seen as ECONNRESET under load); longer than theirs, the client
   * closes first.
   */
  keepAliveTimeoutMs: number;
  /** How often Node looks for requests past their time. */
  checkIntervalMs: number;
  /** All the storage calls of one request together (storage/deadline.ts); past it, "try again". */
  storageBudgetMs: number;
}

export const serverLimits: ServerLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  maxConnections: 1_000,
  keepAliveTimeoutMs: 65_000,
  checkIntervalMs: 5_000,
  storageBudgetMs: requestStorageBudgetMs,
};

/**
 * The client closed the connection mid-request: its business, not a server fault. Asked of the
 * connection only: the request stream is destroyed as soon as its body has been read, and an
 * ECONNRESET may be storage's socket, while the client still waits for its answer.
 */
function clientWentAway(req: IncomingMessage): boolean {
  return req.socket.destroyed;
}

/** The HTTP server: one route table, request ids, and errors that never leak internals. */
export function createApp({
  storage,
  logger,
  routes: extra = [],
  mounts = [],
  limits: given = {},
  clientAddress = (req) => req.socket.remoteAddress ?? 'unknown',
}: AppDependencies): Server {
  const routes = routeTable([['GET /healthz', healthHandler(storage)], ...extra]);
  const limits = { ...serverLimits, ...given };

  const server = createServer(
    { connectionsCheckingInterval: limits.checkIntervalMs },
    async (req, res) => {
      const requestId = randomUUID();
      res.setHeader('x-request-id', requestId);
      const url = new URL(req.url ?? '/', 'http://localhost');
      const match = routes.match(req.method ?? 'GET', url.pathname);
      const handler =
        match.kind === 'found'
          ? match.handler
          : mounts.find(([prefix]) => url.pathname.startsWith(prefix))?.[1];
      const params = match.kind === 'found' ? match.params : {};
      const log = logger.child({ requestId, method: req.method, path: url.pathname });
      const caller: { personId?: string } = {};
      try {
        if (!handler) {
          // Under /api/ the router's answers carry the API's headers, like every other answer there.
          const headers = url.pathname.startsWith('/api/') ? securityHeaders(apiCsp) : {};
          if (match.kind === 'wrongMethod')
            sendJson(
              res,
              405,
              { error: 'methodNotAllowed', message: bilingual('tab.api.methodNotAllowed') },
              { ...headers, allow: match.allow.join(', ') },
            );
          else
            sendJson(
              res,
              404,
              { error: 'notFound', message: bilingual('tab.api.notFound') },
              headers,
            );
          return;
        }
        await withStorageBudget(limits.storageBudgetMs, async () =>
          handler({ req, res, requestId, url, caller, params }),
        );
      } catch (error) {
        if (clientWentAway(req)) {
          log.debug({ code: (error as { code?: unknown }).code }, 'client closed the connection');
        } else if (error instanceof StorageUnavailable) {
          log.warn({ reason: error.reason }, 'storage unavailable');
          if (!res.headersSent)
            sendJson(res, 503, {
              error: 'storageUnavailable',
              message: bilingual('error.storageUnavailable'),
            });
        } else {
          log.error({ err: error }, 'unexpected error');
          if (!res.headersSent)
            sendJson(res, 500, {
              error: 'unexpected',
              message: bilingual('error.unexpected', { requestId }),
            });
        }
      } finally {
        log.debug({ status: res.statusCode }, 'request');
        // One line per refusal, written once the handler has answered: 401, 403, the API's 404s.
        if (isLoggedRefusal(res.statusCode, url.pathname))
          logger.warn(
            {
              requestId,
              route: `${req.method} ${url.pathname}`,
              status: res.statusCode,
              person: caller.personId,
              client: clientAddress(req),
            },
            'request refused',
          );
      }
    },
  );
  server.requestTimeout = limits.requestTimeoutMs;
  server.headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  server.maxConnections = limits.maxConnections;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  return server;
}

/** Listens and resolves with the address; `close` finishes in-flight requests first. */
export async function listen(
  server: Server,
  host: string,
  port: number,
): Promise<{ url: string; close(): Promise<void> }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
      }),
  };
}
