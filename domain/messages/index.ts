import type { Refusal } from '../decide';
import { formatDateTime, type Locale } from '../locale';
import { formatCents } from '../money';
import { scheduler } from '../people';
import type { Problem } from '../problems';
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type { MessageKey };
export const catalogues: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
  en,
  fr,
};

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

const pluralRules: Record<Locale, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  fr: new Intl.PluralRules('fr'),
};

/**
 * A message in one language, with `{name}` placeholders filled in. `{name|one|other}` picks the
 * word the number `name` takes in that language ("1 application", "2 applications"; in French
 * 0 and 1 take the singular), so counts read as words, never "application(s)".
 */
export function t(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return catalogues[locale][key]
    .replace(
      /\{(\w+)\|([^{}|]*)\|([^{}|]*)\}/g,
      (whole, name: string, one: string, other: string) => {
        const value = params[name];
        if (typeof value !== 'number') return whole;
        return pluralRules[locale].select(value) === 'one' ? one : other;
      },
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

/** The same message in both languages, for places that speak to everyone (logs, health, APIs). */
export function bilingual(
  key: MessageKey,
  params: Record<string, string | number> = {},
): { en: string; fr: string } {
  return { en: t('en', key, params), fr: t('fr', key, params) };
}

/**
 * Who took a step, in the reader's language: a person by the name stored with the step, the
 * scheduler (closing at the deadline) by what it is, never the stored word "scheduler".
 */
export function actorName(
  actor: { actorId: string; actorName: string; onBehalfOf?: { name: string } },
  locale: Locale,
): string {
  if (actor.actorId === scheduler.id) return t(locale, 'actor.scheduler');
  return actor.onBehalfOf
    ? t(locale, 'actor.onBehalfOf', { name: actor.actorName, principal: actor.onBehalfOf.name })
    : actor.actorName;
}

/** "acceptanceCriteria[2].fr" → "Work acceptance criteria, item 3, French". */
export function fieldLabel(path: string, locale: Locale): string {
  const match = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$/.exec(path);
  if (!match) return path;
  const [, name, index, part] = match;
  // An application's answers are named as the form labels them: "Your answer to statement 2".
  if (name === 'answers' && index !== undefined && part === undefined)
    return t(locale, 'site.applyForm.answerLabel', { n: Number(index) + 1 });
  const base = `field.${name}`;
  const parts = [isMessageKey(base) ? t(locale, base) : name!];
  if (index !== undefined) parts.push(t(locale, 'fieldPart.item', { n: Number(index) + 1 }));
  const partKey = `fieldPart.${part}`;
  if (part !== undefined) parts.push(isMessageKey(partKey) ? t(locale, partKey) : part);
  return parts.join(', ');
}

const centsParams = new Set(['capCents', 'totalCents', 'committedCents', 'maxCents']);

/**
 * A problem in the person's language. `params.label` (a message key) names the field where its
 * name alone would mislead, e.g. a payment's `amountCents` is the amount paid, not the value.
 */
export function describeProblem(p: Problem, locale: Locale): string {
  const label = p.params?.label;
  const params: Record<string, string | number> = {
    field:
      typeof label === 'string' && isMessageKey(label)
        ? t(locale, label)
        : fieldLabel(p.field, locale),
  };
  for (const [name, value] of Object.entries(p.params ?? {})) {
    if (name === 'label') continue;
    const expectedKey = `expected.${value}`;
    if (centsParams.has(name) && typeof value === 'number')
      params[name] = formatCents(value, locale);
    else if (name === 'other') params[name] = fieldLabel(String(value), locale);
    else if (name === 'closingAt' && typeof value === 'string' && value)
      params[name] = formatDateTime(value, locale);
    else if (name === 'kind' && isMessageKey(`tab.acceptance.${value}`))
      params[name] = t(locale, `tab.acceptance.${value}` as MessageKey);
    else if (name === 'expected' && isMessageKey(expectedKey))
      params[name] = t(locale, expectedKey);
    else params[name] = value;
  }
  return t(locale, `problem.${p.code}`, params);
}

/**
 * Problems in the person's language, grouped by the input each belongs to (`inputOf` a problem's
 * field; the field itself unless told), in the order found: the forms and cards say each group
 * beside its input.
 */
export function describeByInput(
  problems: readonly Problem[],
  locale: Locale,
  inputOf: (field: string) => string = (field) => field,
): Map<string, string[]> {
  const byInput = new Map<string, string[]>();
  for (const p of problems) {
    const input = inputOf(p.field);
    byInput.set(input, [...(byInput.get(input) ?? []), describeProblem(p, locale)]);
  }
  return byInput;
}

/** A refusal as one or more sentences in the person's language. */
export function describeRefusal(refusal: Refusal, locale: Locale): string {
  const intent = t(locale, `intent.${refusal.intent}`);
  switch (refusal.kind) {
    case 'wrongState':
      return t(locale, 'refusal.wrongState', {
        intent,
        state: t(locale, `state.${refusal.state}`),
      });
    case 'forbidden':
      return t(locale, `forbidden.${refusal.reason}`, {
        intent,
        role: refusal.role ? t(locale, `role.${refusal.role}`) : '',
      });
    case 'incomplete':
      return [
        t(locale, 'refusal.incomplete', { intent }),
        ...refusal.problems.map((p) => describeProblem(p, locale)),
      ].join('\n');
    case 'keyReused':
      return t(locale, 'refusal.keyReused', { intent });
    case 'readRefused':
      return refusal.because === 'wrongState'
        ? t(locale, 'refusal.wrongState', { intent, state: t(locale, `state.${refusal.state}`) })
        : t(locale, 'refusal.readForbidden', { intent });
  }
}
