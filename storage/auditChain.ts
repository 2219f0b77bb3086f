import { createHash } from 'node:crypto';
import type { AuditEvent } from '../domain/events';
import { canonicalJson } from './opportunityEntities';

/**
 * The tamper-evident audit chain of one opportunity: each event row carries the hash of the
 * event before it (`prevHash`) and its own (`hash` = SHA-256 of `prevHash`, a newline and the
 * event as canonical JSON); the head row carries the latest (`chainHead`) and the version the
 * chain starts at (`chainStart`: 1, or the first change after the chain was introduced, for
 * records written before it, whose earlier events are left as they were).
 */
export interface ChainLink {
  prevHash: string;
  hash: string;
}

export interface ChainState {
  /** The hash of the latest event; '' before the first chained event. */
  head: string;
  /** The version of the first chained event. */
  start: number;
}

/** The hash the first chained event follows. */
export const chainGenesis = '';

export function eventHash(prevHash: string, event: AuditEvent): string {
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalJson(event)}`)
    .digest('hex');
}

/** The link of `event` after `chain` (null: the record was stored before the chain) and the chain after it. */
export function extend(
  chain: ChainState | null,
  event: AuditEvent,
): { link: ChainLink; chain: ChainState } {
  const prevHash = chain?.head ?? chainGenesis;
  const hash = eventHash(prevHash, event);
  return { link: { prevHash, hash }, chain: { head: hash, start: chain?.start ?? event.version } };
}

/** The chain columns of a head row; null for a head written before the chain. */
export function readChain(entity: Record<string, unknown>): ChainState | null {
  return typeof entity.chainHead === 'string' && typeof entity.chainStart === 'number'
    ? { head: entity.chainHead, start: entity.chainStart }
    : null;
}

/**
 * The chain head as the public data publishes it: anyone who keeps a copy can later ask whether
 * event `version` of the stored history still has this hash (`npm run verify-audit -- --published`).
 */
export interface PublishedChain {
  opportunityId: string;
  /** The record's version: the event whose hash `head` is. */
  version: number;
  /** The version the chain starts at (earlier events were stored before the chain). */
  start: number;
  head: string;
}

export function publishedChain(
  opportunityId: string,
  version: number,
  chain: ChainState | null | undefined,
): PublishedChain | null {
  return chain && chain.start <= version
    ? { opportunityId, version, start: chain.start, head: chain.head }
    : null;
}
