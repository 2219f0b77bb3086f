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

/** The lists a form may give as rows, one item per row, instead of lines of text. */
export const listInputs = ['skills', 'acceptanceCriteria', 'evaluationCriteria'] as const;
export type ListInput = (typeof listInputs)[number];

/** One item as typed in a row: English and French side by side, and a kind for acceptance criteria. */
export interface FormRow {
  kind?: string;
  en: string;
  fr: string;
}
export type FormRows = Partial<Record<ListInput, FormRow[]>>;

/** Where a problem is shown when its list is typed as rows: beside its row (`skills[2]`), or the list. */
export function rowForField(field: string): string {
  return /^\w+\[\d+\]/.exec(field)?.[0] ?? inputForField(field);
}

function blankRow(row: FormRow): boolean {
  return !row.en.trim() && !row.fr.trim();
}

/**
 * Reads rows one by one: a row that reads correctly is saved, one that does not stays as typed with
 * its problems (named by the row's place on the form), and an empty row is left out. `rowOfItem`
 * gives, for each item saved, the row it came from, so later problems land beside the right row.
 */
function readRows(
  list: ListInput,
  rows: readonly FormRow[],
): { items: unknown[]; problems: Problem[]; rowOfItem: number[] } {
  const items: unknown[] = [];
  const problems: Problem[] = [];
  const rowOfItem: number[] = [];
  rows.forEach((row, index) => {
    if (blankRow(row)) return;
    const en = row.en.trim();
    // A skill often has the same name in both languages: a French left empty is the English one.
    const sameName = list === 'skills' && !row.fr.trim();
    const fr = sameName ? en : row.fr.trim();
    const item = list === 'acceptanceCriteria' ? { kind: row.kind ?? '', en, fr } : { en, fr };
    const parsed = parseFieldChanges({ [list]: [item] });
    const prefix = `${list}[0]`;
    if (parsed.problems.length) {
      for (const p of parsed.problems) {
        // A French copied from the English has the English's problem: said once, beside the English.
        if (sameName && p.field === `${prefix}.fr`) continue;
        const field = p.field.startsWith(prefix)
          ? `${list}[${index}]${p.field.slice(prefix.length)}`
          : p.field;
        problems.push({ ...p, field });
      }
    } else {
      items.push((parsed.changes[list] as unknown[])[0]);
      rowOfItem.push(index);
    }
  });
  if (items.length > maxItems[list]) {
    problems.push(problem(list, 'tooMany', { max: maxItems[list] }));
    return { items: [], problems, rowOfItem: [] };
  }
  return { items, problems, rowOfItem };
}

/** The rows of a stored draft's lists, for a form that shows them as rows. */
export function rowsFromFields(fields: OpportunityFields): Record<ListInput, FormRow[]> {
  return {
    skills: fields.skills.map((s) => ({ en: s.en, fr: s.fr })),
    acceptanceCriteria: fields.acceptanceCriteria.map((c) => ({
      kind: c.kind,
      en: c.en,
      fr: c.fr,
    })),
    evaluationCriteria: fields.evaluationCriteria.map((c) => ({ en: c.en, fr: c.fr })),
  };
}

/**
 * Moves a problem about a saved list item (`skills[1].fr`, numbered as saved) to the row it came
 * from on the form (`skills[3].fr`), when rows were left out as empty or not yet readable.
 */
export function toFormRow(p: Problem, rowOfItem: Partial<Record<ListInput, number[]>>): Problem {
  const match = /^(\w+)\[(\d+)\]/.exec(p.field);
  const rows = match ? rowOfItem[match[1] as ListInput] : undefined;
  const row = rows?.[Number(match![2])];
  if (!match || row === undefined) return p;
  return { ...p, field: `${match[1]}[${row}]${p.field.slice(match[0].length)}` };
}

/**
 * The form read field by field: every field that reads correctly is a change to save, and each
 * one that does not stays as typed on the form with its problems, so one bad line loses nothing.
 * Lists come as lines of text (the card) or, when `rows` gives them, one row per item (the tab):
 * then every row that reads is saved and a bad row alone stays as typed. The card, the tab and
 * (through `parseFieldChanges`) the server share these rules.
 */
export function readDraftForm(
  values: FormValues,
  rows: FormRows = {},
): {
  changes: Partial<OpportunityFields>;
  problems: Problem[];
  /** The inputs (or, for rows, the rows such as `skills[2]`) whose typed text could not be saved. */
  unsaved: Set<string>;
  /** For lists given as rows: the form row of each item saved. */
  rowOfItem: Partial<Record<ListInput, number[]>>;
} {
  const lineValues = { ...values };
  for (const list of listInputs) if (rows[list]) delete lineValues[list];
  const form = changesFromForm(lineValues);
  const problems = [...form.problems];
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(form.changes)) {
    const parsed = parseFieldChanges({ [name]: value });
    if (parsed.problems.length) problems.push(...parsed.problems);
    else Object.assign(changes, parsed.changes);
  }
  const rowOfItem: Partial<Record<ListInput, number[]>> = {};
  for (const list of listInputs) {
    const typed = rows[list];
    if (!typed) continue;
    const read = readRows(list, typed);
    problems.push(...read.problems);
    changes[list] = read.items;
    rowOfItem[list] = read.rowOfItem;
  }
  const unsaved = new Set(
    problems.map((p) =>
      rows[inputForField(p.field) as ListInput] ? rowForField(p.field) : inputForField(p.field),
    ),
  );
  return { changes: changes as Partial<OpportunityFields>, problems, unsaved, rowOfItem };
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
