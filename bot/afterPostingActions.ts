import { parseIntent, type EvaluationResult, type Intent } from '../domain/intents';
import { actorName, describeProblem, describeRefusal, t } from '../domain/messages';
import type { IntentOn } from '../domain/transitions';
import { act, explain, type ActionData } from './actionSupport';
import { readAcceptance } from './cards/acceptanceCard';
import { readAddendum, readClosing } from './cards/addendumCard';
import { readDelivery } from './cards/deliveryCard';
import type { Card } from './cards/elements';
import { readEvaluation } from './cards/evaluationCard';
import { readPayment } from './cards/paymentCard';
import { readReason } from './cards/reasonInput';
import { messageCard } from './cards/opportunityCards';
import type { BotDependencies, Speaker } from './context';
import { viewFor } from './views';

/** The steps after posting, each taken from a card of its own (the table's `step` surface). */
export type AfterPostingVerb = IntentOn<'step'>;

/** The card's inputs, as the domain reads any untrusted intent; the record says how many rows. */
function intentFrom(
  verb: AfterPostingVerb,
  raw: Record<string, unknown>,
  rows: number,
  application: string,
): unknown {
  switch (verb) {
    case 'evaluate':
      // An unanswered choice is neither: the domain reports the wrong type beside it.
      return { kind: verb, application, results: readEvaluation(raw, rows) };
    case 'accept':
      return { kind: verb, comment: '', ...readAcceptance(raw, rows) };
    case 'recordPayment':
      return { kind: verb, ...readPayment(raw) };
    case 'recordDelivery':
      return { kind: verb, ...readDelivery(raw) };
    case 'amend':
      return { kind: verb, ...readAddendum(raw) };
    case 'extendClosing':
      return { kind: verb, ...readClosing(raw) };
    case 'releaseAward':
    case 'cancel':
      return { kind: verb, ...readReason(raw) };
    case 'award':
      return { kind: verb };
  }
}

/**
 * The steps after posting, from their cards. As everywhere, the card says only which opportunity
 * and version; the record is re-read, the person re-checked, the applicant looked up by the
 * number closing fixed on the stored record.
 */
export async function afterPostingAction(
  deps: BotDependencies,
  who: Speaker,
  verb: AfterPostingVerb,
  data: ActionData,
  raw: Record<string, unknown>,
): Promise<Card> {
  const { locale } = who;
  const record = data.snapshot?.record;
  if (!record) return messageCard(t(locale, 'bot.invalidAction'), 'Attention');
  const applicant = data.applicant ?? 0;
  const application = verb === 'evaluate' ? (record.applications[applicant] ?? '') : '';
  const rows =
    verb === 'evaluate'
      ? record.fields.evaluationCriteria.length
      : record.fields.acceptanceCriteria.length;
  const parsed = parseIntent(intentFrom(verb, raw, rows, application));
  const typed =
    verb === 'evaluate'
      ? readEvaluation(raw, rows).map((r): EvaluationResult => ({
          pass: r.pass !== false,
          rationale: r.rationale,
        }))
      : undefined;
  const again = (text: string) =>
    viewFor(
      deps,
      record,
      who,
      { text, tone: 'Attention' },
      { applicant, ...(typed ? { typed } : {}) },
    );
  if (!parsed.ok) {
    const problems = parsed.error.map((p) =>
      p.field === 'amountCents' ? t(locale, 'bot.problem.amount') : describeProblem(p, locale),
    );
    return again(problems.join('\n'));
  }
  const intent: Intent = parsed.value;
  const outcome = await act(deps, who, record.id, intent, data, `${verb}:${application}`);
  if (outcome.kind === 'refused' && outcome.refusal.kind === 'incomplete')
    return again(describeRefusal(outcome.refusal, locale));
  if (outcome.kind !== 'applied') return explain(deps, who, outcome);
  const done =
    verb === 'evaluate'
      ? t(locale, 'bot.evaluate.saved', { n: applicant + 1 })
      : t(locale, `bot.decided.${outcome.event.to === 'awardHeld' ? 'awardHeld' : verb}`, {
          name: actorName(outcome.event, locale),
        });
  return viewFor(deps, outcome.record, who, { text: done });
}
