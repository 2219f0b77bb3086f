import { maxItems } from './limits';
import { parseDollars } from './money';
import { emptyFields, type AcceptanceKind, type OpportunityFields } from './opportunity';
import { problem, type Problem } from './problems';
import { easternDateTime, easternToInstant } from './text';

/**
 * The draft card's inputs and the opportunity's fields, both ways. Lists are typed one item per
 * line with `|` between languages; money in dollars; the closing time in Eastern time.
 */
export type FormValues = Record<string, string>;

/** Fields the card reads and writes in another shape (lines, dollars, Eastern time, a toggle). */
const reshapedFields = new Set<string>([
  'skills',
  'amountCents',
  'closingAt',
  'acceptanceCriteria',
  'evaluationCriteria',
  'unclassified',
]);

/** Every other field is a text or choice input with the field's own name. */
const plainInputs = (Object.keys(emptyFields()) as Array<keyof OpportunityFields>).filter(
  (name) => !reshapedFields.has(name),
);

export const formInputIds = [
  ...plainInputs,
  'skills',
  'amount',
  'closingDate',
  'closingTime',
  'acceptanceCriteria',
  'evaluationCriteria',
  'unclassified',
] as const;

/** Where a problem with a field is shown on the card. */
export function inputForField(field: string): string {
  const base = /^\w+/.exec(field)?.[0] ?? field;
  if (base === 'amountCents') return 'amount';
  if (base === 'closingAt') return 'closingDate';
  return base;
}

const kindWords: Record<string, AcceptanceKind> = {
  functional: 'functional',
  fonctionnel: 'functional',
  quality: 'quality',
  qualité: 'quality',
  qualite: 'quality',
  security: 'security',
  sécurité: 'security',
  securite: 'security',
};

function lines(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter((parts) => parts.some(Boolean));
}

/** Keeps only what the card sent as text; anything else (numbers, objects) is dropped as noise. */
export function formValuesFrom(data: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const id of formInputIds) if (typeof data[id] === 'string') values[id] = data[id] as string;
  return values;
}

/** Turns what the person typed into field changes for `parseFieldChanges`, or the problems found. */
export function changesFromForm(values: FormValues): {
  changes: Record<string, unknown>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const changes: Record<string, unknown> = {};
  for (const id of plainInputs) if (id in values) changes[id] = values[id];
  if ('amount' in values) {
    const typed = values.amount!.trim();
    const cents = typed === '' ? null : parseDollars(typed);
    if (typed !== '' && cents === null)
      problems.push(problem('amountCents', 'wrongType', { expected: 'dollars' }));
    else changes.amountCents = cents;
  }
  if ('closingDate' in values) {
    const date = values.closingDate!.trim();
    const time = values.closingTime?.trim() || '14:00';
    const instant = date ? easternToInstant(date, time) : null;
    if (instant === undefined) problems.push(problem('closingAt', 'invalidDate'));
    else changes.closingAt = instant;
  }
  if ('skills' in values)
    changes.skills = lines(values.skills!).map(([en = '', fr]) => ({ en, fr: fr ?? en }));
  if ('evaluationCriteria' in values) {
    changes.evaluationCriteria = lines(values.evaluationCriteria!).map(([en = '', fr = '']) => ({
      en,
      fr,
    }));
  }
  if ('acceptanceCriteria' in values) {
    const items = lines(values.acceptanceCriteria!);
    changes.acceptanceCriteria = items.map((parts, index) => {
      const kind = kindWords[parts[0]!.toLowerCase()];
      if (!kind || parts.length !== 3) {
        problems.push(
          problem(`acceptanceCriteria[${index}]`, 'wrongType', { expected: 'criterionLine' }),
        );
      }
      return { kind: kind ?? 'functional', en: parts[1] ?? '', fr: parts[2] ?? '' };
    });
  }
  if ('unclassified' in values) changes.unclassified = values.unclassified === 'true';
  for (const list of ['skills', 'acceptanceCriteria', 'evaluationCriteria'] as const) {
    const items = changes[list];
    if (Array.isArray(items) && items.length > maxItems[list])
      problems.push(problem(list, 'tooMany', { max: maxItems[list] }));
  }
  return { changes, problems };
}

/** The card's initial values for a stored draft. */
export function formFromFields(fields: OpportunityFields): FormValues {
  const closing = fields.closingAt ? easternDateTime(fields.closingAt) : { date: '', time: '' };
  const values: FormValues = {};
  for (const id of plainInputs) values[id] = String(fields[id] ?? '');
  return {
    ...values,
    amount: fields.amountCents === null ? '' : (fields.amountCents / 100).toFixed(2),
    closingDate: closing.date,
    closingTime: closing.time,
    skills: fields.skills.map((s) => (s.en === s.fr ? s.en : `${s.en} | ${s.fr}`)).join('\n'),
    acceptanceCriteria: fields.acceptanceCriteria
      .map((c) => `${c.kind} | ${c.en} | ${c.fr}`)
      .join('\n'),
    evaluationCriteria: fields.evaluationCriteria.map((c) => `${c.en} | ${c.fr}`).join('\n'),
    unclassified: String(fields.unclassified),
  };
}
