import {
  inputForField,
  readDraftForm,
  submitProblems,
  type FormValues,
} from '../../../domain/draftForm';
import { completenessProblems } from '../../../domain/completeness';
import type { OpportunityFields } from '../../../domain/opportunity';
import type { Person } from '../../../domain/people';
import type { Problem } from '../../../domain/problems';

/**
 * The tab checks a draft with the same form reading as the bot (`domain/draftForm`) and the domain's
 * parser and completeness rules, so a person sees the same problems in both places.
 */
export interface DraftCheck {
  /** Field changes to send: only what differs from the stored record. */
  changes: Partial<OpportunityFields>;
  /** Values that cannot be saved (too long, not an amount…): kept as typed, the rest is saved. */
  blocking: Problem[];
  /** What is still missing before the draft can be submitted. */
  missing: Problem[];
}

export function checkDraft(
  values: FormValues,
  stored: OpportunityFields,
  authorId: string,
  cardholder: Person | null,
  now = new Date(),
): DraftCheck {
  const read = readDraftForm(values);
  const merged = { ...stored, ...read.changes };
  const changes: Partial<OpportunityFields> = {};
  for (const [name, value] of Object.entries(read.changes)) {
    const key = name as keyof OpportunityFields;
    if (JSON.stringify(value) !== JSON.stringify(stored[key]))
      Object.assign(changes, { [key]: value });
  }
  const missing = completenessProblems(merged, { authorId, now, cardholder });
  return {
    changes,
    blocking: read.problems,
    missing: submitProblems(read.problems, missing).slice(read.problems.length),
  };
}

/** Problems grouped by the input they belong beside. */
export function problemsByInput(problems: readonly Problem[]): Map<string, Problem[]> {
  const byInput = new Map<string, Problem[]>();
  const seen = new Set<string>();
  for (const p of problems) {
    // The server runs the same rules as the form, so its answer repeats what is already shown.
    const key = `${p.field} ${p.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const input = inputForField(p.field);
    byInput.set(input, [...(byInput.get(input) ?? []), p]);
  }
  return byInput;
}

/** Whether the form holds anything the stored draft does not: a change, or typed text not saved. */
export function hasUnsavedWork(values: FormValues, stored: OpportunityFields): boolean {
  const read = readDraftForm(values);
  return (
    read.problems.length > 0 ||
    Object.entries(read.changes).some(
      ([name, value]) =>
        JSON.stringify(value) !== JSON.stringify(stored[name as keyof OpportunityFields]),
    )
  );
}
