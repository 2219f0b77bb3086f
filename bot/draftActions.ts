import { randomUUID } from 'node:crypto';
import { completenessProblems } from '../domain/completeness';
import { t } from '../domain/messages';
import { refusalText } from './refusalText';
import type { Opportunity, OpportunityFields } from '../domain/opportunity';
import { parseFieldChanges } from '../domain/parseFields';
import { actorFromPerson, type Person } from '../domain/people';
import type { Problem } from '../domain/problems';
import { changesFromForm, type FormValues } from '../domain/draftForm';
import { act, explain, type ActionData } from './actionSupport';
import { draftCard } from './cards/draftCard';
import type { Card } from './cards/elements';
import { messageCard } from './cards/opportunityCards';
import type { BotDependencies, Speaker, Turn } from './context';
import { viewFor } from './views';

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

export async function showDraft(
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

/** Saves the draft form: creates the draft on first save, edits it after. */
export async function saveDraft(
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
    // Every new-draft card carries a nonce, which makes a second press the same draft; card data
    // without one did not come from that card and creates nothing.
    if (!data.nonce)
      return { card: messageCard(t(locale, 'bot.invalidAction'), 'Attention'), record: null };
    const created = await deps.storage.opportunities.create(
      actorFromPerson(who.person),
      parsed.changes,
      { idempotencyKey: `card:create:${data.nonce}` },
    );
    if (created.kind === 'refused')
      return {
        card: messageCard(await refusalText(deps, created.refusal, locale), 'Attention'),
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
    // The form as the card sent it: pressed again after it landed, it is the same request.
    { kind: 'editDraft', form: parsed.changes },
  );
  // The same save again (Teams retries, a second press after "try again") is saved: the draft as it is.
  if (
    outcome.kind === 'applied' ||
    (outcome.kind === 'replayed' && outcome.record.state === 'draft')
  ) {
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

export async function submitDraft(
  deps: BotDependencies,
  who: Speaker,
  data: ActionData,
  turn: Turn,
): Promise<Card> {
  const again = await submittedBefore(deps, who, data);
  if (again) return submitted(deps, who, again, turn);
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
  if (outcome.kind !== 'applied' && outcome.kind !== 'replayed') return explain(deps, who, outcome);
  return submitted(deps, who, outcome.record, turn);
}

/**
 * The same Submit pressed again on a card the submit already moved on (Teams retries, a second
 * press after "try again"): the record it submitted, or null when this press is not that one.
 */
async function submittedBefore(
  deps: BotDependencies,
  who: Speaker,
  data: ActionData,
): Promise<Opportunity | null> {
  const current = data.snapshot?.record;
  if (!current || data.version === undefined || current.version === data.version) return null;
  const outcome = await act(deps, who, current.id, { kind: 'submit' }, data, 'submitDraft');
  return outcome.kind === 'replayed' ? outcome.record : null;
}

/** "Submitted", naming the cardholder told (or not reachable), on the record's current card. */
async function submitted(
  deps: BotDependencies,
  who: Speaker,
  record: Opportunity,
  turn: Turn,
): Promise<Card> {
  const cardholderId = record.fields.cardholderId!;
  const cardholder = await deps.storage.people.get(cardholderId);
  const reachable = await deps.storage.conversations.get(cardholderId);
  const name = cardholder?.name ?? cardholderId;
  const notice = reachable
    ? t(who.locale, 'bot.submitted', { name })
    : t(who.locale, 'bot.notInstalled', { name, id: record.id });
  if (turn.replyToId && turn.referenceTrusted) {
    await deps.storage.conversations.addMessage({
      opportunityId: record.id,
      personId: who.person.id,
      activityId: turn.replyToId,
      reference: turn.reference,
      ...(turn.user.teamsUserId ? { teamsUserId: turn.user.teamsUserId } : {}),
    });
  }
  return viewFor(deps, record, who, {
    text: notice,
    tone: reachable ? 'Good' : 'Warning',
  });
}
