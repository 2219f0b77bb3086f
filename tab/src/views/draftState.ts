import {
  inputForField,
  listInputs,
  readDraftForm,
  rowForField,
  toFormRow,
  type FormRows,
  type ListInput,
  type FormValues,
} from '../../../domain/draftForm';
import { completenessProblems, type PostingPeriod } from '../../../domain/completeness';
import type { OpportunityFields } from '../../../domain/opportunity';
import type { Person } from '../../../domain/people';
import type { Problem } from '../../../domain/problems';

/**
 * The tab checks a draft with the same form reading as the bot (`domain/draftForm`) and the domain's
 * parser and completeness rules, so a person sees the same problems in both places. Skills and
 * criteria are typed one row per item; a problem with an item is shown beside its row.
 */
export interface DraftCheck {
  /** Field changes to send: only what differs from the stored record. */
  changes: Partial<OpportunityFields>;
  /** Values that cannot be saved (too long, not an amount…): kept as typed, the rest is saved. */
  blocking: Problem[];
  /** For each list, the form row of each item saved (the server numbers items as saved). */
  rowOfItem: Partial<Record<ListInput, number[]>>;
  /** What is still missing before the draft can be submitted. */
  missing: Problem[];
  /** What is worth saying before Submit: a closing sooner than the minimum posting period allows. */
  early: Problem[];
}

export function checkDraft(
  values: FormValues,
  rows: FormRows,
  stored: OpportunityFields,
  authorId: string,
  cardholder: Person | null,
  postingPeriod?: PostingPeriod,
  now = new Date(),
): DraftCheck {
  const read = readDraftForm(values, rows);
  const merged = { ...stored, ...read.changes };
  const changes: Partial<OpportunityFields> = {};
  for (const [name, value] of Object.entries(read.changes)) {
    const key = name as keyof OpportunityFields;
    if (JSON.stringify(value) !== JSON.stringify(stored[key]))
      Object.assign(changes, { [key]: value });
  }
  // Completeness numbers the items it was given; the form's rows may include empty or unread ones.
  const missing = completenessProblems(merged, {
    authorId,
    now,
    cardholder,
    ...(postingPeriod ? { postingPeriod } : {}),
  }).map((p) => toFormRow(p, read.rowOfItem));
  // Nothing is said missing where typed text is waiting to be read: not the row, not its list.
  const typedWrong = new Set(read.problems.flatMap((p) => [placeOf(p), inputForField(p.field)]));
  const remaining = missing.filter((p) => !typedWrong.has(placeOf(p)));
  return {
    changes,
    rowOfItem: read.rowOfItem,
    blocking: read.problems,
    missing: remaining,
    early: remaining.filter((p) => p.field === 'closingAt' && p.code === 'tooSoon'),
  };
}

const rowLists = new Set<string>(listInputs);

/** Where a problem is shown: beside its input, or beside its row for an item of a list. */
function placeOf(p: Problem): string {
  const input = inputForField(p.field);
  return rowLists.has(input) ? rowForField(p.field) : input;
}

/**
 * Problems grouped by where they are shown: beside their input, or for an item of a list typed
 * as rows, beside its row (`skills[2]`).
 */
export function problemsByInput(problems: readonly Problem[]): Map<string, Problem[]> {
  const byInput = new Map<string, Problem[]>();
  const seen = new Set<string>();
  for (const p of problems) {
    // The server runs the same rules as the form, so its answer repeats what is already shown.
    const key = `${p.field} ${p.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const input = placeOf(p);
    byInput.set(input, [...(byInput.get(input) ?? []), p]);
  }
  return byInput;
}

/** Whether the form holds anything the stored draft does not: a change, or typed text not saved. */
export function hasUnsavedWork(
  values: FormValues,
  rows: FormRows,
  stored: OpportunityFields,
): boolean {
  const read = readDraftForm(values, rows);
  return (
    read.problems.length > 0 ||
    Object.entries(read.changes).some(
      ([name, value]) =>
        JSON.stringify(value) !== JSON.stringify(stored[name as keyof OpportunityFields]),
    )
  );
}
