import type { TableClient } from '@azure/data-tables';
import { replay, type AuditEvent } from '../domain/events';
import { chainGenesis, eventHash, readChain } from './auditChain';
import { decodeKey, eventRowKey, eventRowsFrom, headRowKey } from './keys';
import { canonicalJson, lacksStages, readEvent, readHead } from './opportunityEntities';

/** The first thing found wrong in one opportunity's stored history. */
export interface AuditBreak {
  opportunityId: string;
  /** The event row where the history breaks; absent when it is the head row. */
  version?: number;
  problem: string;
}

export interface AuditReport {
  opportunities: number;
  events: number;
  /** Opportunities stored before the chain: their events before `chainStart` are not chained. */
  unchainedEvents: number;
  breaks: AuditBreak[];
}

type Row = Record<string, unknown>;

/** The first break in one opportunity's head and events, or null when they agree. */
export function firstBreak(
  opportunityId: string,
  head: Row | null,
  events: readonly Row[],
): AuditBreak | null {
  const at = (version: number, problem: string): AuditBreak => ({
    opportunityId,
    version,
    problem,
  });
  const sorted = [...events].sort((a, b) => String(a.rowKey).localeCompare(String(b.rowKey)));
  const chain = head ? readChain(head) : null;
  const replayed: AuditEvent[] = [];
  let previous = chainGenesis;
  for (const [index, row] of sorted.entries()) {
    const version = index + 1;
    if (row.rowKey !== eventRowKey(version)) return at(version, `event ${version} is missing`);
    let event: AuditEvent;
    try {
      event = readEvent(row);
    } catch {
      return at(version, 'the event cannot be read');
    }
    if (event.version !== version || event.opportunityId !== opportunityId)
      return at(version, `the row holds event ${event.version} of ${event.opportunityId}`);
    replayed.push(event);
    const chained = chain !== null && version >= chain.start;
    if (!chained) {
      if (row.hash !== undefined) return at(version, 'a chained event before the chain starts');
      continue;
    }
    if (row.prevHash !== previous)
      return at(
        version,
        version === chain.start
          ? 'the chain does not start here'
          : `it does not follow event ${version - 1} (prevHash)`,
      );
    if (row.hash !== eventHash(previous, event))
      return at(version, 'its content does not match its hash: the event was changed');
    previous = String(row.hash);
  }
  const last = sorted.length;
  if (!head) return { opportunityId, problem: `events without a head row` };
  if (events.some((row) => row.hash !== undefined) && !chain)
    return { opportunityId, problem: 'the head row lost its chain (chainHead, chainStart)' };
  let record;
  try {
    record = readHead(head).record;
  } catch {
    return { opportunityId, problem: 'the head row cannot be read' };
  }
  if (record.version !== last)
    return {
      opportunityId,
      problem: `the head is at version ${record.version}, the events end at ${last}`,
    };
  if (chain && chain.start <= last && chain.head !== previous)
    return { opportunityId, problem: 'the head names another latest event (chainHead)' };
  const fromEvents = replay(replayed);
  // Heads stored before they kept their stages are filled from the events when read.
  const compared = lacksStages(record) ? { ...fromEvents, stages: undefined } : fromEvents;
  const stored = lacksStages(record) ? { ...record, stages: undefined } : record;
  if (canonicalJson(stored) !== canonicalJson(compared))
    return { opportunityId, problem: 'the head differs from its replayed events' };
  return null;
}

/**
 * Checks every opportunity: its events run 1…N without a gap, each chained event follows the one
 * before and matches its hash, the head names the latest and equals its events replayed.
 * Reads the table once, partition by partition.
 */
export async function verifyAudit(
  table: TableClient,
  progress?: (checked: number) => void,
): Promise<AuditReport> {
  const report: AuditReport = { opportunities: 0, events: 0, unchainedEvents: 0, breaks: [] };
  let partition: string | null = null;
  let head: Row | null = null;
  let events: Row[] = [];
  const finish = () => {
    if (partition === null) return;
    report.opportunities++;
    report.events += events.length;
    const chain = head ? readChain(head) : null;
    report.unchainedEvents += chain ? Math.min(chain.start - 1, events.length) : events.length;
    const found = firstBreak(decodeKey(partition), head, events);
    if (found) report.breaks.push(found);
    if (report.opportunities % 1_000 === 0) progress?.(report.opportunities);
  };
  for await (const page of table.listEntities<Row>().byPage({ maxPageSize: 1_000 }))
    for (const row of page) {
      if (row.partitionKey !== partition) {
        finish();
        partition = String(row.partitionKey);
        head = null;
        events = [];
      }
      if (row.rowKey === headRowKey) head = row;
      else if (String(row.rowKey).startsWith(eventRowsFrom)) events.push(row);
    }
  finish();
  return report;
}
