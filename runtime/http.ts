import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers every JSON answer carries (the router's 404s too); the API adds its own CSP over these. */
const baseHeaders: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'cache-control': 'no-store',
};

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...baseHeaders,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}

/** The `:name` parts of a request's path, decoded, as the route table matched them. */
export type PathParams = Readonly<Record<string, string>>;

export interface RequestContext<P extends object = PathParams> {
  req: IncomingMessage;
  res: ServerResponse;
  requestId: string;
  url: URL;
  /** Who sent it, once a token says so: a refused request is logged with it. */
  caller: { personId?: string };
  /** The route's `:name` parts (`{}` for a route without any, or a mount). */
  params: P;
}

export type Handler<P extends object = PathParams> = (
  context: RequestContext<P>,
) => Promise<void> | void;

export type BodyResult =
  { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

/**
 * A request body as UTF-8 text, read up to `limitBytes` (the declared length is checked first):
 * 'tooLarge' past the limit, 'invalidUtf8' for bytes that are not UTF-8.
 */
export async function readTextBody(
  req: IncomingMessage,
  limitBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; error: 'tooLarge' | 'invalidUtf8' }> {
  if (Number(req.headers['content-length'] ?? 0) > limitBytes)
    return { ok: false, error: 'tooLarge' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) return { ok: false, error: 'tooLarge' };
    chunks.push(chunk);
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)),
    };
  } catch {
    return { ok: false, error: 'invalidUtf8' };
  }
}

/** Reads a JSON body up to `limitBytes`; anything larger, not JSON or not UTF-8 is refused. */
export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<BodyResult> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type))
    return { ok: false, status: 415, error: 'unsupportedMediaType' };
  const body = await readTextBody(req, limitBytes);
  if (!body.ok)
    return { ok: false, status: body.error === 'tooLarge' ? 413 : 400, error: body.error };
  const { text } = body;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, error: 'invalidJson' };
  }
}
