import { replay } from '../../domain/events';
import type { Storage } from '../../storage/storage';

/**
 * Every head row equals the record its events rebuild, and versions run 1..n without gaps:
 * no half-written change, no lost or duplicated event. Returns what disagrees.
 */
export async function reconcile(storage: Storage): Promise<string[]> {
  const problems: string[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await storage.opportunities.list(
      { kind: 'all' },
      { size: 100, continuationToken },
    );
    for (const head of page.items) {
      const events = await storage.opportunities.events(head.id);
      const versions = events.map((e) => e.version).join(',');
      const expected = events.map((_, i) => i + 1).join(',');
      if (versions !== expected) problems.push(`${head.id}: event versions ${versions}`);
      if (JSON.stringify(replay(events)) !== JSON.stringify(head))
        problems.push(`${head.id}: head differs from its events`);
    }
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return problems;
}
