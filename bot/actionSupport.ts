import { formatDateTime } from '../domain/locale';
import { t } from '../domain/messages';
import { refusalText } from './refusalText';
import { isOpportunityId } from '../domain/opportunity';
import { mayRead } from '../domain/permissions';
import { actorFromPerson } from '../domain/people';
import type { Intent } from '../domain/intents';
import type { Snapshot } from '../storage/opportunityQueries';
import type { ApplyOutcome } from '../storage/opportunityStore';
import type { Card } from './cards/elements';
import { readComment } from './cards/approvalCard';
import { messageCard } from './cards/opportunityCards';
import { readDraftInputs } from './cards/draftCard';
import { actorOn, type BotDependencies, type Speaker } from './context';
import type { FormValues } from '../domain/draftForm';
import { viewFor } from './views';
import { requestFingerprint } from '../storage/opportunityEntities';

/** What a card action carries, read from untrusted card data, plus the record read with it. */
export interface ActionData {
  opportunityId?: string;
  version?: number;
  nonce?: string;
  /** On evaluation cards: which applicant, counted from 0 (checked against the stored record). */
  applicant?: number;
  form: FormValues;
  comment: string;
  /** The named opportunity as read with the speaker; null when it does not exist. */
  snapshot?: Snapshot | null;
}

/** Card data is untrusted: only these shapes are read, everything else is ignored. */
export function readData(raw: unknown): ActionData {
  const data =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : {};
  return {
    ...(isOpportunityId(data.opportunityId) ? { opportunityId: data.opportunityId } : {}),
    ...(Number.isSafeInteger(data.version) && (data.version as number) > 0
      ? { version: data.version as number }
      : {}),
    ...(typeof data.nonce === 'string' && /^[\w-]{1,64}$/.test(data.nonce)
      ? { nonce: data.nonce }
      : {}),
    ...(Number.isSafeInteger(data.applicant) && (data.applicant as number) >= 0
      ? { applicant: data.applicant as number }
      : {}),
    form: readDraftInputs(data),
    comment: readComment(data),
  };
}

/** What an outcome that changed nothing looks like to the person: the current state and why. */
export async function explain(
  deps: BotDependencies,
  who: Speaker,
  outcome: Exclude<ApplyOutcome, { kind: 'applied' }>,
): Promise<Card> {
  const { locale } = who;
  // Someone who may not read the opportunity learns nothing of it from a refused press.
  if (
    'record' in outcome &&
    !mayRead(outcome.record, await actorOn(deps, outcome.record, who.person))
  )
    return messageCard(t(locale, 'bot.status.notAllowed', { id: outcome.record.id }), 'Attention');
  switch (outcome.kind) {
    case 'notFound':
      return messageCard(t(locale, 'outcome.notFound', { id: outcome.id }), 'Attention');
    case 'tooLarge':
      return messageCard(t(locale, 'outcome.tooLarge', { detail: outcome.detail }), 'Attention');
    case 'replayed':
      // The person's own action, sent again after it landed: it is done, not a warning.
      return viewFor(deps, outcome.record, who, {
        text: t(locale, 'outcome.replayed', { state: t(locale, `state.${outcome.record.state}`) }),
        tone: 'Good',
      });
    case 'conflict': {
      const r = outcome.record;
      const at = formatDateTime(r.updatedAt, locale);
      const text = t(locale, 'outcome.conflict', {
        name: r.updatedByName,
        at,
        state: t(locale, `state.${r.state}`),
      });
      return viewFor(deps, r, who, { text, tone: 'Attention' });
    }
    case 'refused':
      return viewFor(deps, outcome.record, who, {
        text: await refusalText(deps, outcome.refusal, locale),
        tone: 'Attention',
      });
  }
}

/**
 * Applies an intent for the speaker, on the record read with them when it is still the one they
 * saw. The card's key is bound to the intent; an action given its `request` (what the card sent,
 * as a Save is) is known by it: another text saved from the same card is another save (a conflict
 * once the first one landed), not the first save's key reused.
 */
export async function act(
  deps: BotDependencies,
  who: Speaker,
  id: string,
  intent: Intent,
  data: ActionData,
  verb: string,
  request?: unknown,
) {
  const options = {
    idempotencyKey:
      `card:${verb}:${id}:${data.version ?? 'any'}` +
      (request !== undefined ? `:${requestFingerprint(request)}` : ''),
    ...(data.version !== undefined ? { expectedVersion: data.version } : {}),
    ...(request !== undefined ? { request } : {}),
  };
  const snapshot = data.snapshot;
  // A cardholder's delegate acts for them: read whom this person stands in for today.
  const people = deps.storage.people;
  const actor = actorFromPerson(
    who.person,
    snapshot?.record.id === id
      ? await people.principalOn(who.person, snapshot.record.fields.cardholderId)
      : await people.principalsOf(who.person),
  );
  const store = deps.storage.opportunities;
  const outcome =
    snapshot?.record.id === id && snapshot.record.version === data.version
      ? await store.applyTo(snapshot, intent, actor, options)
      : await store.apply(id, intent, actor, options);
  return outcome;
}
