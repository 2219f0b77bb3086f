import { parseIntent, type Intent } from '../../domain/intents';
import type { Opportunity } from '../../domain/opportunity';
import { problem, type Problem } from '../../domain/problems';
import { err, ok, type Result } from '../../domain/result';

/** Parses only; never stored or compared (any well-formed confirmation number would do). */
const parsingPlaceholder = '00000000';

/**
 * Reads an intent posted by the tab. The tab names applicants by number ("Applicant 2", counted
 * from 1 in `record.applications`, which closing fixed) and never by confirmation number, so an
 * evaluation carries `applicant` and the server maps it to the confirmation number here. A number
 * outside the list maps to no application: `decide` then refuses it in its usual order (state,
 * then person, then `unknownApplication`), so a person who may not evaluate learns nothing more.
 */
export function parseTabIntent(input: unknown, record: Opportunity): Result<Intent, Problem[]> {
  const raw = input as Record<string, unknown> | null;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || raw.kind !== 'evaluate')
    return parseIntent(input);
  if ('application' in raw) return err([problem('application', 'unknownField')]);
  const { applicant, ...rest } = raw;
  if (typeof applicant !== 'number' || !Number.isSafeInteger(applicant) || applicant < 1)
    return err([problem('application', 'invalidChoice')]);
  const confirmation = record.applications[applicant - 1] ?? '';
  const parsed = parseIntent({ ...rest, application: confirmation || parsingPlaceholder });
  if (!parsed.ok || parsed.value.kind !== 'evaluate') return parsed;
  return ok({ ...parsed.value, application: confirmation });
}
