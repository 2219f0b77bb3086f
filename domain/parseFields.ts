import { isAllowedLicence } from './licences';
import { maxCriterionLength, maxItems, maxLength, maxSkillLength } from './limits';
import { capCents, isProvince } from './money';
import {
  acceptanceKinds,
  emptyFields,
  type AcceptanceCriterion,
  type BilingualItem,
  type FieldName,
  type OpportunityFields,
} from './opportunity';
import { problem, type Problem } from './problems';
import { isCalendarDate, normaliseInstant, readText } from './text';

const fieldNames = new Set<string>(Object.keys(emptyFields()));
/** Drafts may hold larger sums than the cap while being written, but not absurd ones. */
const maxDraftAmountCents = 100 * capCents;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readItems<T>(
  field: string,
  value: unknown,
  max: number,
  readItem: (path: string, item: Record<string, unknown>, problems: Problem[]) => T | undefined,
  problems: Problem[],
): T[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(problem(field, 'wrongType', { expected: 'list' }));
    return undefined;
  }
  if (value.length > max) {
    problems.push(problem(field, 'tooMany', { max }));
    return undefined;
  }
  const items: T[] = [];
  const before = problems.length;
  value.forEach((raw, index) => {
    const path = `${field}[${index}]`;
    if (!isRecord(raw)) problems.push(problem(path, 'wrongType', { expected: 'item' }));
    else {
      const item = readItem(path, raw, problems);
      if (item !== undefined) items.push(item);
    }
  });
  return problems.length === before ? items : undefined;
}

function readBilingual(
  path: string,
  item: Record<string, unknown>,
  max: number,
  problems: Problem[],
): BilingualItem | undefined {
  const en = readText(`${path}.en`, item.en ?? '', max, problems);
  const fr = readText(`${path}.fr`, item.fr ?? '', max, problems);
  return en === undefined || fr === undefined ? undefined : { en, fr };
}

function readCriterion(
  path: string,
  item: Record<string, unknown>,
  problems: Problem[],
): AcceptanceCriterion | undefined {
  const text = readBilingual(path, item, maxCriterionLength, problems);
  const kind = acceptanceKinds.find((k) => k === item.kind);
  if (!kind) problems.push(problem(`${path}.kind`, 'invalidChoice'));
  return text && kind ? { ...text, kind } : undefined;
}

/** Blank form inputs mean "not given". */
function blank(value: unknown): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

function readField(name: FieldName, value: unknown, problems: Problem[]): unknown {
  switch (name) {
    case 'skills':
      return readItems(
        name,
        value,
        maxItems.skills,
        (p, i, ps) => readBilingual(p, i, maxSkillLength, ps),
        problems,
      );
    case 'evaluationCriteria':
      return readItems(
        name,
        value,
        maxItems.evaluationCriteria,
        (p, i, ps) => readBilingual(p, i, maxCriterionLength, ps),
        problems,
      );
    case 'acceptanceCriteria':
      return readItems(name, value, maxItems.acceptanceCriteria, readCriterion, problems);
    case 'amountCents':
      if (blank(value)) return null;
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
        problems.push(problem(name, 'wrongType', { expected: 'cents' }));
      } else if (value <= 0) problems.push(problem(name, 'notPositive'));
      else if (value > maxDraftAmountCents)
        problems.push(problem(name, 'tooLarge', { maxCents: maxDraftAmountCents }));
      else return value;
      return undefined;
    case 'amountBasis':
      if (value === 'preTax' || value === 'taxIncluded') return value;
      problems.push(problem(name, 'invalidChoice'));
      return undefined;
    case 'province':
      if (blank(value)) return null;
      if (isProvince(value)) return value;
      problems.push(problem(name, 'invalidChoice'));
      return undefined;
    case 'licence':
      if (blank(value)) return null;
      if (isAllowedLicence(value)) return value;
      problems.push(problem(name, 'invalidChoice'));
      return undefined;
    case 'closingAt': {
      if (blank(value)) return null;
      const instant = typeof value === 'string' ? normaliseInstant(value.trim()) : undefined;
      if (instant === undefined) problems.push(problem(name, 'invalidDate'));
      // Shown to the minute everywhere, so stored to the minute: 14:00:30 would close half a
      // minute after the page's "14:00". Refused rather than cut, so no one is surprised.
      else if (Date.parse(instant) % 60_000 !== 0) {
        problems.push(problem(name, 'notWholeMinute'));
        return undefined;
      }
      return instant;
    }
    case 'startDate':
    case 'deliveryDate':
      if (blank(value)) return null;
      if (typeof value === 'string' && isCalendarDate(value.trim())) return value.trim();
      problems.push(problem(name, 'invalidDate'));
      return undefined;
    case 'cardholderId':
      if (blank(value)) return null;
      return readText(name, value, 100, problems);
    case 'unclassified':
      if (typeof value === 'boolean') return value;
      problems.push(problem(name, 'wrongType', { expected: 'yesNo' }));
      return undefined;
    default:
      return readText(name, value, maxLength[name] ?? 0, problems);
  }
}

/**
 * Reads untrusted draft changes (from a card, the tab or a test) into typed fields.
 * Only structure is checked here: what is missing or inconsistent is for `completeness`.
 */
export function parseFieldChanges(input: unknown): {
  changes: Partial<OpportunityFields>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  if (!isRecord(input))
    return { changes: {}, problems: [problem('fields', 'wrongType', { expected: 'item' })] };
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!fieldNames.has(key)) {
      problems.push(problem(key.replace(/[^\w.-]/g, '?').slice(0, 60), 'unknownField'));
      continue;
    }
    const read = readField(key as FieldName, value, problems);
    if (read !== undefined) changes[key] = read;
  }
  return { changes: problems.length ? {} : (changes as Partial<OpportunityFields>), problems };
}
