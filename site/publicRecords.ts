import type { AuditEvent } from '../domain/events';
import type { Opportunity } from '../domain/opportunity';
import type { State } from '../domain/states';
import type { Storage } from '../storage/storage';
import { isPublic } from './publicView';

/** States an opportunity can be in once posted; cancelled ones count only if they were posted. */
const publicStates: State[] = [
  'posted',
  'evaluating',
  'awarded',
  'delivered',
  'accepted',
  'paid',
  'cancelled',
];

/** Every opportunity the public page shows, read page by page from storage. */
export async function loadPublicRecords(storage: Storage): Promise<Opportunity[]> {
  const records: Opportunity[] = [];
  for (const state of publicStates) {
    let continuationToken: string | undefined;
    do {
      const page = await storage.opportunities.list(
        { kind: 'state', state },
        { size: 100, continuationToken },
      );
      records.push(...page.items.filter(isPublic));
      continuationToken = page.continuationToken;
    } while (continuationToken);
  }
  return records;
}

/**
 * The audit trails of opportunities past posting, so that closing and award are dated exactly in
 * the open data (an open opportunity's dates are all on its record).
 */
export async function loadPublicEvents(
  storage: Storage,
  records: readonly Opportunity[],
): Promise<Map<string, AuditEvent[]>> {
  const events = new Map<string, AuditEvent[]>();
  for (const r of records)
    if (r.state !== 'posted') events.set(r.id, await storage.opportunities.events(r.id));
  return events;
}
