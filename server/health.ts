import { bilingual } from '../domain/messages';
import { StorageUnavailable } from '../storage/errors';
import type { Storage } from '../storage/storage';
import { sendJson, type Handler } from '../runtime/http';

const plainReasons: Record<string, string> = {
  ECONNREFUSED:
    'connection refused: storage is not running or not reachable at the configured address',
  ECONNRESET: 'connection reset by storage',
  ETIMEDOUT: 'storage did not answer in time',
  TimeoutError: 'storage did not answer in time',
  AbortError: 'storage did not answer in time',
  ENOTFOUND: 'the storage host name does not resolve',
};

/** GET /healthz: 200 when storage answers, 503 with the reason while it does not. */
export function healthHandler(storage: Storage): Handler {
  return async ({ res }) => {
    const started = performance.now();
    try {
      await storage.ping(2_000);
      sendJson(res, 200, {
        status: 'ok',
        storage: { status: 'up', latencyMs: Math.round(performance.now() - started) },
      });
    } catch (error) {
      if (!(error instanceof StorageUnavailable)) throw error;
      sendJson(res, 503, {
        status: 'unavailable',
        storage: {
          status: 'down',
          reason: plainReasons[error.reason] ?? `storage unavailable (${error.reason})`,
        },
        message: bilingual('error.storageUnavailable'),
      });
    }
  };
}
