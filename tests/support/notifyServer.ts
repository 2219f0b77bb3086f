import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { decodeProtectedHeader, jwtVerify } from 'jose';

/** A GC Notify API key as GC Notify issues them: a name, the service id and the secret. */
export function aNotifyKey(name = 'ma4t-test'): {
  apiKey: string;
  serviceId: string;
  secret: string;
} {
  const serviceId = randomUUID();
  const secret = randomUUID();
  return { apiKey: `${name}-${serviceId}-${secret}`, serviceId, secret };
}

export interface NotifyRequest {
  method: string;
  path: string;
  /** Whether the JWT was signed with the service's secret, named it as issuer, and is fresh. */
  authorised: boolean;
  body: Record<string, unknown> | null;
  /** What the server answered. */
  status: number;
}

export interface SentEmail {
  id: string;
  template_id: string;
  email_address: string;
  personalisation: { subject: string; body: string };
  reference?: string;
}

export interface NotifyServer {
  url: string;
  serviceId: string;
  requests: NotifyRequest[];
  /** Accepted e-mails, in order. */
  sent: SentEmail[];
  /** The next sends are answered with these statuses, one each, before 201s resume. */
  answerNext(...statuses: number[]): void;
  close(): Promise<void>;
}

/** Notify's error bodies: `{ status_code, errors: [{ error, message }] }`. */
function errorBody(status: number): { status_code: number; errors: Array<Record<string, string>> } {
  const [error, message] =
    status === 429
      ? ['RateLimitError', 'Exceeded rate limit for key type LIVE of 1000 requests per 60 seconds']
      : status === 403
        ? ['AuthError', 'Invalid token: signature, api token not found']
        : status >= 500
          ? ['Exception', 'Internal server error']
          : ['BadRequestError', 'Can’t send to this recipient using a team-only API key'];
  return { status_code: status, errors: [{ error: error!, message: message! }] };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * A Notify-compatible API on a free loopback port: it checks the JWT the real client signs
 * (HS256 with the key's secret, `iss` the service id, `iat` within 30 seconds, as GC Notify does),
 * records every request, and answers 429, 500 or 400 when told to.
 */
export async function startNotifyServer(key: {
  serviceId: string;
  secret: string;
}): Promise<NotifyServer> {
  const requests: NotifyRequest[] = [];
  const sent: SentEmail[] = [];
  const scripted: number[] = [];
  const secret = new TextEncoder().encode(key.secret);

  const authorised = async (req: IncomingMessage): Promise<boolean> => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return false;
    try {
      if (decodeProtectedHeader(token).alg !== 'HS256') return false;
      const { payload } = await jwtVerify(token, secret, {
        algorithms: ['HS256'],
        issuer: key.serviceId,
      });
      return typeof payload.iat === 'number' && Math.abs(payload.iat - Date.now() / 1000) <= 30;
    } catch {
      return false;
    }
  };

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const text = await readBody(req);
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    const ok = await authorised(req);
    const record = (status: number) =>
      requests.push({ method: req.method ?? '', path: url.pathname, authorised: ok, body, status });
    if (!ok) {
      record(403);
      return answer(res, 403, errorBody(403));
    }
    if (req.method === 'POST' && url.pathname === '/v2/notifications/email') {
      const status = scripted.shift() ?? 201;
      record(status);
      if (status !== 201) return answer(res, status, errorBody(status));
      const email = { ...(body as unknown as Omit<SentEmail, 'id'>), id: randomUUID() };
      sent.push(email);
      return answer(res, 201, {
        id: email.id,
        reference: email.reference ?? null,
        content: {
          subject: email.personalisation.subject,
          body: email.personalisation.body,
          from_email: 'noreply@notification.canada.ca',
        },
        uri: `${url.origin}/v2/notifications/${email.id}`,
        template: { id: email.template_id, version: 1, uri: '' },
      });
    }
    if (req.method === 'GET' && url.pathname === '/v2/notifications') {
      record(200);
      const reference = url.searchParams.get('reference');
      const found = sent.filter((e) => reference === null || e.reference === reference);
      return answer(res, 200, {
        notifications: found.map((e) => ({
          id: e.id,
          reference: e.reference ?? null,
          type: 'email',
          status: 'sending',
          template: { id: e.template_id, version: 1, uri: '' },
        })),
        links: { current: url.href },
      });
    }
    record(404);
    answer(res, 404, { status_code: 404, errors: [{ error: 'NotFound', message: 'Not found' }] });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    serviceId: key.serviceId,
    requests,
    sent,
    answerNext: (...statuses) => scripted.push(...statuses),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
