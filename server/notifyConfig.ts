import type { Locale } from '../domain/locale';

/** GC Notify's production API (GOV.UK Notify's API, run by CDS). */
export const gcNotifyApi = 'https://api.notification.canada.ca';

/** How notices leave the outbox. */
export type NoticeDelivery =
  /** E-mailed through GC Notify. */
  | { kind: 'notify'; apiKey: string; baseUrl: string; templates: Readonly<Record<Locale, string>> }
  /** Development without a key: one JSON file per notice, for the developer to read. */
  | { kind: 'files'; dir: string }
  /** Production without a key: notices stay queued until a key is set; the tab says so. */
  | { kind: 'off' };

export interface NotifyConfig {
  delivery: NoticeDelivery;
  /** Sends a minute, all servers together. */
  ratePerMinute: number;
  /** The bearer token of GC Notify's delivery callbacks; null turns the callback off. */
  callbackToken: string | null;
}

type Env = Readonly<Record<string, string | undefined>>;

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `name-serviceId-secret`: the client reads the service id and the secret from the last 73 characters. */
const apiKeyPattern = new RegExp(`^[A-Za-z0-9_-]+-${uuid}-${uuid}$`);
const templatePattern = new RegExp(`^${uuid}$`);
const loopbackHttp = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/?$/;

function baseUrl(env: Env, errors: string[]): string {
  const url = (env.NOTIFY_BASE_URL?.trim() || gcNotifyApi).replace(/\/+$/, '');
  if (!/^https:\/\/[^/\s]+$/.test(url) && !loopbackHttp.test(url))
    errors.push(
      `NOTIFY_BASE_URL must be an https:// address without a path (http only to loopback), got "${url}".`,
    );
  return url;
}

function ratePerMinute(env: Env, errors: string[]): number {
  const raw = env.NOTIFY_RATE_PER_MINUTE;
  const rate = raw ? Number(raw) : 1000;
  if (!Number.isInteger(rate) || rate < 1 || rate > 100_000)
    errors.push(`NOTIFY_RATE_PER_MINUTE must be a whole number from 1 to 100000, got "${raw}".`);
  return rate;
}

/** Reads the GC Notify settings; a key without its templates is refused, never half-used. */
export function notifyConfig(
  env: Env,
  mode: 'development' | 'production',
  errors: string[],
): NotifyConfig {
  const apiKey = env.NOTIFY_API_KEY?.trim() ?? '';
  const url = baseUrl(env, errors);
  let delivery: NoticeDelivery;
  if (apiKey) {
    // Never echo the key: it is a secret.
    if (!apiKeyPattern.test(apiKey))
      errors.push(
        'NOTIFY_API_KEY must be a GC Notify API key: a name, the service id and the secret (name-uuid-uuid).',
      );
    const templates = {
      en: env.NOTIFY_TEMPLATE_EN?.trim() ?? '',
      fr: env.NOTIFY_TEMPLATE_FR?.trim() ?? '',
    };
    for (const [name, id] of [
      ['NOTIFY_TEMPLATE_EN', templates.en],
      ['NOTIFY_TEMPLATE_FR', templates.fr],
    ] as const) {
      if (!id) errors.push(`NOTIFY_API_KEY is set, so ${name} is needed: the template's id.`);
      else if (!templatePattern.test(id))
        errors.push(`${name} must be a GC Notify template id (a UUID), got "${id}".`);
    }
    delivery = { kind: 'notify', apiKey, baseUrl: url, templates };
  } else if (mode === 'development') {
    delivery = { kind: 'files', dir: env.OUTBOX_DIR || 'data/outbox' };
  } else delivery = { kind: 'off' };

  const callbackToken = env.NOTIFY_CALLBACK_TOKEN?.trim() || null;
  if (callbackToken !== null && callbackToken.length < 32)
    errors.push('NOTIFY_CALLBACK_TOKEN must be at least 32 characters.');
  return { delivery, ratePerMinute: ratePerMinute(env, errors), callbackToken };
}
