import type { Intent } from '../../domain/intents';
import type { Opportunity, OpportunityFields } from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import type { ApplyOptions, ApplyOutcome } from '../../storage/opportunityStore';
import type { ListQuery } from '../../storage/opportunityQueries';
import type { Storage } from '../../storage/storage';
import { actor, anApplicationForm, completeFields, people } from './builders';

/** Creates a draft as `by` (the author by default) with complete fields; fails loudly otherwise. */
export async function aDraft(
  storage: Storage,
  options: { by?: Person; fields?: Partial<OpportunityFields> } = {},
): Promise<Opportunity> {
  const outcome = await storage.opportunities.create(
    actor(options.by ?? people.author),
    completeFields(options.fields),
  );
  if (outcome.kind !== 'applied') throw new Error(`create was ${JSON.stringify(outcome)}`);
  return outcome.record;
}

/** Applies an intent that must succeed and returns the new record. */
export async function applied(
  storage: Storage,
  id: string,
  intent: Intent,
  by: Person,
  options: ApplyOptions = {},
): Promise<Opportunity> {
  const outcome = await storage.opportunities.apply(id, intent, actor(by), options);
  if (outcome.kind !== 'applied') {
    throw new Error(`${intent.kind} by ${by.id} was ${JSON.stringify(outcome).slice(0, 500)}`);
  }
  return outcome.record;
}

export type ReachableState = 'draft' | 'awaitingFunds' | 'awaitingProcurement' | 'posted';

/**
 * An opportunity walked through the lifecycle to `state` by the people the fields name:
 * the author submits, the designated cardholder approves funds, `procurement` posts.
 */
export async function anOpportunityIn(
  storage: Storage,
  state: ReachableState,
  options: {
    author?: Person;
    cardholder?: Person;
    procurement?: Person;
    fields?: Partial<OpportunityFields>;
  } = {},
): Promise<Opportunity> {
  const cardholder = options.cardholder ?? people.cardholder;
  let record = await aDraft(storage, {
    by: options.author,
    fields: { cardholderId: cardholder.id, ...options.fields },
  });
  const author = options.author ?? people.author;
  const steps: [ReachableState, Intent, Person][] = [
    ['awaitingFunds', { kind: 'submit' }, author],
    ['awaitingProcurement', { kind: 'approveFunds', comment: 'Funds reserved' }, cardholder],
    [
      'posted',
      { kind: 'approvePosting', comment: 'Guardrails met' },
      options.procurement ?? people.procurement,
    ],
  ];
  for (const [reached, intent, by] of steps) {
    if (record.state === state) break;
    record = await applied(storage, record.id, intent, by);
    expect(record.state).toBe(reached);
  }
  expect(record.state).toBe(state);
  return record;
}

/** How many outcomes of each kind. */
export function countKinds(outcomes: readonly ApplyOutcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) counts[outcome.kind] = (counts[outcome.kind] ?? 0) + 1;
  return counts;
}

/** Every item of a list, page by page, following continuation tokens to the end. */
export async function listAll(
  storage: Storage,
  query: ListQuery,
  size = 100,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let continuationToken: string | undefined;
  let pages = 0;
  do {
    const page = await storage.opportunities.list(query, { size, continuationToken });
    pages++;
    expect(page.items.length).toBeLessThanOrEqual(size);
    ids.push(...page.items.map((item) => item.id));
    continuationToken = page.continuationToken;
    if (pages > 1_000) throw new Error('paging does not end');
  } while (continuationToken);
  return { ids, pages };
}

/** The first whole minute at least `leadMs` from now: a closing time is stored to the minute. */
export function nextWholeMinute(leadMs: number): Date {
  return new Date(Math.ceil((Date.now() + leadMs) / 60_000) * 60_000);
}

/** A fixed clock; tests move it by assigning `clock.now`. */
export function fixedClock(start: Date): { now: Date; read: () => Date } {
  const clock = { now: start, read: () => clock.now };
  return clock;
}

/** Submits an application that must be received; returns its confirmation number. */
export async function anApplication(
  storage: Storage,
  record: Opportunity,
  overrides: Record<string, string> = {},
): Promise<string> {
  const outcome = await storage.applications.submit(
    record.id,
    anApplicationForm(record, overrides),
  );
  if (outcome.kind !== 'received') throw new Error(`application was ${JSON.stringify(outcome)}`);
  return outcome.confirmation;
}

/** Two applications, one by the English form (jordan@example.com), one by the French (camille@example.ca). */
export async function applicationsInBothLanguages(
  storage: Storage,
  record: Opportunity,
): Promise<void> {
  for (const [email, locale] of [
    ['jordan@example.com', 'en'],
    ['camille@example.ca', 'fr'],
  ] as const) {
    const sent = await storage.applications.submit(
      record.id,
      anApplicationForm(record, { email }),
      locale,
    );
    expect(sent.kind).toBe('received');
  }
}

/** Marks every criterion of an application pass or fail, as the author. */
export async function evaluated(
  storage: Storage,
  record: Opportunity,
  confirmation: string,
  pass: boolean,
  by: Person = people.author,
): Promise<Opportunity> {
  return applied(
    storage,
    record.id,
    {
      kind: 'evaluate',
      application: confirmation,
      results: record.fields.evaluationCriteria.map(() => ({
        pass,
        rationale: pass ? 'Shows shipped work.' : 'No example given.',
      })),
    },
    by,
  );
}
