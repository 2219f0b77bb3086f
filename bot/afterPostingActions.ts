import { parseIntent, type EvaluationResult, type Intent } from '../domain/intents';
import { actorName, describeProblem, describeRefusal, t } from '../domain/messages';
import { parseDollars } from '../domain/money';
import { easternToInstant } from '../domain/text';
import { intentsOn, type IntentOn } from '../domain/transitions';
import { act, explain, type ActionData } from './actionSupport';
import type { Card } from './cards/elements';
import { messageCard } from './cards/opportunityCards';
import type { BotDependencies, Speaker } from './context';
import { viewFor } from './views';

/** The steps after posting, each taken from a card of its own (the table's `step` surface). */
export const afterPostingVerbs = intentsOn('step');
export type AfterPostingVerb = IntentOn<'step'>;

const str = (raw: Record<string, unknown>, key: string) =>
  typeof raw[key] === 'string' ? (raw[key] as string) : '';

/** The card's inputs, as the domain reads any untrusted intent; the record says how many rows. */
function intentFrom(
  verb: AfterPostingVerb,
  raw: Record<string, unknown>,
  rows: number,
  application: string,
): unknown {
  const numbered = <T>(make: (n: number) => T) =>
    Array.from({ length: rows }, (_, i) => make(i + 1));
  switch (verb) {
    case 'evaluate':
      return {
        kind: verb,
        application,
        results: numbered((n) => ({
          // An unanswered choice is neither: the domain reports the wrong type beside it.
          pass: raw[`pass${n}`] === 'pass' ? true : raw[`pass${n}`] === 'fail' ? false : null,
          rationale: str(raw, `rationale${n}`),
        })),
      };
    case 'accept':
      return {
        kind: verb,
        comment: '',
        checks: numbered((n) => ({ met: raw[`met${n}`] === 'true', note: str(raw, `note${n}`) })),
        certified: raw.certified === 'true',
      };
    case 'recordPayment':
      return {
        kind: verb,
        method: str(raw, 'method'),
        paidOn: str(raw, 'paidOn'),
        amountCents: parseDollars(str(raw, 'amount')) ?? Number.NaN,
        reference: str(raw, 'reference'),
      };
    case 'recordDelivery':
      return { kind: verb, deliveryUrl: str(raw, 'deliveryUrl') };
    case 'amend':
      return { kind: verb, en: str(raw, 'en'), fr: str(raw, 'fr') };
    case 'extendClosing': {
      // The new closing is typed in Eastern time, as the draft's is; a bad one reads as invalid.
      const date = str(raw, 'closingDate').trim();
      const instant = date ? easternToInstant(date, str(raw, 'closingTime').trim() || '14:00') : '';
      return {
        kind: verb,
        closingAt: instant ?? 'invalid',
        en: str(raw, 'en'),
        fr: str(raw, 'fr'),
      };
    }
    case 'releaseAward':
    case 'cancel':
      return { kind: verb, reason: str(raw, 'reason') };
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
      ? Array.from({ length: rows }, (_, i): EvaluationResult => ({
          pass: raw[`pass${i + 1}`] !== 'fail',
          rationale: str(raw, `rationale${i + 1}`),
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
