import { replay, type AuditEvent } from '../../domain/events';
import type { Opportunity } from '../../domain/opportunity';
import type { Storage } from '../../storage/storage';

/** JSON with object keys sorted: two records are equal whatever order their fields were set in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Every head row equals the record its events rebuild, and versions run 1..n without gaps:
 * no half-written change, no lost or duplicated event. Returns what disagrees. `onTrail` sees
 * every head with its events, for checks of its own without reading them again.
 */
export async function reconcile(
  storage: Storage,
  onTrail?: (head: Opportunity, events: AuditEvent[]) => void,
): Promise<string[]> {
  const problems: string[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await storage.opportunities.list(
      { kind: 'all' },
      { size: 100, continuationToken },
    );
    for (const head of page.items) {
      const events = await storage.opportunities.events(head.id);
      onTrail?.(head, events);
      const versions = events.map((e) => e.version).join(',');
      const expected = events.map((_, i) => i + 1).join(',');
      if (versions !== expected) problems.push(`${head.id}: event versions ${versions}`);
      if (canonical(replay(events)) !== canonical(head))
        problems.push(`${head.id}: head differs from its events`);
    }
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return problems;
}
