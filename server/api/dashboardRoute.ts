import type { Opportunity } from '../../domain/opportunity';
import { hasRole } from '../../domain/people';
import type { Storage } from '../../storage/storage';
import { dashboardFigures, stepOf, type TrailStep } from './dashboardFigures';
import type { PersonContext } from './guard';
import { fail, reply } from './respond';

/**
 * Trails by opportunity and the version they were read at. A trail only grows with the version,
 * so a later call reads the trails of changed opportunities only (one instance's memory; a
 * restart or another instance simply reads them again).
 */
type TrailCache = Map<string, { version: number; steps: TrailStep[] }>;

async function everything(
  storage: Storage,
  cache: TrailCache,
): Promise<Array<{ record: Opportunity; events: TrailStep[] }>> {
  const records: Opportunity[] = [];
  let token: string | undefined;
  do {
    const page = await storage.opportunities.list(
      { kind: 'all' },
      { size: 100, continuationToken: token },
    );
    records.push(...page.items);
    token = page.continuationToken;
  } while (token);
  const changed = records.filter((r) => cache.get(r.id)?.version !== r.version);
  const inFlight = 16;
  for (let i = 0; i < changed.length; i += inFlight) {
    const batch = changed.slice(i, i + inFlight);
    const trails = await Promise.all(batch.map((r) => storage.opportunities.events(r.id)));
    batch.forEach((record, j) =>
      cache.set(record.id, { version: record.version, steps: trails[j]!.map(stepOf) }),
    );
  }
  return records.map((record) => ({ record, events: cache.get(record.id)!.steps }));
}

/** GET /api/dashboard?thresholdDays=5: managers' (and admins') figures for the fiscal year. */
export function dashboardRoute(storage: Storage, clock: () => Date) {
  const cache: TrailCache = new Map();
  return async (context: PersonContext): Promise<void> => {
    const { res, url, actor } = context;
    if (!hasRole(actor, 'manager') && !hasRole(actor, 'admin'))
      return fail(res, 403, 'forbidden', 'tab.api.dashboardForbidden');
    const threshold = Number(url.searchParams.get('thresholdDays') ?? 5);
    if (!Number.isInteger(threshold) || threshold < 0 || threshold > 365)
      return fail(res, 400, 'invalidQuery', 'tab.api.invalidQuery');
    reply(res, 200, dashboardFigures(await everything(storage, cache), clock(), threshold));
  };
}
