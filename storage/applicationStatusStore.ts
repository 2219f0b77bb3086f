import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import {
  applicationWithdrawn,
  mayWithdraw,
  parseApplicationNumber,
  standingOf,
  type ApplicationStanding,
} from '../domain/applicationStatus';
import { normaliseEmail } from '../domain/email';
import type { Locale } from '../domain/locale';
import type { Opportunity } from '../domain/opportunity';
import { supplierKey } from './applicationStore';
import { assertEntityFits } from './entityLimits';
import { getOrNull, guard, statusOf } from './errors';
import { encodeKey, headRowKey } from './keys';
import { noticeEntity } from './noticeRows';
import type { Snapshot } from './opportunityQueries';
import type { OpportunityStore } from './opportunityStore';

/** A withdrawal's row, beside the opportunity's head and events: one per application, ever. */
const withdrawalPrefix = 'withdrawn-';

export function withdrawalRowKey(confirmation: string): string {
  return `${withdrawalPrefix}${confirmation}`;
}

/** The applications withdrawn from an opportunity: closing leaves them out of evaluation and the draw. */
export async function withdrawnApplications(
  opportunities: TableClient,
  opportunityId: string,
): Promise<Set<string>> {
  return guard(async () => {
    const filter = odata`PartitionKey eq ${encodeKey(opportunityId)} and RowKey ge ${withdrawalPrefix} and RowKey lt ${'withdrawn.'}`;
    const found = new Set<string>();
    for await (const row of opportunities.listEntities<{ confirmation?: unknown }>({
      queryOptions: { filter, select: ['confirmation'] },
    }))
      if (typeof row.confirmation === 'string') found.add(row.confirmation);
    return found;
  });
}

/** An application as its supplier sees it on the status page. */
export interface ApplicationStatus {
  record: Opportunity;
  confirmation: string;
  receivedAt: string;
  withdrawnAt: string | null;
  standing: ApplicationStanding;
  /** Whether the supplier may still withdraw it (the opportunity is open). */
  withdrawable: boolean;
}

export type WithdrawOutcome =
  | { kind: 'withdrawn'; status: ApplicationStatus }
  | { kind: 'alreadyWithdrawn'; status: ApplicationStatus }
  /** The opportunity no longer takes applications: nothing changed. */
  | { kind: 'closed'; status: ApplicationStatus }
  /** No application has this number and address (the same answer whichever of the two is wrong). */
  | { kind: 'notFound' };

/** What an unreadable number is looked up as, so that every lookup does the same reads. */
const nowhere = { opportunityId: 'MA-0000-0000', confirmation: '00000000' };

const fingerprint = (confirmation: string, email: string) =>
  createHash('sha256')
    .update(`${confirmation}\n${normaliseEmail(email).toLowerCase()}`)
    .digest();

/**
 * The supplier's side of an application: its status, found by the confirmation number and the
 * e-mail address together, and its withdrawal before closing.
 *
 * A wrong number and a wrong address must be indistinguishable: every lookup reads the same three
 * rows (the head, the applicant row of that address, the withdrawal row of that number), whether
 * the number is readable or not, and compares one hash of (number, address) with the stored one in
 * constant time; a missing applicant row is compared against a random hash.
 *
 * A withdrawal is written in the opportunity's partition, in one transaction guarded by the head's
 * ETag: the withdrawal row (its audit event: which application, when), the confirmation e-mail to
 * the supplier, and a touch of the head. Closing is written against the head's ETag too, so a
 * withdrawal and the close cannot cross: whichever lands second is retried against the other.
 */
export class ApplicationStatusStore {
  constructor(
    private readonly opportunitiesTable: TableClient,
    private readonly applicantsTable: TableClient,
    private readonly opportunities: OpportunityStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async status(number: unknown, email: unknown): Promise<ApplicationStatus | null> {
    return (await this.find(number, email))?.status ?? null;
  }

  async withdraw(number: unknown, email: unknown): Promise<WithdrawOutcome> {
    // A write lost to a concurrent change (a close, an addendum) is decided again on the new head.
    for (let attempt = 0; attempt < 5; attempt++) {
      const found = await this.find(number, email);
      if (!found) return { kind: 'notFound' };
      const { status, snapshot, to, language } = found;
      if (status.withdrawnAt) return { kind: 'alreadyWithdrawn', status };
      const now = this.clock();
      if (!mayWithdraw(status.record, now)) return { kind: 'closed', status };
      const at = now.toISOString();
      const partitionKey = encodeKey(status.record.id);
      const withdrawal = {
        partitionKey,
        rowKey: withdrawalRowKey(status.confirmation),
        confirmation: status.confirmation,
        at,
        // The head's version when it was withdrawn: where it sits among the opportunity's events.
        atVersion: status.record.version,
      };
      const notice = noticeEntity(
        partitionKey,
        applicationWithdrawn(
          status.record,
          { to, confirmation: status.confirmation, at },
          language,
        ),
        now,
      );
      assertEntityFits(notice);
      try {
        await guard(() =>
          this.opportunitiesTable.submitTransaction([
            [
              'update',
              { partitionKey, rowKey: headRowKey, lastWithdrawalAt: at },
              'Merge',
              { etag: snapshot.etag },
            ],
            ['create', withdrawal],
            ['create', notice],
          ]),
        );
      } catch (error) {
        const code = statusOf(error);
        if (code === 412 || code === 409) continue;
        throw error;
      }
      return {
        kind: 'withdrawn',
        status: { ...status, withdrawnAt: at, standing: 'withdrawn', withdrawable: false },
      };
    }
    throw new Error('a withdrawal kept losing to concurrent changes of its opportunity');
  }

  private async find(number: unknown, emailInput: unknown) {
    const parsed = parseApplicationNumber(number);
    const { opportunityId, confirmation } = parsed ?? nowhere;
    const email = typeof emailInput === 'string' ? emailInput.slice(0, 320) : '';
    const partitionKey = encodeKey(opportunityId);
    const [snapshot, applicant, withdrawal] = await Promise.all([
      this.opportunities.read(opportunityId),
      getOrNull<Record<string, unknown>>(this.applicantsTable, partitionKey, supplierKey(email)),
      getOrNull<Record<string, unknown>>(
        this.opportunitiesTable,
        partitionKey,
        withdrawalRowKey(confirmation),
      ),
    ]);
    const stored =
      applicant && typeof applicant.email === 'string' && typeof applicant.confirmation === 'string'
        ? fingerprint(applicant.confirmation, applicant.email)
        : randomBytes(32);
    const same = timingSafeEqual(stored, fingerprint(confirmation, email));
    if (!same || !parsed || !applicant || !snapshot?.record.postedAt) return null;
    const record = snapshot.record;
    const withdrawnAt = typeof withdrawal?.at === 'string' ? withdrawal.at : null;
    const status: ApplicationStatus = {
      record,
      confirmation,
      receivedAt: String(applicant.receivedAt ?? ''),
      withdrawnAt,
      standing: standingOf(record, confirmation, withdrawnAt !== null),
      withdrawable: withdrawnAt === null && mayWithdraw(record, this.clock()),
    };
    const language: Locale = applicant.language === 'fr' ? 'fr' : 'en';
    return { status, snapshot: snapshot as Snapshot, to: String(applicant.email), language };
  }
}
