import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { bilingual } from '../domain/messages';
import { StorageUnavailable } from '../storage/errors';
import type { Storage } from '../storage/storage';
import { healthHandler } from './health';
import { sendJson, type Handler } from './http';
import type { Logger } from './logger';

export interface AppDependencies {
  storage: Storage;
  logger: Logger;
  /** More routes, keyed like `POST /api/messages`. */
  routes?: ReadonlyArray<[string, Handler]>;
  /** Handlers of whole subtrees, by path prefix (e.g. `/opportunities/`); they answer every method. */
  mounts?: ReadonlyArray<[string, Handler]>;
}

/** The HTTP server: one route table, request ids, and errors that never leak internals. */
export function createApp({
  storage,
  logger,
  routes: extra = [],
  mounts = [],
}: AppDependencies): Server {
  const routes = new Map<string, Handler>([['GET /healthz', healthHandler(storage)], ...extra]);

  return createServer(async (req, res) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handler =
      routes.get(`${req.method} ${url.pathname}`) ??
      mounts.find(([prefix]) => url.pathname.startsWith(prefix))?.[1];
    const log = logger.child({ requestId, method: req.method, path: url.pathname });
    try {
      if (!handler) {
        const known = [...routes.keys()].some((key) => key.endsWith(` ${url.pathname}`));
        sendJson(res, known ? 405 : 404, { error: known ? 'methodNotAllowed' : 'notFound' });
        return;
      }
      await handler({ req, res, requestId, url });
    } catch (error) {
      if (error instanceof StorageUnavailable) {
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
    }
  });
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
