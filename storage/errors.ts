import type { GetTableEntityResponse, TableClient, TableEntityResult } from '@azure/data-tables';

/** Storage did not answer: the edges turn this into a bilingual "try again" (HTTP 503). */
export class StorageUnavailable extends Error {
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`storage unavailable: ${reason}`, options);
  }
}

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'REQUEST_SEND_ERROR',
  'UND_ERR_SOCKET',
]);

interface MaybeRestError {
  statusCode?: number;
  code?: string;
  name?: string;
  message?: string;
}

/** The HTTP status of a storage error; the SDK leaves `code` empty for a stale ETag (412). */
export function statusOf(error: unknown): number | undefined {
  return (error as MaybeRestError | null)?.statusCode;
}

export function isUnavailable(error: unknown): boolean {
  const e = error as MaybeRestError | null;
  if (!e) return false;
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return true;
  if (e.statusCode === undefined) return e.code !== undefined && networkCodes.has(e.code);
  return e.statusCode === 503 || e.statusCode === 502 || e.statusCode === 504;
}

/** Runs a storage call; network failures become `StorageUnavailable`, everything else is rethrown. */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUnavailable(error)) {
      const e = error as MaybeRestError;
      throw new StorageUnavailable(e.code ?? e.name ?? 'no answer', { cause: error });
    }
    throw error;
  }
}

/** A point read: the row, or null when there is none; network failures become `StorageUnavailable`. */
export async function getOrNull<T extends object>(
  table: TableClient,
  partitionKey: string,
  rowKey: string,
): Promise<GetTableEntityResponse<TableEntityResult<T>> | null> {
  return guard(async () => {
    try {
      return await table.getEntity<T>(partitionKey, rowKey);
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  });
}
