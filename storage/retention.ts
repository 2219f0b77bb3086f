import { odata, type TableClient } from '@azure/data-tables';
import { endedStates, identitiesDue, removalCutoff } from '../domain/retention';
import type { State } from '../domain/states';
import type { Tables } from './connection';
import { getOrNull, guard, statusOf } from './errors';
import { decodeKey, headRowKey } from './keys';
import { isNoticeRowKey } from './noticeRows';
import { confirmWithinMs, subscriberRow } from './subscriptionStore';

/**
 * The audit row of a removal, in the opportunity's partition beside its head and events: when,
 * under which period, and how many rows of each kind went. Never removed itself.
 */
export const removalRowKey = 'identitiesRemoved';

/** What one removal took from one opportunity. */
export interface IdentityRemoval {
  opportunityId: string;
  /** When the opportunity ended (its final state's start) and in which state. */
  endedAt: string;
  endedIn: State;
  /** Applicant rows (name, business name, e-mail, language), one per application. */
  applicants: number;
  /** Askers' rows (e-mail, language), one per question. */
  askers: number;
  /** E-mails to applicants and askers, sent or not, each holding an address. */
  notices: number;
}

export interface RetentionReport {
  removals: IdentityRemoval[];
  /** Subscription requests never confirmed, whose link has expired. */
  subscriptionRequests: number;
}

type Row = Record<string, unknown> & { partitionKey: string; rowKey: string; etag?: string };

async function rowsOf(table: TableClient, filter: string): Promise<Row[]> {
  return guard(async () => {
    const rows: Row[] = [];
    for await (const row of table.listEntities<Row>({
      queryOptions: { filter, select: ['PartitionKey', 'RowKey'] },
    }))
      rows.push(row);
    return rows;
  });
}

/** Deletes a row as read; one already gone (another server, an earlier run) is fine. */
async function remove(table: TableClient, row: Row): Promise<void> {
  try {
    await guard(() => table.deleteEntity(row.partitionKey, row.rowKey));
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}

/**
 * Removes suppliers' identities a set time after their opportunity ended (docs/storage.md,
 * "Retention"): the applicants (name, business name, e-mail), the askers of questions (e-mail)
 * and the e-mails queued or sent to either, each opportunity once, audited by a row beside its
 * events that is written before anything goes and marked complete after. Nothing of the public
 * record or the audit trail is touched: the head, the events and their chain, the answers (by
 * confirmation number), the draw's secret, withdrawals and the questions stay, so the draw still
 * verifies. Also removes subscription requests never confirmed once their link has expired.
 * Idempotent and safe on several servers at once: a removal marked complete is skipped, and one
 * interrupted is finished by the next run.
 */
export class IdentityRetention {
  constructor(
    private readonly clients: Tables['clients'],
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async run(retentionDays: number): Promise<RetentionReport> {
    const now = this.clock();
    const removals: IdentityRemoval[] = [];
    for (const head of await this.endedHeads(now, retentionDays)) {
      const removal = await this.removeFrom(head, now, retentionDays);
      if (removal) removals.push(removal);
    }
    return { removals, subscriptionRequests: await this.expiredRequests(now) };
  }

  /** The heads of opportunities that ended at least `days` ago. */
  private async endedHeads(
    now: Date,
    days: number,
  ): Promise<{ partitionKey: string; state: State; stateSince: string }[]> {
    const cutoff = removalCutoff(now, days);
    const heads = [];
    for (const state of endedStates) {
      const filter = odata`RowKey eq ${headRowKey} and state eq ${state} and stateSince le ${cutoff}`;
      const rows = await guard(async () => {
        const found: Row[] = [];
        for await (const row of this.clients.opportunities.listEntities<Row>({
          queryOptions: { filter, select: ['PartitionKey', 'state', 'stateSince'] },
        }))
          found.push(row);
        return found;
      });
      for (const row of rows) {
        const head = {
          partitionKey: row.partitionKey,
          state: row.state as State,
          stateSince: String(row.stateSince),
        };
        if (identitiesDue(head, now, days)) heads.push(head);
      }
    }
    return heads;
  }

  private async removeFrom(
    head: { partitionKey: string; state: State; stateSince: string },
    now: Date,
    retentionDays: number,
  ): Promise<IdentityRemoval | null> {
    const { opportunities, applicants, askers } = this.clients;
    const pk = head.partitionKey;
    const audit = await getOrNull<Row>(opportunities, pk, removalRowKey);
    if (audit?.completedAt) return null;
    const inPartition = odata`PartitionKey eq ${pk}`;
    const applicantRows = await rowsOf(applicants, inPartition);
    const askerRows = await rowsOf(askers, inPartition);
    const noticeRows = (
      await rowsOf(
        opportunities,
        odata`PartitionKey eq ${pk} and RowKey ge ${'notice-'} and RowKey lt ${'notice.'}`,
      )
    ).filter((row) => isNoticeRowKey(row.rowKey));
    const removal: IdentityRemoval = {
      opportunityId: decodeKey(pk),
      endedAt: head.stateSince,
      endedIn: head.state,
      applicants: applicantRows.filter((row) => !isNoticeRowKey(row.rowKey)).length,
      askers: askerRows.length,
      notices: noticeRows.length + applicantRows.filter((row) => isNoticeRowKey(row.rowKey)).length,
    };
    if (!audit) {
      try {
        // Written first: whatever happens next, the removal is on record.
        await guard(() =>
          opportunities.createEntity({
            partitionKey: pk,
            rowKey: removalRowKey,
            at: now.toISOString(),
            retentionDays,
            ...removal,
          }),
        );
      } catch (error) {
        // Another server began the same removal: finishing it with them is harmless.
        if (statusOf(error) !== 409) throw error;
      }
    }
    for (const row of applicantRows) await remove(applicants, row);
    for (const row of askerRows) await remove(askers, row);
    for (const row of noticeRows) await remove(opportunities, row);
    await guard(() =>
      opportunities.updateEntity(
        { partitionKey: pk, rowKey: removalRowKey, completedAt: this.clock().toISOString() },
        'Merge',
      ),
    );
    return audit ? null : removal;
  }

  /** Subscription requests never confirmed whose link has expired, and the e-mails queued with them. */
  private async expiredRequests(now: Date): Promise<number> {
    const { subscribers } = this.clients;
    const before = new Date(now.getTime() - confirmWithinMs).toISOString();
    const filter = odata`RowKey eq ${subscriberRow} and status eq ${'pending'} and pendingSince lt ${before}`;
    const expired = await guard(async () => {
      const rows: Row[] = [];
      for await (const row of subscribers.listEntities<Row>({ queryOptions: { filter } }))
        rows.push(row);
      return rows;
    });
    let removed = 0;
    for (const request of expired) {
      try {
        // As read: a request renewed since keeps its row.
        await guard(() =>
          subscribers.deleteEntity(request.partitionKey, request.rowKey, { etag: request.etag }),
        );
      } catch (error) {
        const status = statusOf(error);
        if (status === 412) continue;
        if (status !== 404) throw error;
      }
      removed++;
      for (const row of await rowsOf(subscribers, odata`PartitionKey eq ${request.partitionKey}`))
        await remove(subscribers, row);
    }
    return removed;
  }
}
