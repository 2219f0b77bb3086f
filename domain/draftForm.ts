import { maxItems } from './limits';
import { parseDollars } from './money';
import { emptyFields, type AcceptanceKind, type OpportunityFields } from './opportunity';
import { parseFieldChanges } from './parseFields';
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
    // A time input gives hh:mm (or hh:mm:00); seconds typed by hand would be dropped unseen.
    else if (date && /:\d\d:(?!00$)\d\d$/.test(time))
      problems.push(problem('closingAt', 'notWholeMinute'));
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
    const before = problems.length;
    const read = items.map((parts, index) => {
      const kind = kindWords[parts[0]!.toLowerCase()];
      if (!kind || parts.length !== 3) {
        problems.push(
          problem(`acceptanceCriteria[${index}]`, 'wrongType', { expected: 'acceptanceLine' }),
        );
      }
      return { kind: kind ?? 'functional', en: parts[1] ?? '', fr: parts[2] ?? '' };
    });
    // A badly formed line keeps the whole list as typed on the form: saving a guess would lose it.
    if (problems.length === before) changes.acceptanceCriteria = read;
  }
  if ('unclassified' in values) changes.unclassified = values.unclassified === 'true';
  for (const list of ['skills', 'acceptanceCriteria', 'evaluationCriteria'] as const) {
    const items = changes[list];
    if (Array.isArray(items) && items.length > maxItems[list]) {
      problems.push(problem(list, 'tooMany', { max: maxItems[list] }));
      delete changes[list];
    }
  }
  return { changes, problems };
}

/**
 * The form read field by field: every field that reads correctly is a change to save, and each
 * one that does not stays as typed on the form with its problems, so one bad line loses nothing.
 * The card, the tab and (through `parseFieldChanges`) the server share these rules.
 */
export function readDraftForm(values: FormValues): {
  changes: Partial<OpportunityFields>;
  problems: Problem[];
  /** The inputs whose typed text could not be saved. */
  unsaved: Set<string>;
} {
  const form = changesFromForm(values);
  const problems = [...form.problems];
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(form.changes)) {
    const parsed = parseFieldChanges({ [name]: value });
    if (parsed.problems.length) problems.push(...parsed.problems);
    else Object.assign(changes, parsed.changes);
  }
  const unsaved = new Set(problems.map((p) => inputForField(p.field)));
  return { changes: changes as Partial<OpportunityFields>, problems, unsaved };
}

/** The typed values of the inputs that could not be saved, to show again on the form. */
export function typedOnly(values: FormValues, inputs: ReadonlySet<string>): FormValues {
  const kept: FormValues = {};
  for (const input of inputs) if (input in values) kept[input] = values[input]!;
  // The closing time travels with its date.
  if (inputs.has('closingDate') && 'closingTime' in values) kept.closingTime = values.closingTime!;
  return kept;
}

/**
 * What Submit shows, all at once: the form's own problems, then what is still missing, leaving
 * out what is missing only because the typed text beside it could not be read.
 */
export function submitProblems(formProblems: readonly Problem[], missing: readonly Problem[]) {
  const typedWrong = new Set(formProblems.map((p) => inputForField(p.field)));
  return [...formProblems, ...missing.filter((p) => !typedWrong.has(inputForField(p.field)))];
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
