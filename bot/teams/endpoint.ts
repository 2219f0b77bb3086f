import type { Activity, CloudAdapter } from 'botbuilder';
import { bilingual } from '../../domain/messages';
import { readJsonBody, sendJson, type Handler } from '../../runtime/http';
import type { Logger } from '../../runtime/logger';
import type { Background } from '../../runtime/background';
import type { MicroAcquisitionHandler } from './handler';
import { channelAccepted } from './trust';

/** Teams activities are small; a card action with every field filled stays well under this. */
const maxBodyBytes = 256 * 1024;

export interface EndpointOptions {
  adapter: CloudAdapter;
  background: Background;
  handler: MicroAcquisitionHandler;
  /** The only tenant whose activities are processed. */
  tenantId: string;
  /** With an app id every request carries a Bot Framework token: one without is refused unread. */
  authenticated: boolean;
  /** The only channels whose activities are processed; null (development) for any. */
  channels: readonly string[] | null;
  logger: Logger;
}

function tenantOf(activity: Record<string, unknown>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const conversation = activity.conversation as { tenantId?: unknown } | undefined;
  const id = channelData?.tenant?.id ?? conversation?.tenantId;
  return typeof id === 'string' ? id : undefined;
}

function looksLikeActivity(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const a = value as Record<string, unknown>;
  const from = a.from as Record<string, unknown> | undefined;
  const conversation = a.conversation as Record<string, unknown> | undefined;
  return (
    typeof a.type === 'string' &&
    typeof a.serviceUrl === 'string' &&
    /^https?:\/\//.test(a.serviceUrl) &&
    typeof from?.id === 'string' &&
    typeof conversation?.id === 'string'
  );
}

/**
 * POST /api/messages. The body is checked before botbuilder sees it, the tenant is checked,
 * and whatever the adapter answers, no error text of its own reaches the caller.
 */
export function botEndpoint({
  adapter,
  background,
  handler,
  tenantId,
  channels,
  authenticated,
  logger,
}: EndpointOptions): Handler {
  return async ({ req, res, requestId }) => {
    // Before a byte of the body is read: a stranger cannot make the server buffer 256 KB.
    if (authenticated && !/^Bearer \S+$/.test(req.headers.authorization ?? '')) {
      logger.warn(
        { requestId, route: 'POST /api/messages', status: 401, client: req.socket.remoteAddress },
        'bot request without a token refused',
      );
      res.shouldKeepAlive = false;
      return sendJson(res, 401, { error: 'unauthorized' });
    }
    const body = await readJsonBody(req, maxBodyBytes);
    if (!body.ok) return sendJson(res, body.status, { error: body.error });
    if (!looksLikeActivity(body.value)) return sendJson(res, 400, { error: 'notAnActivity' });
    if (tenantOf(body.value) !== tenantId) {
      logger.warn(
        { requestId, tenant: tenantOf(body.value) },
        'activity from another tenant refused',
      );
      return sendJson(res, 403, { error: 'wrongTenant' });
    }
    if (!channelAccepted(channels, body.value.channelId)) {
      logger.warn(
        { requestId, channelId: body.value.channelId },
        'activity from another channel refused',
      );
      return sendJson(res, 403, { error: 'wrongChannel' });
    }

    let status = 200;
    let payload: unknown;
    const response = {
      socket: {},
      status: (code: number) => void (status = code),
      header: () => undefined,
      send: (value: unknown) => void (payload = value),
      end: () => undefined,
    };
    // Follow-up work queued by this turn starts once the answer has left.
    const answered = new Promise((resolve) => res.once('close', resolve));
    try {
      await background.whileAnswering(
        () =>
          adapter.process(
            {
              body: body.value as Activity & Record<string, unknown>,
              headers: req.headers,
              method: 'POST',
            },
            response,
            (context) => handler.run(context),
          ),
        answered,
      );
    } catch (error) {
      logger.warn({ requestId, err: error }, 'activity refused by the adapter');
      return sendJson(res, 400, { error: 'notAnActivity' });
    }
    if (status === 401 || status === 403) {
      logger.warn(
        { requestId, route: 'POST /api/messages', status: 401, client: req.socket.remoteAddress },
        'bot request token refused',
      );
      return sendJson(res, 401, { error: 'unauthorized' });
    }
    if (status >= 500) {
      logger.error({ requestId, status }, 'bot turn failed');
      return sendJson(res, 500, {
        error: 'unexpected',
        message: bilingual('error.unexpected', { requestId }),
      });
    }
    if (payload === undefined) {
      res.writeHead(status, { 'content-length': 0 });
      return void res.end();
    }
    sendJson(res, status, payload);
  };
}
