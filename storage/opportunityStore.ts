import { defaultMinPostingBusinessDays } from '../domain/postingPeriod';
import type { TableClient } from '@azure/data-tables';
import {
  createDraft,
  decide,
  type DecisionContext,
  type QuestionFacts,
  type Refusal,
} from '../domain/decide';
import type { AuditEvent, RefusedAttempt } from '../domain/events';
import type { Intent } from '../domain/intents';
import { emptyFields, formatOpportunityId, type Opportunity } from '../domain/opportunity';
import { parseFieldChanges } from '../domain/parseFields';
import { mayCreate } from '../domain/permissions';
import type { Actor } from '../domain/people';
import { statusOf } from './errors';
import { claimCreateKey, OpportunityNumbers, type Counters } from './counters';
import {
  idempotencyToken,
  recallKey,
  requestFingerprint,
  sameRequest,
  type HeadFigures,
} from './opportunityEntities';
import {
  listChained,
  listFundCentreAwards,
  listHeadFigures,
  readSnapshot,
  readWithEvents,
  type ChainedPage,
  type ListQuery,
  type Page,
  type Snapshot,
} from './opportunityQueries';
import type { PeopleStore } from './peopleStore';
import type { ListIndex } from './listIndex';
import { isIndexed } from './listIndexRows';
import type { FundCentreAward } from '../domain/splitting';
import type { NoticeMessage } from '../domain/notices';
import { withdrawnApplications } from './applicationStatusStore';
import { decisionContext, type AfterPostingFacts } from './decisionContext';
import { readEvents, readRefusals, writeRefusal } from './trailRows';
import {
  changeRows,
  draftRows,
  whyTooLarge,
  writeChange,
  writeDraft,
  writeRemainingNotices,
} from './opportunityWrites';

export type ApplyOutcome =
  | { kind: 'applied'; record: Opportunity; event: AuditEvent }
  /** The same idempotency key was applied before: nothing changed. */
  | { kind: 'replayed'; record: Opportunity }
  | { kind: 'refused'; record: Opportunity; refusal: Refusal }
  /** Someone else changed the record first; `record` is theirs and names them. */
  | { kind: 'conflict'; record: Opportunity }
  | { kind: 'notFound'; id: string }
  | { kind: 'tooLarge'; detail: string };

export type CreateOutcome =
  | { kind: 'applied'; record: Opportunity; event: AuditEvent }
  | { kind: 'replayed'; record: Opportunity }
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'tooLarge'; detail: string };

export interface ApplyOptions {
  /** The client's key for this action; the same key applied twice changes nothing. */
  idempotencyKey?: string;
  /** The version the person saw (an If-Match); a different stored version is a conflict. */
  expectedVersion?: number;
  /**
   * What the person sent, when the intent is derived from it and the stored record (a card's form
   * is diffed against the draft, so the same press makes another intent once it has landed): the
   * key is bound to this. Defaults to the intent.
   */
  request?: unknown;
}

/** Told of every change after it is stored; listeners queue their own work and must not throw. */
export type ChangeListener = (record: Opportunity, event: AuditEvent) => void;

/** Opportunities in Table Storage: one partition each, a head row and its events, written together. */
export class OpportunityStore {
  private readonly listeners: ChangeListener[] = [];

  /** The lifecycle's hook (publishing, notifications): called after each stored change, never before. */
  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  private changed(record: Opportunity, event: AuditEvent): void {
    for (const listener of this.listeners) listener(record, event);
  }

  constructor(
    private readonly table: TableClient,
    private readonly counters: Counters,
    private readonly people: PeopleStore,
    private readonly clock: () => Date = () => new Date(),
    private readonly facts: AfterPostingFacts | null = null,
    /** The questions suppliers asked: what answering or declining one is checked against. */
    private readonly questions: { questionFacts(id: string): Promise<QuestionFacts> } | null = null,
    /** The e-mails a change sends suppliers, written in the same transaction as the change. */
    private readonly supplierNotices: {
      noticesFor(record: Opportunity, event: AuditEvent): Promise<NoticeMessage[]>;
    } | null = null,
    /** Business days between posting approval and closing, at least (MIN_POSTING_BUSINESS_DAYS). */
    readonly minPostingBusinessDays: number = defaultMinPostingBusinessDays,
    /** The lists by person read it; it is told of each change first. Without it they scan. */
    private readonly listIndex: ListIndex | null = null,
  ) {
    this.numbers = new OpportunityNumbers(counters);
    if (listIndex) this.onChange((record) => listIndex.changed(record));
  }

