/** The tab's one way to the server: a token on every call, bilingual errors, short retries. */
export interface Bilingual {
  en: string;
  fr: string;
}

export interface ProblemBody {
  field: string;
  code: string;
  message: Bilingual;
}

export interface ErrorBody {
  error: string;
  message?: Bilingual;
  problems?: ProblemBody[];
  current?: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.error);
  }
}

export type GetToken = () => Promise<string>;

export interface Api {
  call<T>(
    method: string,
    path: string,
    options?: { body?: unknown; ifMatch?: number; idempotencyKey?: string },
  ): Promise<{ data: T; etag: string | null }>;
  /** A file the server sends (an export), with the name it gives it. */
  download(path: string): Promise<{ blob: Blob; filename: string }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createApi(getToken: GetToken): Api {
  return {
    async call<T>(
      method: string,
      path: string,
      options: { body?: unknown; ifMatch?: number; idempotencyKey?: string } = {},
    ) {
      // Storage outages are short: two retries within about a second, then the person is told.
      for (let attempt = 0; ; attempt++) {
        let response: Response;
        try {
          response = await fetch(path, {
            method,
            headers: {
              authorization: `Bearer ${await getToken()}`,
              ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
              ...(options.ifMatch !== undefined ? { 'if-match': `"${options.ifMatch}"` } : {}),
              ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
            },
            body: options.body === undefined ? undefined : JSON.stringify(options.body),
          });
        } catch {
          throw new ApiError(0, { error: 'network' });
        }
        if (response.status === 503 && attempt < 2) {
          await sleep(300 * (attempt + 1));
          continue;
        }
        const body = (await response.json().catch(() => ({ error: 'unexpected' }))) as unknown;
        if (!response.ok) throw new ApiError(response.status, body as ErrorBody);
        return { data: body as T, etag: response.headers.get('etag') };
      }
    },
    async download(path: string) {
      let response: Response;
      try {
        response = await fetch(path, { headers: { authorization: `Bearer ${await getToken()}` } });
      } catch {
        throw new ApiError(0, { error: 'network' });
      }
      if (!response.ok) {
        const body = (await response.json().catch(() => ({ error: 'unexpected' }))) as ErrorBody;
        throw new ApiError(response.status, body);
      }
      const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
      return { blob: await response.blob(), filename: named?.[1] ?? 'export.csv' };
    },
  };
}
