import { blockedCardholder } from '../../domain/blockedCardholder';
import type { Opportunity } from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import { isState } from '../../domain/states';
import { canListAll, mayRead } from '../../domain/permissions';
import { StorageUnavailable } from '../../storage/errors';
import type { ListQuery } from '../../storage/opportunityQueries';
import type { Storage } from '../../storage/storage';
import type { PersonContext } from './guard';
import { readJsonBody } from '../../runtime/http';
import { sendOutcome } from './outcomes';
import { fail, failBody, replyAs } from './respond';
import { listItem } from './views';

export const listViews = ['mine', 'inbox', 'all'] as const;
type ListView = (typeof listViews)[number];

/** GET /api/opportunities?view=mine|inbox|all&state=…&size=…&continuationToken=… */
export function listOpportunities(storage: Storage) {
  return async (context: PersonContext): Promise<void> => {
    const { res, url, person, actor } = context;
    const params = url.searchParams;
    const view = (params.get('view') ?? 'mine') as ListView;
    const state = params.get('state');
    const size = Number(params.get('size') ?? 25);
    const token = params.get('continuationToken') ?? undefined;
    if (
      !listViews.includes(view) ||
      (state !== null && !isState(state)) ||
      !Number.isInteger(size) ||
      size < 1 ||
      size > 100 ||
      (token !== undefined && token.length > 2_000)
    ) {
      fail(res, 400, 'invalidQuery', 'tab.api.invalidQuery');
      return;
    }
    if (view === 'all' && !canListAll(actor)) {
      fail(res, 403, 'forbidden', 'tab.api.forbidden');
      return;
    }
    const query: ListQuery =
      view === 'mine'
        ? { kind: 'author', personId: person.id }
        : view === 'inbox'
          ? {
              kind: 'awaiting',
              person,
              principals: actor.kind === 'person' ? (actor.deputyFor ?? []).map((p) => p.id) : [],
            }
          : state !== null && isState(state)
            ? { kind: 'state', state }
            : { kind: 'all' };
    let page;
    try {
      page = await storage.opportunities.list(query, { size, continuationToken: token });
    } catch (error) {
      // A token that is not one of ours makes the SDK fail on decoding: the caller's mistake.
      if (token !== undefined && !(error instanceof StorageUnavailable))
        return fail(res, 400, 'invalidQuery', 'tab.api.invalidQuery');
      throw error;
    }
    const shown = page.items
      .filter((record) => mayRead(record, actor))
      .filter((record) => state === null || record.state === state);
    const cardholders = await namedCardholders(storage, shown);
    const items = shown.map((record) =>
      listItem(
        record,
        actor,
        blockedCardholder(record, cardholders.get(record.fields.cardholderId ?? '') ?? null) !==
          null,
      ),
    );
    replyAs('GET /api/opportunities', res, 200, {
      view,
      items,
      continuationToken: page.continuationToken ?? null,
    });
  };
}

/** POST /api/opportunities: a new draft from the fields given (may be empty). */
export function createOpportunity(storage: Storage, bodyLimit: number) {
  return async (context: PersonContext): Promise<void> => {
    const body = await readJsonBody(context.req, bodyLimit);
    if (!body.ok) return failBody(context.res, body);
    const key = context.req.headers['idempotency-key'];
    const outcome = await storage.opportunities.create(context.actor, body.value, {
      idempotencyKey: typeof key === 'string' && key.length <= 100 ? key : undefined,
    });
    sendOutcome('POST /api/opportunities', context.res, outcome, context.actor, 201);
  };
}

/** The cardholders the funds wait for on these records, as stored, each read once. */
async function namedCardholders(
  storage: Storage,
  records: readonly Opportunity[],
): Promise<Map<string, Person | null>> {
  const ids = new Set(
    records.flatMap((r) =>
      r.state === 'awaitingFunds' && r.fields.cardholderId ? [r.fields.cardholderId] : [],
    ),
  );
  const found = await Promise.all([...ids].map(async (id) => [id, await storage.people.get(id)]));
  return new Map(found as Array<[string, Person | null]>);
}
