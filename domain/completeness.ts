import { breakdown, capCents } from './money';
import {
  acceptanceKinds,
  textFields,
  type BilingualItem,
  type OpportunityFields,
} from './opportunity';
import type { Person } from './people';
import { problem, type Problem } from './problems';
import { isEmail } from './email';
import { easternDate, isCalendarDate, isHttpsUrl } from './text';

export interface CompletenessContext {
  authorId: string;
  now: Date;
  /** The chosen cardholder as stored, if the id names anyone. */
  cardholder: Person | null;
  /**
   * The minimum posting period as of `now` (`postingPeriod` in `domain/postingPeriod.ts`, computed
   * by the server: the tab downloads no holiday tables). Without it the period is not checked here.
   */
  postingPeriod?: PostingPeriod;
}

/** Business days an opportunity stays posted at least, and the earliest closing that allows. */
export interface PostingPeriod {
  days: number;
  /** An ISO instant, to the minute. */
  earliestClosing: string;
}

function checkItems(field: string, items: BilingualItem[], problems: Problem[]): void {
  if (items.length === 0) problems.push(problem(field, 'tooFew', { min: 1 }));
  items.forEach((item, index) => {
    if (!item.en) problems.push(problem(`${field}[${index}].en`, 'required'));
    if (!item.fr) problems.push(problem(`${field}[${index}].fr`, 'required'));
  });
}

/** The total that the $10,000 cap applies to, when the amount and province are known. */
export function totalCents(fields: OpportunityFields): number | null {
  const amount = fields.amountCents;
  if (amount === null || fields.province === null) return null;
  if (!Number.isSafeInteger(amount) || amount <= 0) return null;
  return breakdown(amount, fields.amountBasis, fields.province).totalCents;
}

/**
 * What an opportunity needs before it can be submitted and posted: both languages, a value
 * within the cap including tax, a closing at least the minimum posting period away, criteria (acceptance criteria of every
 * kind: functional, quality and security), an allowed licence, a
 * cardholder other than the author, and the unclassified attestation.
 */
export function completenessProblems(
  fields: OpportunityFields,
  context: CompletenessContext,
): Problem[] {
  const problems: Problem[] = [];
  for (const name of textFields) if (!fields[name]) problems.push(problem(name, 'required'));
  checkItems('skills', fields.skills, problems);
  checkItems('acceptanceCriteria', fields.acceptanceCriteria, problems);
  // The pilot asked for functional requirements as well as quality and security ones.
  if (fields.acceptanceCriteria.length > 0)
    for (const kind of acceptanceKinds)
      if (!fields.acceptanceCriteria.some((c) => c.kind === kind))
        problems.push(problem('acceptanceCriteria', 'missingKind', { kind }));
  checkItems('evaluationCriteria', fields.evaluationCriteria, problems);

  if (fields.amountCents === null) problems.push(problem('amountCents', 'required'));
  else if (!Number.isSafeInteger(fields.amountCents) || fields.amountCents <= 0) {
    problems.push(problem('amountCents', 'notPositive'));
  }
  if (fields.province === null) problems.push(problem('province', 'required'));
  const total = totalCents(fields);
  if (total !== null && total > capCents) {
    problems.push(problem('amountCents', 'overCap', { capCents, totalCents: total }));
  }

  const closing = fields.closingAt === null ? Number.NaN : Date.parse(fields.closingAt);
  if (fields.closingAt === null) problems.push(problem('closingAt', 'required'));
  else if (Number.isNaN(closing)) problems.push(problem('closingAt', 'invalidDate'));
  else if (closing <= context.now.getTime()) problems.push(problem('closingAt', 'notInFuture'));
  else {
    // Checked at submit and again at posting approval, when the posting period starts.
    const period = context.postingPeriod;
    if (period && closing < Date.parse(period.earliestClosing))
      problems.push(
        problem('closingAt', 'tooSoon', { days: period.days, closingAt: period.earliestClosing }),
      );
  }
  const start = fields.startDate;
  if (start === null) problems.push(problem('startDate', 'required'));
  else if (!isCalendarDate(start)) problems.push(problem('startDate', 'invalidDate'));
  else if (!Number.isNaN(closing) && start <= easternDate(closing)) {
    // Applications are evaluated after closing, so the work starts on a later day.
    problems.push(problem('startDate', 'notAfter', { other: 'closingAt' }));
  }
  if (fields.deliveryDate === null) problems.push(problem('deliveryDate', 'required'));
  else if (!isCalendarDate(fields.deliveryDate))
    problems.push(problem('deliveryDate', 'invalidDate'));
  else if (start !== null && fields.deliveryDate <= start) {
    problems.push(problem('deliveryDate', 'notAfter', { other: 'startDate' }));
  }

  if (fields.licence === null) problems.push(problem('licence', 'required'));
  if (!fields.repositoryUrl) problems.push(problem('repositoryUrl', 'required'));
  else if (!isHttpsUrl(fields.repositoryUrl)) problems.push(problem('repositoryUrl', 'invalidUrl'));
  if (!fields.contactEmail) problems.push(problem('contactEmail', 'required'));
  else if (!isEmail(fields.contactEmail)) problems.push(problem('contactEmail', 'invalidEmail'));
  if (!fields.fundCentre) problems.push(problem('fundCentre', 'required'));

  if (fields.cardholderId === null) problems.push(problem('cardholderId', 'required'));
  else if (fields.cardholderId === context.authorId) {
    problems.push(problem('cardholderId', 'sameAsAuthor'));
  } else if (!context.cardholder?.roles.includes('cardholder')) {
    problems.push(problem('cardholderId', 'notACardholder'));
  }
  if (!fields.unclassified) problems.push(problem('unclassified', 'notAttested'));
  return problems;
}
