import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NotifyClient } from 'notifications-node-client';
import type { Locale } from '../domain/locale';
import type { NoticeMessage } from '../domain/notices';

export type SendOutcome =
  | { kind: 'sent'; providerId: string }
  /** Worth trying again later: a 5xx, a 429, or no answer (it may have been sent: the next try asks). */
  | { kind: 'retry'; reason: string }
  /** Refused for good (a 4xx other than 429): trying again would be refused again. */
  | { kind: 'failed'; reason: string };

/** One way notices leave: GC Notify, or files in development. */
export interface NoticeSender {
  /** `reference` is the notice's id, kept by the provider so a later try can ask about this one. */
  send(message: NoticeMessage, reference: string): Promise<SendOutcome>;
  /** The provider's id of a notice sent before with this reference, or null if none was. */
  sentBefore(reference: string): Promise<string | null>;
}

/** Which template a notice goes through: a notice in both languages uses the English one. */
export function templateLanguage(message: NoticeMessage): Locale {
  return message.language === 'fr' ? 'fr' : 'en';
}

/** What the template is filled with: the texts come from the catalogue, the template only frames them. */
export function personalisation(message: NoticeMessage): { subject: string; body: string } {
  return { subject: message.subject, body: message.body };
}

/** Error texts are kept and logged; an address the provider may have echoed is taken out first. */
export function withoutAddresses(text: string): string {
  return text.replace(/[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+/g, '[address]');
}

interface AxiosLikeError {
  response?: { status?: number; data?: { errors?: Array<{ error?: string; message?: string }> } };
  code?: string;
}

/** How long one call to GC Notify may take before its outcome counts as unknown. */
export const notifyCallTimeoutMs = 20_000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function classify(error: unknown): SendOutcome {
  const { response, code } = (error ?? {}) as AxiosLikeError;
  const status = response?.status;
  if (status === undefined) return { kind: 'retry', reason: `no answer (${code ?? 'error'})` };
  const first = response?.data?.errors?.[0];
  const reason = withoutAddresses(
    `${status} ${first?.error ?? ''}${first?.message ? `: ${first.message}` : ''}`.trim(),
  );
  if (status === 429 || status >= 500) return { kind: 'retry', reason };
  return { kind: 'failed', reason };
}

/** GC Notify through its kept client (GOV.UK Notify's API), at `baseUrl`. */
export function notifySender(options: {
  apiKey: string;
  baseUrl: string;
  templates: Readonly<Record<Locale, string>>;
  timeoutMs?: number;
}): NoticeSender {
  const client = new NotifyClient(options.baseUrl, options.apiKey);
  const timeoutMs = options.timeoutMs ?? notifyCallTimeoutMs;
  return {
    async send(message, reference) {
      try {
        const response = await within(
          timeoutMs,
          client.sendEmail(options.templates[templateLanguage(message)], message.to, {
            personalisation: personalisation(message),
            reference,
          }),
        );
        return { kind: 'sent', providerId: response.data.id };
      } catch (error) {
        return classify(error);
      }
    },
    async sentBefore(reference) {
      const response = await within(
        timeoutMs,
        client.getNotifications('email', undefined, reference),
      );
      return response.data.notifications[0]?.id ?? null;
    },
  };
}

/**
 * Development without a key: each notice is a JSON file named after it, holding what GC Notify
 * would have been given (recipient, template, personalisation).
 */
export function fileSender(dir: string): NoticeSender {
  const fileOf = (reference: string) => join(dir, `${reference}.json`);
  return {
    async send(message, reference) {
      await mkdir(dir, { recursive: true });
      const file = fileOf(reference);
      const content = {
        reference,
        kind: message.kind,
        opportunityId: message.opportunityId,
        ...(message.confirmation ? { confirmation: message.confirmation } : {}),
        to: message.to,
        template: templateLanguage(message),
        personalisation: personalisation(message),
      };
      await writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
      return { kind: 'sent', providerId: `file:${reference}.json` };
    },
    async sentBefore(reference) {
      try {
        await access(fileOf(reference));
        return `file:${reference}.json`;
      } catch {
        return null;
      }
    },
  };
}
