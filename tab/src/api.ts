import {
  requestOf,
  type BodyOf,
  type ErrorBody,
  type ParamsOf,
  type ReplyOf,
  type RouteName,
} from '../../contract/routes';

export type { Bilingual, ErrorBody, ProblemBody } from '../../contract/routes';

/** The tab's one way to the server: a token on every call, bilingual errors, short retries. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.error);
  }
}

export type GetToken = () => Promise<string>;

/**
 * What one call of a route needs: its `:id`-style parameters, its body when the route takes one,
 * a query, and the version on screen (`If-Match`) or an idempotency key where the route reads them.
 */
export type SendOptions<R extends RouteName> = ([keyof ParamsOf<R>] extends [never]
  ? { params?: never }
  : { params: ParamsOf<R> }) &
  ([BodyOf<R>] extends [never] ? { body?: never } : { body: BodyOf<R> }) & {
    query?: URLSearchParams;
    ifMatch?: number;
    idempotencyKey?: string;
  };

/** Options may be left out only when the route needs none. */
type OptionsArgument<R extends RouteName> =
  Record<never, never> extends SendOptions<R>
    ? [options?: SendOptions<R>]
    : [options: SendOptions<R>];

export interface Api {
  /** One route of the contract (contract/routes.ts), answered with the type the server builds. */
  send<R extends RouteName>(
    route: R,
    ...options: OptionsArgument<R>
  ): Promise<{ data: ReplyOf<R>; etag: string | null }>;
  /** A route of the contract that answers text (HTML), not JSON. */
  sendText<R extends TextRoute>(route: R, ...options: OptionsArgument<R>): Promise<string>;
  /** A file the server sends (an export), with the name it gives it. */
  download(path: string): Promise<{ blob: Blob; filename: string }>;
}

/** The routes whose answer is text. */
export type TextRoute = {
  [R in RouteName]: ReplyOf<R> extends string ? R : never;
}[RouteName];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createApi(getToken: GetToken): Api {
  /** A GET that is not JSON (a page, a file): an error answer still reads as the API's. */
  const fetchOk = async (path: string): Promise<Response> => {
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
    return response;
  };
  return {
    async send<R extends RouteName>(route: R, ...[given]: OptionsArgument<R>) {
      const options = (given ?? {}) as SendOptions<R>;
      const { method, path } = requestOf(
        route,
        (options.params ?? {}) as ParamsOf<R>,
        options.query,
      );
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
        return { data: body as ReplyOf<R>, etag: response.headers.get('etag') };
      }
    },
    async sendText<R extends TextRoute>(route: R, ...[given]: OptionsArgument<R>) {
      const options = (given ?? {}) as SendOptions<R>;
      const { path } = requestOf(route, (options.params ?? {}) as ParamsOf<R>, options.query);
      return (await fetchOk(path)).text();
    },
    async download(path: string) {
      const response = await fetchOk(path);
      const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
      return { blob: await response.blob(), filename: named?.[1] ?? 'export.csv' };
    },
  };
}
