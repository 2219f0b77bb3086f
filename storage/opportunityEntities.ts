import { createHash } from 'node:crypto';
import type { TableEntity } from '@azure/data-tables';
import { awaiting, type Awaiting } from '../domain/awaiting';
import type { Role } from '../domain/people';
import { totalCents } from '../domain/completeness';
import { candidatesOf, unevaluated } from '../domain/decide';
import type { AuditEvent } from '../domain/events';
import { fundCentreKey, type FundCentreFacts } from '../domain/splitting';
import {
  afterPostingDefaults,
  withFieldDefaults,
  type Opportunity,
  type StageEntry,
} from '../domain/opportunity';
import type { State } from '../domain/states';
import type { ChainLink, ChainState } from './auditChain';
import { chunkJson, limits, unchunkJson } from './entityLimits';
import { decodeKey, encodeKey, eventRowKey, headRowKey } from './keys';

/** How many recent idempotency keys a head row remembers; far more than an opportunity's lifetime of actions. */
const rememberedKeys = 200;

export type Entity = TableEntity<Record<string, unknown>>;

/** Idempotency keys are hashed: any client string becomes a short, safe token. */
export function idempotencyToken(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 22);
}

/** JSON with object keys sorted, so that one request always has one text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** What a request asked for, hashed: a key is bound to the request it first came with. */
export function requestFingerprint(request: unknown): string {
  return idempotencyToken(canonicalJson(request));
}

/** A head row remembers each key as `token~fingerprint`. */
export function rememberedKey(token: string, fingerprint: string): string {
  return `${token}~${fingerprint}`;
}

/**
 * Whether a head row has seen this key, and with which request: `undefined` if never, its
 * fingerprint if so, `null` for a key remembered before requests were (it matches any request).
 */
export function recallKey(keys: readonly string[], token: string): string | null | undefined {
  for (const key of keys) {
    if (key === token) return null;
    if (key.startsWith(`${token}~`)) return key.slice(token.length + 1);
  }
  return undefined;
}

/** Whether a remembered request is this one; one remembered before requests were matches any. */
export function sameRequest(remembered: string | null, fingerprint: string): boolean {
  return remembered === null || remembered === fingerprint;
}

export function partitionKeyOf(id: string): string {
  return encodeKey(id);
}

/** The head row: the current record, plus the columns that queries filter on. */
export function headEntity(
  record: Opportunity,
  keys: readonly string[],
  /** Left out only by fixtures that write rows as they were before the chain. */
  chain?: ChainState,
): Entity {
  const lists = listColumnsOf(record);
  return {
    partitionKey: partitionKeyOf(record.id),
    rowKey: headRowKey,
    state: record.state,
    version: record.version,
    authorId: lists.authorId,
    cardholderId: lists.cardholderId,
    fundCentre: record.fields.fundCentre,
    fundCentreKey: fundCentreKey(record.fields.fundCentre),
    titleEn: record.fields.titleEn,
    closingAt: record.fields.closingAt ?? '',
    // With `fundCentre`, `totalCents` and `winnerKey`: what the splitting rule reads of every
    // opportunity of a fund centre, so that it never reads their records.
    postedAt: record.postedAt ?? '',
    awardedAt: record.awardedAt ?? '',
    totalCents: totalCents(record.fields) ?? 0,
    awaitingPersonId: lists.awaitingPersonId,
    awaitingRole: lists.awaitingRole,
    updatedAt: record.updatedAt,
    stateSince: record.stateSince,
    ...figureColumns(record),
    ...chunkJson('record', record),
    idempotencyKeys: JSON.stringify(keys.slice(-rememberedKeys)),
    ...(chain ? { chainHead: chain.head, chainStart: chain.start } : {}),
  };
}

/** The head row's columns the lists by person select on ('' when unset); the list index keys on them too. */
export interface ListColumns {
  authorId: string;
  cardholderId: string;
  awaitingPersonId: string;
  awaitingRole: string;
}

