import type { AuditEvent } from '../domain/events';
import type { Opportunity } from '../domain/opportunity';

import { publicStatus } from '../domain/publicStatus';

export { publicStatus, isPublic, mayBePublicIn, type PublicStatus } from '../domain/publicStatus';

/** The work, once accepted (FAA s.34): the pilot's site showed what suppliers delivered. */
export function deliveredWork(r: Opportunity): string | null {
  return r.acceptance && r.deliveryUrl ? r.deliveryUrl : null;
}

const aDay = 24 * 60 * 60 * 1000;

/** Whole days until closing, rounded up; 0 on the last day, null once closed. */
export function daysLeft(closingAt: string | null, now: Date): number | null {
  if (!closingAt) return null;
  const ms = Date.parse(closingAt) - now.getTime();
  return ms > 0 ? Math.floor(ms / aDay) : null;
}

/** A change the public can see, in the order it happened. */
export type Milestone =
  | { kind: 'posted'; at: string }
  | { kind: 'amended'; at: string; addenda: number }
  /** A supplier's question answered for everyone: `answers` published by then. */
  | { kind: 'answered'; at: string; answers: number }
  | { kind: 'closed'; at: string }
  | { kind: 'awarded'; at: string }
  | { kind: 'cancelled'; at: string };

/**
 * The public changes of an opportunity. With its audit events the dates are exact. From the
 * record alone (it keeps only when its current state began), closing is dated at the deadline,
 * and an award the record has moved past (delivered, accepted, paid) at the closing too: a
 * stable date in the right order, if early.
 */
export function milestones(record: Opportunity, events?: readonly AuditEvent[]): Milestone[] {
  const status = publicStatus(record);
  if (!status || !record.postedAt) return [];
  const at = (kind: AuditEvent['details']['kind'], fallback: string) =>
    events?.find((e) => e.details.kind === kind)?.at ?? fallback;
  // Addenda and answers both come while posted, each in the order it was stored.
  const whilePosted: Milestone[] = [
    ...record.addenda.map((a, i): Milestone => ({ kind: 'amended', at: a.at, addenda: i + 1 })),
    ...record.answers.map((a, i): Milestone => ({ kind: 'answered', at: a.at, answers: i + 1 })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const list: Milestone[] = [{ kind: 'posted', at: record.postedAt }, ...whilePosted];
  const reached = (state: string) => events?.some((e) => e.to === state);
  const closedAt = at('close', record.fields.closingAt ?? record.stateSince);
  if (status === 'closed' || status === 'awarded' || reached('evaluating'))
    list.push({ kind: 'closed', at: closedAt });
  if (status === 'awarded' || reached('awarded')) {
    list.push({
      kind: 'awarded',
      at:
        record.awardedAt ?? at('award', record.state === 'awarded' ? record.stateSince : closedAt),
    });
  }
  if (status === 'cancelled') list.push({ kind: 'cancelled', at: record.stateSince });
  return list;
}

/** When the public last saw a change: the date feeds and open data give an opportunity. */
export function lastPublicChange(record: Opportunity, events?: readonly AuditEvent[]): string {
  const list = milestones(record, events);
  return list.length ? list[list.length - 1]!.at : record.updatedAt;
}
