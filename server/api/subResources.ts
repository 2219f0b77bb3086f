import type { ServerResponse } from 'node:http';
import type { Refusal } from '../../domain/decide';
import type { ViewRead } from '../../domain/events';
import type { Locale } from '../../domain/locale';
import { describeRefusal, t, type MessageKey } from '../../domain/messages';
import type { Opportunity } from '../../domain/opportunity';
import type { Storage } from '../../storage/storage';
import type { PersonContext, RecordHandler } from './guard';
import { reply } from './respond';

/** A read-only view of one opportunity, for someone already known to be allowed to read it (`withRecord`). */
export type SubResource = RecordHandler;

/**
 * A refused read of a view someone may read the record of: audited beside its events like a
 * refused intent (a 403 or a 409), then answered by `answer`.
 */
export async function refuseRead(
  storage: Storage,
  { actor }: PersonContext,
  record: Opportunity,
  refused: { intent: ViewRead; because: 'forbidden' | 'wrongState' },
  answer: () => void,
): Promise<void> {
  await storage.opportunities.recordRefusal(record, actor, {
    kind: 'readRefused',
    ...refused,
    state: record.state,
  });
  answer();
}

/** A refusal answered in the same shapes as a refused intent: 403 `forbidden`, 409 `wrongState`. */
export function replyRefusal(
  res: ServerResponse,
  refusal: Extract<Refusal, { kind: 'forbidden' | 'wrongState' }>,
): void {
  const message = { en: describeRefusal(refusal, 'en'), fr: describeRefusal(refusal, 'fr') };
  if (refusal.kind === 'forbidden')
    reply(res, 403, { error: 'forbidden', reason: refusal.reason, message });
  else reply(res, 409, { error: 'wrongState', state: refusal.state, message });
}

/** A failure whose message needs words in each language as parameters (a state's name…). */
export function failLocalised(
  res: ServerResponse,
  status: number,
  error: string,
  key: MessageKey,
  params: (locale: Locale) => Record<string, string | number>,
  extra: Record<string, unknown> = {},
): void {
  const message = { en: t('en', key, params('en')), fr: t('fr', key, params('fr')) };
  reply(res, status, { error, message, ...extra });
}
