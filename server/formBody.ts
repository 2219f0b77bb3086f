import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Locale } from '../domain/locale';
import type { Opportunity } from '../domain/opportunity';
import { readTextBody } from '../runtime/http';
import type { FormPages, PublicFormMessages } from './publicForm';

// What a public form's post sent, and from where: the body read within a limit, the origin checked.

type BodyOutcome =
  | { ok: true; fields: Record<string, string | string[]> }
  | { ok: false; status: 400 | 413 | 415; message: 'tooLarge' | 'wrongType' };

export async function readForm(req: IncomingMessage, limit: number): Promise<BodyOutcome> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) {
    return { ok: false, status: 415, message: 'wrongType' };
  }
  const body = await readTextBody(req, limit);
  if (!body.ok) {
    return body.error === 'tooLarge'
      ? { ok: false, status: 413, message: 'tooLarge' }
      : { ok: false, status: 400, message: 'wrongType' };
  }
  const { text } = body;
  const params = new URLSearchParams(text);
  // Bytes that are not UTF-8 once percent-decoded turn into U+FFFD; refuse them rather than guess.
  if (text.includes('%') && [...params].some(([k, v]) => `${k}${v}`.includes('\ufffd'))) {
    return { ok: false, status: 400, message: 'wrongType' };
  }
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const seen = fields[key];
    // A field sent twice is not a text: the form's reader refuses it as the wrong type.
    fields[key] = seen === undefined ? value : [...[seen].flat(), value];
  }
  return { ok: true, fields };
}

/**
 * Browsers send Origin with every form post. The form lives on the public site, which in Azure is
 * another origin than this server; a post from any other origin is refused, so no other site can
 * send forms through a visitor's browser.
 */
export function originAllowed(req: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return req.headers['sec-fetch-site'] === undefined;
  return allowed.has(origin);
}

/** Only what was typed into text fields, to show a refused form again as sent. */
export function textValues(fields: Record<string, string | string[]>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields))
    if (typeof value === 'string') values[key] = value;
  return values;
}

/** Reads the body, or answers the refusal (leaving nothing unread behind it: the browser is still sending). */
export async function readFormOrRefuse(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
  pages: FormPages,
  messages: PublicFormMessages,
  locale: Locale,
  record: Opportunity | null,
  params: Record<string, string | number> = {},
): Promise<Record<string, string | string[]> | null> {
  const body = await readForm(req, limit);
  if (body.ok) return body.fields;
  req.resume();
  pages.problem(res, body.status, locale, messages[body.message], record, params);
  return null;
}