export function listColumnsOf(record: Opportunity): ListColumns {
  const waitingFor = awaiting(record);
  return {
    authorId: record.authorId,
    cardholderId: record.fields.cardholderId ?? '',
    awaitingPersonId: waitingFor && 'personId' in waitingFor ? waitingFor.personId : '',
    awaitingRole: waitingFor && 'role' in waitingFor ? waitingFor.role : '',
  };
}

/** What the dashboard reads of a head row beside the columns above, so it never reads the record. */
function figureColumns(record: Opportunity): Record<string, unknown> {
  const stages = JSON.stringify(
    record.stages.map((s) => (s.by === undefined ? [s.state, s.at] : [s.state, s.at, s.by])),
  );
  return {
    titleFr: record.fields.titleFr,
    paidOn: record.payment?.paidOn ?? '',
    paidCents: record.payment?.amountCents ?? 0,
    // The pilot's measures: applications, who qualified, and who won (a key, never an e-mail).
    applicationCount: record.applications.length,
    qualifiedCount: candidatesOf(record).length,
    evaluationDone: record.closedAt !== null && unevaluated(record).length === 0,
    winnerKey: record.awardedAt ? (record.award?.supplierKey ?? '') : '',
    // A trail too long for one property (hundreds of returns) is left to the record.
    ...(stages.length <= limits.stringChars ? { stages } : {}),
  };
}

/**
 * Reads a head row. Records stored before the steps after posting existed lack their fields; they
 * start empty; those stored before the eligibility field existed get the program's eligibility. Records stored before `stages` existed come back without it: the reads fill it
 * from the events (`opportunityQueries.ts`), and the next write stores it.
 */
export function readHead(entity: Record<string, unknown>): { record: Opportunity; keys: string[] } {
  const keys =
    typeof entity.idempotencyKeys === 'string'
      ? (JSON.parse(entity.idempotencyKeys) as string[])
      : [];
  const stored = unchunkJson<Opportunity>('record', entity);
  // Only what is missing is added, after the rest: a record read back keeps its fields' order.
  const missing = Object.entries(afterPostingDefaults()).filter(([key]) => !(key in stored));
  const record = missing.length ? { ...stored, ...Object.fromEntries(missing) } : stored;
  // Records stored before the eligibility field existed read with the program's eligibility.
  const fields = withFieldDefaults(record.fields);
  return { record: fields === record.fields ? record : { ...record, fields }, keys };
}

/** Whether a record read by `readHead` was stored before it kept its stages. */
export function lacksStages(record: Opportunity): boolean {
  return !Array.isArray((record as Partial<Opportunity>).stages);
}

/** A head row's small columns, read without the record: what figures over every opportunity need. */
export interface HeadFigures {
  id: string;
  version: number;
  state: State;
  titleEn: string;
  titleFr: string;
  totalCents: number;
  stateSince: string;
  payment: { paidOn: string; amountCents: number } | null;
  /** Null when the row has no `stages` column (stored before it existed, or too long): read the record. */
  stages: StageEntry[] | null;
  closingAt: string | null;
  /** Whom it waits for now, as the head row's query columns say. */
  awaiting: Awaiting;
  /** Null when the row was stored before these columns existed: read the record. */
  outcome: Outcome | null;
}

/** What the pilot's measures need of an opportunity's applications and award. */
export interface Outcome {
  applications: number;
  qualified: number;
  /** Closed, and every application evaluated. */
  evaluationDone: boolean;
  /** The winner's supplier key once the award is final, else null. */
  winnerKey: string | null;
}

/** The outcome columns a head row carries for `record`, read back as `readHeadFigures` would. */
export function outcomeOf(record: Opportunity): Outcome {
  const columns = figureColumns(record);
  return {
    applications: Number(columns.applicationCount),
    qualified: Number(columns.qualifiedCount),
    evaluationDone: columns.evaluationDone === true,
    winnerKey: String(columns.winnerKey) || null,
  };
}