  private readonly numbers: OpportunityNumbers;

  /** What `decide` needs beyond the record for this intent, read from the other tables. */
  private contextFor(record: Opportunity, intent: Intent): Promise<DecisionContext> {
    return decisionContext(record, intent, this.clock(), {
      people: this.people,
      facts: this.facts,
      questions: this.questions,
      withdrawn: (id) => withdrawnApplications(this.table, id),
      fundCentreAwards: (fundCentre) => this.fundCentreAwards(fundCentre),
      minPostingBusinessDays: this.minPostingBusinessDays,
    });
  }

  /** The fund centre's opportunities, as the splitting rule and the CFOB's view read them. */
  fundCentreAwards(fundCentre: string): Promise<FundCentreAward[]> {
    return listFundCentreAwards(this.table, fundCentre);
  }

  async get(id: string): Promise<Opportunity | null> {
    return (await readSnapshot(this.table, id))?.record ?? null;
  }

  /**
   * Starts a draft from untrusted field values. Who may, and whether the values are well-formed
   * and fit in storage, is settled before an opportunity number is spent.
   */
  async create(
    actor: Actor,
    fieldsInput: unknown,
    options: ApplyOptions & { copiedFrom?: string } = {},
  ): Promise<CreateOutcome> {
    const now = this.clock();
    const forbidden = mayCreate(actor);
    if (forbidden)
      return { kind: 'refused', refusal: { kind: 'forbidden', intent: 'create', ...forbidden } };
    const parsed = parseFieldChanges(fieldsInput);
    if (parsed.problems.length) {
      return {
        kind: 'refused',
        refusal: { kind: 'incomplete', intent: 'create', problems: parsed.problems },
      };
    }
    const fields = { ...emptyFields(), ...parsed.changes };
    const draft = (id: string) => {
      const decision = createDraft(id, fields, actor, now, options.copiedFrom);
      if (!decision.ok)
        throw new Error(`createDraft refused after mayCreate allowed: ${decision.refusal.kind}`);
      const { record, event } = decision;
      return { record, event, rows: draftRows(record, event) };
    };
    // Checked on the largest id a draft can get, before a number is spent.
    const trial = draft(formatOpportunityId(9999, 999_999)).rows;
    const tooLarge = whyTooLarge([trial.head, trial.event]);
    if (tooLarge !== null) return { kind: 'tooLarge', detail: tooLarge };

    const token = options.idempotencyKey
      ? idempotencyToken(`${actor.id}\n${options.idempotencyKey}`)
      : undefined;
    const allocate = () => this.numbers.next(now);
    const fingerprint = requestFingerprint(parsed.changes);
    const claim = token
      ? await claimCreateKey(this.counters, token, fingerprint, allocate)
      : { id: await allocate(), existed: false, fingerprint };
    if (claim.existed) {
      const existing = await this.get(claim.id);
      if (existing && !sameRequest(claim.fingerprint, fingerprint)) {
        const refusal: Refusal = { kind: 'keyReused', intent: 'create' };
        await this.recordRefusal(existing, actor, refusal);
        return { kind: 'refused', refusal };
      }
      if (existing) return { kind: 'replayed', record: existing };
    }
    const { record, event, rows } = draft(claim.id);
    try {
      await writeDraft(this.table, rows);
    } catch (error) {
      const existing = token && statusOf(error) === 409 ? await this.get(claim.id) : null;
      if (existing) return { kind: 'replayed', record: existing };
      throw error;
    }
    this.changed(record, event);
    return { kind: 'applied', record, event };
  }

  /** Decides an intent against the stored record and writes the change with its event, atomically. */
  async apply(
    id: string,
    intent: Intent,
    actor: Actor,
    options: ApplyOptions = {},
  ): Promise<ApplyOutcome> {
    const snapshot = await this.read(id);
    return snapshot ? this.applyTo(snapshot, intent, actor, options) : { kind: 'notFound', id };
  }

  /**
   * The stored record as read, with what a later write needs: read it while the person is being
   * looked up, then `applyTo` it. A change stored in between makes the write a conflict.
   */
  async read(id: string): Promise<Snapshot | null> {
    return readSnapshot(this.table, id);
  }

