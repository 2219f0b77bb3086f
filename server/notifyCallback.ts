import { timingSafeEqual } from 'node:crypto';
import type { NoticeOutbox } from '../storage/noticeOutbox';
import { readJsonBody, sendJson, type Handler } from '../runtime/http';
import type { Logger } from '../runtime/logger';

/** GC Notify's e-mail statuses, as its callbacks send them. */
export const deliveryStatuses = [
  'delivered',
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
] as const;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function sameToken(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POST /notify/callback: GC Notify tells how delivery went. Bearer token from
 * NOTIFY_CALLBACK_TOKEN; the notice is found by the reference it was sent with (its id).
 */
export function notifyCallback(options: {
  outbox: NoticeOutbox;
  token: string;
  logger: Logger;
}): Handler {
  const { outbox, token, logger } = options;
  return async ({ req, res }) => {
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (!sameToken(given, token)) {
      req.resume();
      return sendJson(res, 401, { error: 'unauthorized' });
    }
    const body = await readJsonBody(req, 16 * 1024);
    if (!body.ok) return sendJson(res, body.status, { error: body.error });
    const {
      reference,
      status,
      completed_at: completedAt,
    } = (body.value ?? {}) as Record<string, unknown>;
    if (
      typeof reference !== 'string' ||
      !uuid.test(reference) ||
      !deliveryStatuses.includes(status as (typeof deliveryStatuses)[number])
    )
      return sendJson(res, 400, { error: 'invalidCallback' });
    const at =
      typeof completedAt === 'string' && !Number.isNaN(Date.parse(completedAt))
        ? new Date(completedAt).toISOString()
        : new Date().toISOString();
    const found = await outbox.recordDelivery(reference, String(status), at);
    // Ids and the status only: the callback also carries the address, which is never logged.
    logger.info({ noticeId: reference, deliveryStatus: status, found }, 'notice delivery status');
    sendJson(res, found ? 200 : 404, found ? { recorded: true } : { error: 'notFound' });
  };
}
