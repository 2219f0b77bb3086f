import { randomUUID } from 'node:crypto';
import { completenessProblems } from '../domain/completeness';
import { formatDateTime, localeFromTag } from '../domain/locale';
import { describeRefusal, t } from '../domain/messages';
import { isOpportunityId, type Opportunity, type OpportunityFields } from '../domain/opportunity';
import { parseFieldChanges } from '../domain/parseFields';
import { mayRead } from '../domain/permissions';
import { actorFromPerson, type Person } from '../domain/people';
import type { Intent } from '../domain/intents';
import type { Problem } from '../domain/problems';
import type { ApplyOutcome, Snapshot } from '../storage/opportunityStore';
import { draftCard } from './cards/draftCard';
import type { Card } from './cards/elements';
import { messageCard } from './cards/opportunityCards';
import type { BotDependencies, Speaker, Turn } from './context';
import { changesFromForm, formValuesFrom, type FormValues } from '../domain/draftForm';
import { viewFor } from './views';

/** The verbs of the card contract (docs/bot.md). */
export const verbs = [
  'refresh',
  'openDraft',
  'saveDraft',
  'submitDraft',
  'approveFunds',
  'approvePosting',
  'returnToAuthor',
  'reject',
] as const;
export type Verb = (typeof verbs)[number];

function isVerb(value: string): value is Verb {
  return (verbs as readonly string[]).includes(value);
}

interface ActionData {
  opportunityId?: string;
  version?: number;
  nonce?: string;
  form: FormValues;
  comment: string;
  /** The named opportunity as read with the speaker; null when it does not exist. */
  snapshot?: Snapshot | null;
}

/** Card data is untrusted: only these shapes are read, everything else is ignored. */
function readData(raw: unknown): ActionData {
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
    form: formValuesFrom(data),
    comment: typeof data.comment === 'string' ? data.comment : '',
  };
}

/** Only what differs from the stored draft, so saving an unchanged card writes nothing. */
function changedFields(
  record: Opportunity,
  changes: Partial<OpportunityFields>,
): Partial<OpportunityFields> {
  const fields = record.fields as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(changes).filter(
      ([name, value]) => JSON.stringify(fields[name]) !== JSON.stringify(value),
    ),
  ) as Partial<OpportunityFields>;
}

async function cardholders(deps: BotDependencies, author: Person): Promise<Person[]> {
  return (await deps.storage.people.list()).filter(
    (p) => p.roles.includes('cardholder') && p.id !== author.id,
  );
}

async function guidance(deps: BotDependencies, record: Opportunity, now: Date): Promise<Problem[]> {
  const cardholder = record.fields.cardholderId
    ? await deps.storage.people.get(record.fields.cardholderId)
    : null;
  return completenessProblems(record.fields, { authorId: record.authorId, now, cardholder });
}

async function showDraft(
  deps: BotDependencies,
  who: Speaker,
  record: Opportunity | null,
  extra: { typed?: FormValues; problems?: Problem[]; notice?: string; nonce?: string } = {},
): Promise<Card> {
  const problems = extra.problems ?? (record ? await guidance(deps, record, new Date()) : []);
  return draftCard({
    locale: who.locale,
    record,
    problems,
    cardholders: await cardholders(deps, who.person),
    nonce: extra.nonce ?? randomUUID(),
    ...(extra.typed ? { typed: extra.typed } : {}),
    ...(extra.notice ? { notice: extra.notice } : {}),
  });
}

/** What an outcome that changed nothing looks like to the person: the current state and why. */
async function explain(
  deps: BotDependencies,
  who: Speaker,
  outcome: Exclude<ApplyOutcome, { kind: 'applied' }>,
): Promise<Card> {
  const { locale } = who;
  switch (outcome.kind) {
    case 'notFound':
      return messageCard(t(locale, 'outcome.notFound', { id: outcome.id }), 'Attention');
    case 'tooLarge':
      return messageCard(t(locale, 'outcome.tooLarge', { detail: outcome.detail }), 'Attention');
    case 'replayed':
      return viewFor(deps, outcome.record, who, {
        text: t(locale, 'outcome.replayed', { state: t(locale, `state.${outcome.record.state}`) }),
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
        text: describeRefusal(outcome.refusal, locale),
        tone: 'Attention',
      });
  }
}

