import type { NoticeKind, NoticeLanguage } from './notices';

/** Where a notice is in the outbox (`storage/noticeOutbox.ts`). */
export type NoticeStatus = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * What went wrong with a notice, if anything: GC Notify refused it for good (a 4xx), it was given
 * up after every try, what it confirms was never stored, the last try failed and it waits for the
 * next, or GC Notify took it but reported that it could not be delivered.
 */
export type NoticeProblem = 'refused' | 'gaveUp' | 'notStored' | 'retrying' | 'undelivered';

/** One notice as the tab shows it: never its address, subject, body or confirmation number. */
export interface NoticeRow {
  kind: NoticeKind;
  language: NoticeLanguage;
  status: NoticeStatus;
  attempts: number;
  /** Null while the applicant is anonymous (a receipt's time is when they applied). */
  createdAt: string | null;
  sentAt: string | null;
  /** GC Notify's last word on delivery (`delivered`, `permanent-failure`…) and when. */
  delivery: { status: string; at: string | null } | null;
  /** What went wrong and GC Notify's reason (an HTTP status and its error), without any address. */
  problem: { kind: NoticeProblem; reason: string } | null;
}

/** How the notices of one kind stand: "Results — did not pass: 3 sent, 2 delivered, 1 failed". */
export interface NoticeGroup {
  kind: NoticeKind;
  total: number;
  /** `queued`: pending or being sent; `undelivered`: sent, then reported undeliverable. */
  counts: Record<'queued' | 'sent' | 'failed' | 'delivered' | 'undelivered', number>;
}

/** The order the groups are listed in: the order things happen to an opportunity. */
const order: Record<NoticeKind, number> = {
  applicationReceived: 0,
  questionAnswered: 1,
  addendumPublished: 2,
  closingExtended: 3,
  applicationWithdrawn: 3.5,
  applicationsClosed: 4,
  resultSelected: 5,
  resultNotDrawn: 6,
  resultNotPassed: 7,
  opportunityCancelled: 8,
  paymentRecorded: 9,
  // Sent to subscribers, from their own partitions: never among an opportunity's notices.
  subscriptionConfirm: 10,
  opportunityPosted: 11,
};

export const noticeKindsInOrder = (Object.keys(order) as NoticeKind[]).sort(
  (a, b) => order[a] - order[b],
);

/** Whether a row needs the author's attention: failed for good, or not delivered. */
export function needsAttention(row: Pick<NoticeRow, 'status' | 'problem'>): boolean {
  return row.status === 'failed' || row.problem?.kind === 'undelivered';
}

/** One group per kind that has notices, in `noticeKindsInOrder`, with its counts by status. */
export function groupNotices(rows: readonly NoticeRow[]): NoticeGroup[] {
  const groups = new Map<NoticeKind, NoticeGroup>();
  for (const row of rows) {
    const group = groups.get(row.kind) ?? {
      kind: row.kind,
      total: 0,
      counts: { queued: 0, sent: 0, failed: 0, delivered: 0, undelivered: 0 },
    };
    group.total++;
    if (row.status === 'pending' || row.status === 'sending') group.counts.queued++;
    else group.counts[row.status]++;
    if (row.delivery?.status === 'delivered') group.counts.delivered++;
    else if (row.delivery) group.counts.undelivered++;
    groups.set(row.kind, group);
  }
  return [...groups.values()].sort((a, b) => order[a.kind] - order[b.kind]);
}