/** The columns `readHeadFigures` reads (for a query's `select`). */
export const headFigureColumns = [
  'PartitionKey',
  'version',
  'state',
  'titleEn',
  'titleFr',
  'totalCents',
  'stateSince',
  'paidOn',
  'paidCents',
  'stages',
  'closingAt',
  'awaitingPersonId',
  'awaitingRole',
  'applicationCount',
  'qualifiedCount',
  'evaluationDone',
  'winnerKey',
] as const;

export function readHeadFigures(entity: Record<string, unknown>): HeadFigures {
  const text = (name: string) => (typeof entity[name] === 'string' ? entity[name] : '');
  const paidOn = text('paidOn');
  const stages =
    typeof entity.stages === 'string'
      ? (JSON.parse(entity.stages) as Array<[State, string, string?]>).map(([state, at, by]) =>
          by === undefined ? { state, at } : { state, at, by },
        )
      : null;
  const personId = text('awaitingPersonId');
  const role = text('awaitingRole');
  return {
    id: decodeKey(String(entity.partitionKey)),
    version: Number(entity.version),
    state: text('state') as State,
    titleEn: text('titleEn'),
    titleFr: text('titleFr'),
    totalCents: Number(entity.totalCents ?? 0),
    stateSince: text('stateSince'),
    payment: paidOn ? { paidOn, amountCents: Number(entity.paidCents ?? 0) } : null,
    stages,
    closingAt: text('closingAt') || null,
    awaiting: personId ? { personId } : role ? { role: role as Role } : null,
    outcome:
      typeof entity.applicationCount === 'number'
        ? {
            applications: entity.applicationCount,
            qualified: Number(entity.qualifiedCount ?? 0),
            evaluationDone: entity.evaluationDone === true,
            winnerKey: text('winnerKey') || null,
          }
        : null,
  };
}

/** The columns `readFundCentreFacts` reads (for a query's `select`). */
export const fundCentreColumns = [
  'PartitionKey',
  'state',
  'fundCentre',
  'postedAt',
  'awardedAt',
  'winnerKey',
  'totalCents',
] as const;

/**
 * What the splitting rule reads of a head row; null for a row stored before `postedAt` and
 * `awardedAt` were columns (the caller reads its record: `fundCentreFactsOf`).
 */
export function readFundCentreFacts(entity: Record<string, unknown>): FundCentreFacts | null {
  const { postedAt, awardedAt, winnerKey } = entity;
  if (typeof postedAt !== 'string' || typeof awardedAt !== 'string') return null;
  return {
    opportunityId: decodeKey(String(entity.partitionKey)),
    fundCentre: String(entity.fundCentre ?? ''),
    state: String(entity.state) as State,
    postedAt: postedAt || null,
    awardedAt: awardedAt || null,
    winnerKey: typeof winnerKey === 'string' ? winnerKey : '',
    totalCents: Number(entity.totalCents ?? 0),
  };
}

/** A record's facts for the splitting rule, read from the columns its head row would carry. */
export function fundCentreFactsOf(record: Opportunity): FundCentreFacts {
  // The head entity always has both columns, so this is never null.
  return readFundCentreFacts(headEntity(record, []))!;
}

export function eventEntity(
  event: AuditEvent,
  idempotencyKey: string | undefined,
  link?: ChainLink,
): Entity {
  return {
    partitionKey: partitionKeyOf(event.opportunityId),
    rowKey: eventRowKey(event.version),
    version: event.version,
    at: event.at,
    kind: event.details.kind,
    actorId: event.actorId,
    from: event.from ?? '',
    to: event.to,
    ...(idempotencyKey ? { idempotencyKey } : {}),
    ...(link ? { prevHash: link.prevHash, hash: link.hash } : {}),
    ...chunkJson('event', event),
  };
}

export function readEvent(entity: Record<string, unknown>): AuditEvent {
  return unchunkJson<AuditEvent>('event', entity);
}
