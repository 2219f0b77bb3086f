import { createHash, randomBytes, randomInt } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import {
  confirmationAlphabet,
  isConfirmationNumber,
  parseApplication,
  supplierKeyText,
  type ApplicantIdentity,
} from '../domain/applications';
import type { AwardFacts, ClosingFacts } from '../domain/decide';
import { drawCommitment } from '../domain/draw';
import type { Locale } from '../domain/locale';
import { applicationReceived } from '../domain/notices';
import type { Recipient } from '../domain/supplierAudience';
import { isOpportunityId, type Opportunity } from '../domain/opportunity';
import { applicationFormStates } from '../domain/transitions';
import type { Problem } from '../domain/problems';
import { assertEntityFits, chunkJson, unchunkJson } from './entityLimits';
import { getOrNull, guard, statusOf } from './errors';
import { encodeKey } from './keys';
import { isNoticeRowKey, noticeEntity } from './noticeRows';

export type SubmitOutcome =
  | { kind: 'received'; confirmation: string; receivedAt: string }
  | { kind: 'refused'; problems: Problem[] }
  | { kind: 'notFound' };

/** An application as the author evaluates it: a number and answers, nothing about who sent it. */
export interface ReceivedApplication {
  confirmation: string;
  receivedAt: string;
  answers: string[];
}

/** The supplier of the contract-splitting rule: a hash of the e-mail, so the rule holds no e-mail. */
export function supplierKey(email: string): string {
  return createHash('sha256').update(supplierKeyText(email)).digest('hex');
}

export function newConfirmationNumber(): string {
  return Array.from(
    { length: 8 },
    () => confirmationAlphabet[randomInt(confirmationAlphabet.length)],
  ).join('');
}

/**
 * Applications, in three tables so that no view can reach what it must not:
 * - `applications`: the answers, by confirmation number (what evaluation reads);
 * - `applicants`: who applied, one row per e-mail address, so a second application from the same
 *   address is refused (it would double that supplier's chance in the draw); beside it, in the same
 *   transaction, the receipt notice to that address (see NoticeOutbox);
 * - `drawsecrets`: the draw's secret, from closing until the award reveals it.
 */
