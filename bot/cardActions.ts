import { maxCommentLength } from '../domain/limits';
import { localeFromTag } from '../domain/locale';
import { parseIntent } from '../domain/intents';
import { actorName, describeProblem, describeRefusal, t } from '../domain/messages';
import { changeCardholderInput } from './cards/changeCardholderCard';
import { mayRead } from '../domain/permissions';
import { isIntentOn, type IntentOn } from '../domain/transitions';
import { act, explain, readData, type ActionData } from './actionSupport';
import type { Card } from './cards/elements';
import { messageCard } from './cards/opportunityCards';
import { actorOn, type BotDependencies, type Speaker, type Turn } from './context';
import { saveDraft, showDraft, submitDraft } from './draftActions';
import { viewFor } from './views';
import { afterPostingAction } from './afterPostingActions';
import { questionAction, questionOn, questionView } from './questionActions';
import { isVerb } from './verbs';

async function decide(
  deps: BotDependencies,
  who: Speaker,
  verb: IntentOn<'decision'>,
  data: ActionData,
): Promise<Card> {
  if (!data.opportunityId) return messageCard(t(who.locale, 'bot.invalidAction'), 'Attention');
  const outcome = await act(
    deps,
    who,
    data.opportunityId,
    { kind: verb, comment: data.comment.trim().slice(0, maxCommentLength) },
    data,
    verb,
  );
  // A press that already landed (Teams retries, a second press after "try again") is done: it
  // answers as the first one did, with the record as it is now.
  if (outcome.kind !== 'applied' && outcome.kind !== 'replayed') return explain(deps, who, outcome);
  return viewFor(deps, outcome.record, who, {
    text: t(who.locale, `bot.decided.${verb}`, {
      // A delegate's decision reads "by D on behalf of P", as its audit line does.
      name: outcome.kind === 'applied' ? actorName(outcome.event, who.locale) : who.person.name,
    }),
  });
}

/** The author names another cardholder from their card (`changeCardholder`). */
async function reassign(
  deps: BotDependencies,
  who: Speaker,
  data: ActionData,
  raw: Record<string, unknown>,
): Promise<Card> {
  const record = data.snapshot?.record;
  if (!record) return messageCard(t(who.locale, 'bot.invalidAction'), 'Attention');
  const again = (problems: string) =>
    viewFor(deps, record, who, { text: problems, tone: 'Attention' });
  const parsed = parseIntent(changeCardholderInput(raw));
  if (!parsed.ok) return again(parsed.error.map((p) => describeProblem(p, who.locale)).join('\n'));
  const outcome = await act(deps, who, record.id, parsed.value, data, 'changeCardholder');
  if (outcome.kind === 'refused' && outcome.refusal.kind === 'incomplete')
    return again(describeRefusal(outcome.refusal, who.locale));
  if (outcome.kind !== 'applied' && outcome.kind !== 'replayed') return explain(deps, who, outcome);
  const named = outcome.record.fields.cardholderId ?? '';
  const cardholder = (await deps.storage.people.get(named))?.name ?? named;
  return viewFor(deps, outcome.record, who, {
    text: t(who.locale, 'bot.decided.changeCardholder', { name: who.person.name, cardholder }),
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
  // Card data is an object; anything else did not come from one of our cards.
  if (typeof rawData !== 'object' || rawData === null || Array.isArray(rawData))
    return messageCard(t(localeFromTag(turn.activityLocale), 'bot.invalidAction'), 'Attention');
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
  if (isIntentOn('decision', verb)) return decide(deps, who, verb, data);
  if (isIntentOn('reassign', verb)) return reassign(deps, who, data, rawObject(rawData));
  if (isIntentOn('step', verb))
    return afterPostingAction(deps, who, verb, data, rawObject(rawData));
  if (isIntentOn('question', verb))
    return questionAction(deps, who, verb, data, rawObject(rawData));
  switch (verb) {
    case 'saveDraft':
      return (await saveDraft(deps, who, data)).card;
    case 'submitDraft':
      return submitDraft(deps, who, data, turn);
    case 'refresh':
    case 'openDraft': {
      const record = data.snapshot?.record ?? null;
      if (!record) return messageCard(t(who.locale, 'bot.invalidAction'), 'Attention');
      if (!mayRead(record, await actorOn(deps, record, who.person))) {
        return messageCard(t(who.locale, 'bot.status.notAllowed', { id: record.id }), 'Attention');
      }
      if (verb === 'openDraft' && record.state === 'draft' && record.authorId === who.person.id)
        return showDraft(deps, who, record);
      // A question's card refreshes as that question's card.
      const question = questionOn(rawObject(rawData));
      if (verb === 'refresh' && question) return questionView(deps, record, who, question);
      return viewFor(
        deps,
        record,
        who,
        undefined,
        data.applicant !== undefined ? { applicant: data.applicant } : {},
      );
    }
  }
}

function rawObject(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
    ? (raw as Record<string, unknown>)
    : {};
}