/** Applies an intent for the speaker; on success, the follow-up work is queued after the answer. */
async function act(
  deps: BotDependencies,
  who: Speaker,
  id: string,
  intent: Intent,
  data: ActionData,
  verb: string,
) {
  const options = {
    idempotencyKey: `card:${verb}:${id}:${data.version ?? 'any'}`,
    ...(data.version !== undefined ? { expectedVersion: data.version } : {}),
  };
  const actor = actorFromPerson(who.person);
  const snapshot = data.snapshot;
  const store = deps.storage.opportunities;
  const outcome =
    snapshot?.record.id === id && snapshot.record.version === data.version
      ? await store.applyTo(snapshot, intent, actor, options)
      : await store.apply(id, intent, actor, options);
  return outcome;
}

/** Saves the draft form: creates the draft on first save, edits it after. */
async function saveDraft(
  deps: BotDependencies,
  who: Speaker,
  data: ActionData,
): Promise<{ card: Card; record: Opportunity | null }> {
  const { locale } = who;
  const form = changesFromForm(data.form);
  const parsed = form.problems.length
    ? { changes: {}, problems: form.problems }
    : parseFieldChanges(form.changes);
  const current = data.opportunityId ? (data.snapshot?.record ?? null) : null;
  if (parsed.problems.length) {
    return {
      card: await showDraft(deps, who, current, {
        typed: data.form,
        problems: parsed.problems,
        ...(data.nonce ? { nonce: data.nonce } : {}),
      }),
      record: null,
    };
  }
  if (!data.opportunityId) {
    const created = await deps.storage.opportunities.create(
      actorFromPerson(who.person),
      parsed.changes,
      {
        ...(data.nonce ? { idempotencyKey: `card:create:${data.nonce}` } : {}),
      },
    );
    if (created.kind === 'refused')
      return {
        card: messageCard(describeRefusal(created.refusal, locale), 'Attention'),
        record: null,
      };
    if (created.kind === 'tooLarge')
      return {
        card: messageCard(t(locale, 'outcome.tooLarge', { detail: created.detail }), 'Attention'),
        record: null,
      };
    return {
      card: await showDraft(deps, who, created.record, { notice: t(locale, 'bot.draft.saved') }),
      record: created.record,
    };
  }
  const changes = current ? changedFields(current, parsed.changes) : parsed.changes;
  if (
    current &&
    current.state === 'draft' &&
    current.version === data.version &&
    !Object.keys(changes).length
  ) {
    return {
      card: await showDraft(deps, who, current, { notice: t(locale, 'bot.draft.saved') }),
      record: current,
    };
  }
  const outcome = await act(
    deps,
    who,
    data.opportunityId,
    { kind: 'editDraft', changes },
    data,
    'saveDraft',
  );
  if (outcome.kind === 'applied') {
    return {
      card: await showDraft(deps, who, outcome.record, { notice: t(locale, 'bot.draft.saved') }),
      record: outcome.record,
    };
  }
  if (outcome.kind === 'refused' && outcome.refusal.kind === 'incomplete') {
    return {
      card: await showDraft(deps, who, outcome.record, {
        typed: data.form,
        problems: outcome.refusal.problems,
      }),
      record: null,
    };
  }
  return {
    card: await explain(deps, who, outcome),
    record: outcome.kind === 'replayed' ? outcome.record : null,
  };
}