export class ApplicationStore {
  constructor(
    private readonly answersTable: TableClient,
    private readonly applicantsTable: TableClient,
    private readonly secretsTable: TableClient,
    private readonly opportunity: (id: string) => Promise<Opportunity | null>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Checks an untrusted form against the opportunity as stored, then stores identity and answers
   * apart. The receipt, in the language of the form the supplier used, is queued with the identity.
   */
  async submit(
    opportunityId: string,
    input: Readonly<Record<string, unknown>>,
    language: Locale = 'en',
  ): Promise<SubmitOutcome> {
    const record = isOpportunityId(opportunityId) ? await this.opportunity(opportunityId) : null;
    if (!record || !applicationFormStates.includes(record.state)) {
      return { kind: 'notFound' };
    }
    const now = this.clock();
    const parsed = parseApplication(input, record, now);
    if (!parsed.ok) return { kind: 'refused', problems: parsed.error };
    const { identity, answers } = parsed.value;
    const partitionKey = encodeKey(opportunityId);
    const confirmation = newConfirmationNumber();
    const receivedAt = now.toISOString();
    const answersRow = {
      partitionKey,
      rowKey: confirmation,
      receivedAt,
      ...chunkJson('answers', answers),
    };
    // The form's limits keep any application far below an entity's size; this only guards them.
    assertEntityFits(answersRow);
    const applicantRow = {
      partitionKey,
      rowKey: supplierKey(identity.email),
      confirmation,
      receivedAt,
      name: identity.name,
      businessName: identity.businessName,
      email: identity.email,
      language,
    };
    const receipt = noticeEntity(
      partitionKey,
      applicationReceived(record, { to: identity.email, confirmation, answers }, language),
      now,
    );
    assertEntityFits(receipt);
    try {
      await guard(() =>
        this.applicantsTable.submitTransaction([
          ['create', applicantRow],
          ['create', receipt],
        ]),
      );
    } catch (error) {
      if (statusOf(error) === 409)
        return { kind: 'refused', problems: [{ field: 'email', code: 'alreadyApplied' }] };
      throw error;
    }
    try {
      await guard(() => this.answersTable.createEntity(answersRow));
    } catch (error) {
      // Without answers the identity would block a retry and the receipt would be false: take
      // both back, together, if storage lets us (the dispatcher also holds a receipt without answers).
      await this.applicantsTable
        .submitTransaction([
          ['delete', applicantRow],
          ['delete', receipt],
        ])
        .catch(() => undefined);
      throw error;
    }
    return { kind: 'received', confirmation, receivedAt };
  }

  /** The answers received for an opportunity, by confirmation number; no identity is read. */
  async received(opportunityId: string, before?: string): Promise<ReceivedApplication[]> {
    if (!isOpportunityId(opportunityId)) return [];
    const rows = await this.rows(this.answersTable, opportunityId);
    return rows
      .map((row) => ({
        confirmation: String(row.rowKey),
        receivedAt: String(row.receivedAt),
        answers: unchunkJson<string[]>('answers', row),
      }))
      .filter((a) => isConfirmationNumber(a.confirmation) && (!before || a.receivedAt < before))
      .sort((a, b) => (a.confirmation < b.confirmation ? -1 : 1));
  }

  /** Whether an application with this number was received for the opportunity. */
  async exists(opportunityId: string, confirmation: string): Promise<boolean> {
    if (!isOpportunityId(opportunityId) || !isConfirmationNumber(confirmation)) return false;
    return (await getOrNull(this.answersTable, encodeKey(opportunityId), confirmation)) !== null;
  }

  /** Who sent an application: only for the award, shown to the author and the cardholder. */
  async identity(opportunityId: string, confirmation: string): Promise<ApplicantIdentity | null> {
    const found = (await this.identities(opportunityId)).get(confirmation);
    return found
      ? { name: found.name, businessName: found.businessName, email: found.email }
      : null;
  }

  async identities(
    opportunityId: string,
  ): Promise<Map<string, ApplicantIdentity & { key: string }>> {
    if (!isOpportunityId(opportunityId)) return new Map();
    const rows = (await this.rows(this.applicantsTable, opportunityId)).filter(
      (row) => !isNoticeRowKey(row.rowKey),
    );
    return new Map(
      rows.map((row) => [
        String(row.confirmation),
        {
          name: String(row.name),
          businessName: String(row.businessName ?? ''),
          email: String(row.email),
          key: String(row.rowKey),
        },
      ]),
    );
  }

  /** Everyone who applied so far, to tell them of a change: an address and a language each. */
  async applicants(opportunityId: string): Promise<Recipient[]> {
    if (!isOpportunityId(opportunityId)) return [];
    return (await this.rows(this.applicantsTable, opportunityId))
      .filter((row) => !isNoticeRowKey(row.rowKey))
      .map((row) => ({
        email: String(row.email),
        language: row.language === 'fr' ? 'fr' : 'en',
        confirmation: String(row.confirmation),
        name: String(row.name ?? ''),
      }));
  }

  /** The draw's secret for an opportunity, made on first use; the same on every server after. */
  async drawSecret(opportunityId: string): Promise<string> {
    const partitionKey = encodeKey(opportunityId);
    const existing = await getOrNull<{ secret: string }>(this.secretsTable, partitionKey, 'draw');
    if (existing) return existing.secret;
    const secret = randomBytes(32).toString('hex');
    try {
      await guard(() => this.secretsTable.createEntity({ partitionKey, rowKey: 'draw', secret }));
      return secret;
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
      // Another server made it first: theirs is the one.
      const theirs = await getOrNull<{ secret: string }>(this.secretsTable, partitionKey, 'draw');
      if (!theirs) throw error;
      return theirs.secret;
    }
  }

  /** What closing fixes: the applications received in time, and the commitment to the draw's secret. */
  async closingFacts(record: Opportunity): Promise<ClosingFacts> {
    const [received, secret] = await Promise.all([
      this.received(record.id, record.fields.closingAt ?? undefined),
      this.drawSecret(record.id),
    ]);
    return {
      applications: received.map((a) => a.confirmation),
      drawCommitment: drawCommitment(secret),
    };
  }

  /** What the award needs beyond the record: the secret and, for the winner, a name and supplier key. */
  async awardFacts(record: Opportunity): Promise<Omit<AwardFacts, 'fundCentreAwards'>> {
    const [secret, identities] = await Promise.all([
      this.drawSecret(record.id),
      this.identities(record.id),
    ]);
    const suppliers: Record<string, { name: string; key: string }> = {};
    for (const [confirmation, who] of identities) {
      suppliers[confirmation] = { name: who.businessName || who.name, key: who.key };
    }
    return { secret, suppliers };
  }

  private async rows(
    table: TableClient,
    opportunityId: string,
  ): Promise<Record<string, unknown>[]> {
    return guard(async () => {
      const rows: Record<string, unknown>[] = [];
      const filter = odata`PartitionKey eq ${encodeKey(opportunityId)}`;
      for await (const row of table.listEntities<Record<string, unknown>>({
        queryOptions: { filter },
      })) {
        rows.push(row);
      }
      return rows;
    });
  }
}
