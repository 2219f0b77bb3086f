import type { OpportunityFields, Opportunity } from '../../domain/opportunity';
import { scheduler } from '../../domain/people';
import { easternDate } from '../../domain/text';
import type { Storage } from '../../storage/storage';
import { aDay, people } from '../support/builders';
import {
  anApplication,
  anOpportunityIn,
  applied,
  evaluated,
  nextWholeMinute,
} from '../support/storageHelpers';

/** Someone who applies: what the public form takes besides the answers. */
export interface Applicant {
  name: string;
  businessName: string;
  email: string;
}

export function anApplicant(label: string): Applicant {
  return {
    name: `${label} Person`,
    businessName: `${label} Works Inc.`,
    email: `${label.toLowerCase()}@example.com`,
  };
}

export interface ClosedOpportunity {
  record: Opportunity;
  /** Confirmation numbers by applicant, in the order they applied. */
  confirmations: string[];
  applicants: Applicant[];
}

/**
 * Opportunities walked to `evaluating` through the store on the real clock, so the tab API (which
 * reads the same clock) sees them as any other: each closes at the first whole minute at least
 * `leadMs` from now (so up to a minute later), takes its applications, and is closed by the
 * scheduler once that time has passed. All are prepared together so a test file waits once.
 */
export async function closedOpportunities(
  storage: Storage,
  specs: Array<{ applicants: Applicant[]; fields?: Partial<OpportunityFields> }>,
  leadMs = 6_000,
): Promise<ClosedOpportunity[]> {
  const closingAt = nextWholeMinute(leadMs);
  const dates = {
    closingAt: closingAt.toISOString(),
    startDate: easternDate(closingAt.getTime() + 2 * aDay),
    deliveryDate: easternDate(closingAt.getTime() + 30 * aDay),
  };
  const posted = await Promise.all(
    specs.map(async (spec) => {
      const record = await anOpportunityIn(storage, 'posted', {
        fields: { ...dates, ...spec.fields },
      });
      const confirmations: string[] = [];
      for (const applicant of spec.applicants)
        confirmations.push(await anApplication(storage, record, { ...applicant }));
      return { record, confirmations, applicants: spec.applicants };
    }),
  );
  const wait = closingAt.getTime() - Date.now() + 50;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return Promise.all(
    posted.map(async (fixture) => {
      const outcome = await storage.opportunities.apply(
        fixture.record.id,
        { kind: 'close' },
        scheduler,
      );
      if (outcome.kind !== 'applied') throw new Error(`close was ${outcome.kind}`);
      return { ...fixture, record: outcome.record };
    }),
  );
}

/** Every application of a fixture marked pass or fail on every criterion, as its author. */
export async function evaluateAll(
  storage: Storage,
  fixture: ClosedOpportunity,
  pass: boolean,
): Promise<void> {
  for (const confirmation of fixture.confirmations)
    await evaluated(storage, fixture.record, confirmation, pass);
}

/** Walks an evaluated fixture on through the store: award, delivery, acceptance, as the author. */
export async function walkOn(
  storage: Storage,
  fixture: ClosedOpportunity,
  to: 'awarded' | 'delivered' | 'accepted',
): Promise<Opportunity> {
  const { id } = fixture.record;
  let record = await applied(storage, id, { kind: 'award' }, people.author);
  if (to === 'awarded') return record;
  record = await applied(
    storage,
    id,
    { kind: 'recordDelivery', deliveryUrl: 'https://github.com/example/date-picker/pull/7' },
    people.author,
  );
  if (to === 'delivered') return record;
  return applied(
    storage,
    id,
    {
      kind: 'accept',
      comment: '',
      checks: record.fields.acceptanceCriteria.map(() => ({ met: true, note: 'Checked.' })),
      certified: true,
    },
    people.author,
  );
}
