import { randomUUID } from 'node:crypto';
import { completenessProblems } from '../domain/completeness';
import { postingPeriod } from '../domain/postingPeriod';
import { t } from '../domain/messages';
import { refusalText } from './refusalText';
import type { Opportunity, OpportunityFields } from '../domain/opportunity';
import { actorFromPerson, type Person } from '../domain/people';
import type { Problem } from '../domain/problems';
import { readDraftForm, submitProblems, typedOnly, type FormValues } from '../domain/draftForm';
import { act, explain, type ActionData } from './actionSupport';
import { draftCard } from './cards/draftCard';
import type { Card } from './cards/elements';
import { messageCard } from './cards/opportunityCards';
import type { BotDependencies, Speaker, Turn } from './context';
import { tabLink } from './tabLink';
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

/** People who may be chosen as cardholder: those holding the role, never the author. */
function cardholdersAmong(everyone: readonly Person[], author: Person): Person[] {
  return everyone.filter((p) => p.roles.includes('cardholder') && p.id !== author.id);
}

/** What the stored draft still lacks before Submit, the same check the store makes. */
function guidance(
  deps: BotDependencies,
  record: Opportunity,
  everyone: readonly Person[],
  now: Date,
): Problem[] {
  const cardholder = everyone.find((p) => p.id === record.fields.cardholderId) ?? null;
  return completenessProblems(record.fields, {
    authorId: record.authorId,
    now,
    cardholder,
    // The same minimum posting period the store checks at submit.
    postingPeriod: postingPeriod(now, deps.storage.opportunities.minPostingBusinessDays),
  });
}

export async function showDraft(
  deps: BotDependencies,
  who: Speaker,
  record: Opportunity | null,
  extra: {
    typed?: FormValues;
    problems?: Problem[];
    notice?: string;
    nonce?: string;
    /** The people, when already being read (a save reads them while it writes). */
    people?: Promise<Person[]>;
  } = {},
): Promise<Card> {
  // One read of the people gives the cardholders to choose from and the chosen one's roles.
  const everyone = await (extra.people ?? deps.storage.people.directory());
  // Required fields are named on Submit, not while the person is still writing: on Save they
  // are only counted, as what is left to finish in the tab.
  return draftCard({
    locale: who.locale,
    record,
    problems: extra.problems ?? [],
    missing: record ? guidance(deps, record, everyone, deps.clock()) : [],
    cardholders: cardholdersAmong(everyone, who.person),
    nonce: extra.nonce ?? randomUUID(),
    ...(record ? { tabUrl: tabLink(deps.tab, `draft/${record.id}`) } : {}),
    ...(extra.typed ? { typed: extra.typed } : {}),
    ...(extra.notice ? { notice: extra.notice } : {}),
  });
}

interface Saved {
  card: Card;
  record: Opportunity | null;
  /** Problems with what was typed: those inputs keep the typed text and were not saved. */
  problems: Problem[];
  typed: FormValues;
  /** How many inputs kept typed text that was not saved. */
  unsaved: number;
}

/**
 * Saves the draft form: creates the draft on first save, edits it after. Every field that reads
 * correctly is saved; one that does not stays on the card as typed, with its problem beside it.
 */
export async function saveDraft(
  deps: BotDependencies,
  who: Speaker,
  data: ActionData,
): Promise<Saved> {
  const { locale } = who;
  const read = readDraftForm(data.form);
  const typed = typedOnly(data.form, read.unsaved);
  const notice = read.problems.length
    ? t(locale, 'draft.savedExcept', { count: read.unsaved.size })
    : t(locale, 'bot.draft.saved');
  // The answer card needs the people; they are read while the save is written.
  const people = deps.storage.people.directory();
  people.catch(() => undefined);
  const shown = (record: Opportunity) =>
    showDraft(deps, who, record, { typed, problems: read.problems, notice, people });
  const result = async (record: Opportunity): Promise<Saved> => ({
    card: await shown(record),
    record,
    problems: read.problems,
    typed,
    unsaved: read.unsaved.size,
  });
  const failed = (card: Card): Saved => ({
    card,
    record: null,
    problems: read.problems,
    typed,
    unsaved: read.unsaved.size,
  });
  const current = data.opportunityId ? (data.snapshot?.record ?? null) : null;
  if (!data.opportunityId) {
    // Every new-draft card carries a nonce, which makes a second press the same draft; card data
    // without one did not come from that card and creates nothing.
    if (!data.nonce) return failed(messageCard(t(locale, 'bot.invalidAction'), 'Attention'));
    const created = await deps.storage.opportunities.create(
      actorFromPerson(who.person),
      read.changes,
      { idempotencyKey: `card:create:${data.nonce}` },
    );
    if (created.kind === 'refused')
      return failed(messageCard(await refusalText(deps, created.refusal, locale), 'Attention'));
    if (created.kind === 'tooLarge')
      return failed(
        messageCard(t(locale, 'outcome.tooLarge', { detail: created.detail }), 'Attention'),
      );
    return result(created.record);
  }
  const changes = current ? changedFields(current, read.changes) : read.changes;
  // Nothing on the card differs from the stored draft: nothing to write, the current card. Its
  // author may press Save on a card older than the draft (the rest was finished in the tab since)
  // and sees the draft as it is now, with Submit once it is complete.
  if (
    current &&
    current.state === 'draft' &&
    (current.version === data.version || current.authorId === who.person.id) &&
    !Object.keys(changes).length
  ) {
    return result(current);
  }
  const outcome = await act(
    deps,
    who,
    data.opportunityId,
    { kind: 'editDraft', changes },
    data,
    'saveDraft',
    // The form as the card sent it: pressed again after it landed, it is the same request.
    { kind: 'editDraft', form: read.changes },
  );
  // The same save again (Teams retries, a second press after "try again") is saved: the draft as it is.
  if (
    outcome.kind === 'applied' ||
    (outcome.kind === 'replayed' && outcome.record.state === 'draft')
  ) {
    return result(outcome.record);
  }
  if (outcome.kind === 'refused' && outcome.refusal.kind === 'incomplete') {
    return failed(
      await showDraft(deps, who, outcome.record, {
        typed: data.form,
        problems: outcome.refusal.problems,
      }),
    );
  }
  return {
    ...failed(await explain(deps, who, outcome)),
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
  if (saved.problems.length) {
    // Everything that needs attention at once: what was typed wrongly and what is still missing.
    const problems = submitProblems(
      saved.problems,
      guidance(deps, record, await deps.storage.people.directory(), new Date()),
    );
    return showDraft(deps, who, record, {
      typed: saved.typed,
      problems,
      notice: t(who.locale, 'draft.savedExcept', { count: saved.unsaved }),
    });
  }
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