  /** The record as read with its audit trail, in one round trip (a record's page shows both). */
  async readWithEvents(id: string): Promise<{ snapshot: Snapshot; events: AuditEvent[] } | null> {
    return readWithEvents(this.table, id);
  }

  /** `apply` on a record already read: decided against that read, written only if still current. */
  async applyTo(
    snapshot: Snapshot,
    intent: Intent,
    actor: Actor,
    options: ApplyOptions = {},
  ): Promise<ApplyOutcome> {
    const { record, keys, etag } = snapshot;
    const id = record.id;
    // Keys are per person: one person's key never stands for another's action.
    const token = options.idempotencyKey
      ? idempotencyToken(`${actor.id}\n${options.idempotencyKey}`)
      : undefined;
    const fingerprint = requestFingerprint(options.request ?? intent);
    const seen = token ? recallKey(keys, token) : undefined;
    if (seen !== undefined)
      return this.repeated(record, intent, actor, sameRequest(seen, fingerprint));
    if (options.expectedVersion !== undefined && options.expectedVersion !== record.version) {
      return { kind: 'conflict', record };
    }

    const decision = decide(record, intent, actor, await this.contextFor(record, intent));
    if (!decision.ok) {
      if (decision.refusal.kind !== 'incomplete')
        await this.recordRefusal(record, actor, decision.refusal);
      return { kind: 'refused', record, refusal: decision.refusal };
    }

    const messages =
      (await this.supplierNotices?.noticesFor(decision.record, decision.event)) ?? [];
    const rows = changeRows(
      snapshot,
      decision,
      token ? { token, fingerprint } : undefined,
      messages,
    );
    const tooLarge = whyTooLarge([rows.head, rows.event, ...rows.notices]);
    if (tooLarge !== null) return { kind: 'tooLarge', detail: tooLarge };
    try {
      await writeChange(this.table, rows, etag);
    } catch (error) {
      const status = statusOf(error);
      if (status !== 412 && status !== 409) throw error;
      const current = await readSnapshot(this.table, id);
      if (!current) throw error;
      const raced = token ? recallKey(current.keys, token) : undefined;
      if (raced !== undefined)
        return this.repeated(current.record, intent, actor, sameRequest(raced, fingerprint));
      return { kind: 'conflict', record: current.record };
    }
    await writeRemainingNotices(this.table, rows);
    this.changed(decision.record, decision.event);
    return { kind: 'applied', record: decision.record, event: decision.event };
  }

  /** A key seen before: the same request is a replay; another request under it is refused and audited. */
  private async repeated(
    record: Opportunity,
    intent: Intent,
    actor: Actor,
    sameRequest: boolean,
  ): Promise<ApplyOutcome> {
    if (sameRequest) return { kind: 'replayed', record };
    const refusal: Refusal = { kind: 'keyReused', intent: intent.kind };
    await this.recordRefusal(record, actor, refusal);
    return { kind: 'refused', record, refusal };
  }

  async list(
    query: ListQuery,
    page: { size?: number; continuationToken?: string } = {},
  ): Promise<Page> {
    const found = await this.listChained(query, page);
    return { ...found, items: found.items.map((item) => item.record) };
  }

  /** Like `list`, with each record's audit chain as its head row holds it. */
  async listChained(
    query: ListQuery,
    page: { size?: number; continuationToken?: string } = {},
  ): Promise<ChainedPage> {
    return this.listIndex && isIndexed(query)
      ? this.listIndex.page(query, page)
      : listChained(this.table, query, page);
  }

  /** Every head row's small columns (never the record), or those stored since `since`: for figures. */
  async headFigures(since: Date | null): Promise<HeadFigures[]> {
    return listHeadFigures(this.table, since);
  }

  /** The audit trail, oldest first. */
  async events(id: string): Promise<AuditEvent[]> {
    return readEvents(this.table, id);
  }

  async refusals(id: string): Promise<RefusedAttempt[]> {
    return readRefusals(this.table, id);
  }

  /** A refused intent, or a refused read of a view (the API finds those), kept beside the events. */
  async recordRefusal(record: Opportunity, actor: Actor, refusal: Refusal): Promise<void> {
    await writeRefusal(this.table, {
      opportunityId: record.id,
      at: this.clock().toISOString(),
      actorId: actor.id,
      actorName: actor.name,
      version: record.version,
      refusal,
    });
  }
}
