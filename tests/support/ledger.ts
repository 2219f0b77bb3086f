import type { AuditEvent } from '../../domain/events';
import type { Storage } from '../../storage/storage';
import type { Acknowledged } from './loadClient';
import { reconcile } from './reconcile';

export interface LedgerCheck {
  /** Lost, duplicated or half-written changes; empty when the log and the answers agree. */
  problems: string[];
  acknowledged: number;
  events: number;
  /** Events no acknowledged action accounts for: a change applied twice, or an answer lost. */
  unacknowledged: string[];
}

/**
 * Every change the server acknowledged is in the audit log at the version it said, by the person
 * who made it, once; every head agrees with its events (`reconcile`); and whatever the log holds
 * beyond the acknowledged changes is listed.
 */
export async function checkLedger(
  storage: Storage,
  acknowledged: readonly Acknowledged[],
): Promise<LedgerCheck> {
  const trails = new Map<string, AuditEvent[]>();
  const problems = await reconcile(storage, (head, events) => trails.set(head.id, events));
  const claimed = new Set<string>();
  for (const a of acknowledged) {
    const key = `${a.id} v${a.version}`;
    if (claimed.has(key)) problems.push(`${key}: acknowledged twice (${a.op})`);
    claimed.add(key);
    const event = trails.get(a.id)?.[a.version - 1];
    if (!event) {
      problems.push(`${key} ${a.kind} by ${a.actorId} (${a.op}): acknowledged, not in the log`);
    } else if (event.details.kind !== a.kind || event.actorId !== a.actorId) {
      problems.push(
        `${key}: acknowledged ${a.kind} by ${a.actorId} (${a.op}), the log has ${event.details.kind} by ${event.actorId}`,
      );
    }
  }
  const unacknowledged: string[] = [];
  let events = 0;
  for (const [id, trail] of trails) {
    for (const e of trail) {
      events++;
      if (!claimed.has(`${id} v${e.version}`))
        unacknowledged.push(`${id} v${e.version} ${e.details.kind} by ${e.actorId}`);
    }
  }
  return { problems, acknowledged: acknowledged.length, events, unacknowledged };
}
