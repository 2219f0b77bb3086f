import type { ServerResponse } from 'node:http';
import { bilingual, type MessageKey } from '../../domain/messages';
import { sendJson, type BodyResult } from '../../runtime/http';
import { apiCsp, securityHeaders } from './securityHeaders';
import type { ReplyOf, RouteName } from '../../contract/routes';

/** Every API answer carries the security headers; JSON is never cached (it is per person). */
export function reply(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, body, { ...securityHeaders(apiCsp), ...headers });
}

/**
 * Answers one route of the tab API's contract (contract/routes.ts): the body must be what the
 * contract says that route answers, so the tab's types and the server's answers cannot drift.
 */
export function replyAs<R extends RouteName>(
  _route: R,
  res: ServerResponse,
  status: number,
  body: ReplyOf<R>,
  headers: Record<string, string> = {},
): void {
  reply(res, status, body, headers);
}

/** An expected failure: a stable code for programs and the message in both languages for people. */
export function fail(
  res: ServerResponse,
  status: number,
  error: string,
  key: MessageKey,
  params: Record<string, string | number> = {},
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): void {
  reply(res, status, { error, message: bilingual(key, params), ...extra }, headers);
}

/** A body that was too large, not JSON or not UTF-8. */
export function failBody(res: ServerResponse, body: Extract<BodyResult, { ok: false }>): void {
  const keys = {
    unsupportedMediaType: 'tab.api.unsupportedMediaType',
    tooLarge: 'tab.api.tooLarge',
    invalidUtf8: 'tab.api.invalidJson',
    invalidJson: 'tab.api.invalidJson',
  } as const satisfies Record<string, MessageKey>;
  const key = keys[body.error as keyof typeof keys] ?? 'tab.api.invalidJson';
  fail(res, body.status, body.error, key);
}