async function submitDraft(
  deps: BotDependencies,
  who: Speaker,
  data: ActionData,
  turn: Turn,
): Promise<Card> {
  const saved = await saveDraft(deps, who, data);
  if (!saved.record) return saved.card;
  const record = saved.record;
  const outcome = await act(
    deps,
    who,
    record.id,
    { kind: 'submit' },
    { ...data, version: record.version },
    'submitDraft',
  );
  if (outcome.kind === 'refused' && outcome.refusal.kind === 'incomplete') {
    return showDraft(deps, who, outcome.record, { problems: outcome.refusal.problems });
  }
  if (outcome.kind !== 'applied') return explain(deps, who, outcome);
  const cardholderId = outcome.record.fields.cardholderId!;
  const cardholder = await deps.storage.people.get(cardholderId);
  const reachable = await deps.storage.conversations.get(cardholderId);
  const name = cardholder?.name ?? cardholderId;
  const notice = reachable
    ? t(who.locale, 'bot.submitted', { name })
    : t(who.locale, 'bot.notInstalled', { name, id: record.id });
  if (turn.replyToId) {
    await deps.storage.conversations.addMessage({
      opportunityId: record.id,
      personId: who.person.id,
      activityId: turn.replyToId,
      reference: turn.reference,
    });
  }
  return viewFor(deps, outcome.record, who, {
    text: notice,
    tone: reachable ? 'Good' : 'Warning',
  });
}

async function decide(
  deps: BotDependencies,
  who: Speaker,
  verb: 'approveFunds' | 'approvePosting' | 'returnToAuthor' | 'reject',
  data: ActionData,
): Promise<Card> {
  if (!data.opportunityId) return messageCard(t(who.locale, 'bot.invalidAction'), 'Attention');
  const outcome = await act(
    deps,
    who,
    data.opportunityId,
    { kind: verb, comment: data.comment.trim().slice(0, 2000) },
    data,
    verb,
  );
  if (outcome.kind !== 'applied') return explain(deps, who, outcome);
  return viewFor(deps, outcome.record, who, {
    text: t(who.locale, `bot.decided.${verb}`, { name: who.person.name }),
  });
}

/**
 * Answers an `Action.Execute` (or its `Action.Submit` fallback). The record is re-read and the
 * person re-checked on every action; the card's data only says which opportunity and version.
 */
export async function handleAction(
  deps: BotDependencies,
  turn: Turn,
  speaking: Promise<Speaker | null>,
  verb: string,
  rawData: unknown,
): Promise<Card> {
  const read = readData(rawData);
  // The opportunity is read while the person is looked up: both are needed, neither waits on the other.
  const [who, snapshot] = await Promise.all([
    speaking,
    read.opportunityId ? deps.storage.opportunities.read(read.opportunityId) : undefined,
  ]);
  if (!who)
    return messageCard(t(localeFromTag(turn.activityLocale), 'outcome.unknownPerson'), 'Attention');
  const data: ActionData = {
    ...read,
    ...(snapshot !== undefined ? { snapshot } : {}),
  };
  if (!isVerb(verb)) return messageCard(t(who.locale, 'bot.invalidAction'), 'Attention');
  switch (verb) {
    case 'saveDraft':
      return (await saveDraft(deps, who, data)).card;
    case 'submitDraft':
      return submitDraft(deps, who, data, turn);
    case 'approveFunds':
    case 'approvePosting':
    case 'returnToAuthor':
    case 'reject':
      return decide(deps, who, verb, data);
    case 'refresh':
    case 'openDraft': {
      const record = data.snapshot?.record ?? null;
      if (!record) return messageCard(t(who.locale, 'bot.invalidAction'), 'Attention');
      if (!mayRead(record, actorFromPerson(who.person))) {
        return messageCard(t(who.locale, 'bot.status.notAllowed', { id: record.id }), 'Attention');
      }
      if (verb === 'openDraft' && record.state === 'draft' && record.authorId === who.person.id)
        return showDraft(deps, who, record);
      return viewFor(deps, record, who);
    }
  }
}
