import {
  TableClient,
  TableServiceClient,
  type TableServiceClientOptions,
} from '@azure/data-tables';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { DefaultAzureCredential } from '@azure/identity';
import { storageBudgetPolicy } from './deadline';
import { guard } from './errors';

export type StorageTarget =
  | { kind: 'connectionString'; connectionString: string }
  | { kind: 'accountUrl'; accountUrl: string };

/** Plain http is allowed only towards a local emulator (Azurite on loopback). */
function isLocalEmulator(target: StorageTarget): boolean {
  return (
    target.kind === 'connectionString' &&
    /TableEndpoint=http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/i.test(target.connectionString)
  );
}

/**
 * How long one try of a storage call may wait for an answer. The SDK sets no limit, so a call cut
 * off mid-way (storage stopped after it took the request) would keep a person waiting for ever;
 * Azure answers a table query within 5 s (with a continuation), so 10 s is never a slow success.
 */
export const storageTryTimeoutMs = 10_000;

/** Gives every try of a storage call a time limit; past it the call fails as unavailable. */
function tryTimeout(ms: number): PipelinePolicy {
  return {
    name: 'storageTryTimeout',
    sendRequest: (request, next) => {
      if (!request.timeout) request.timeout = ms;
      return next(request);
    },
  };
}

/** Fail fast: a person is waiting, and the health check must answer while storage is down. */
function clientOptions(target: StorageTarget, tryTimeoutMs: number): TableServiceClientOptions {
  return {
    retryOptions: { maxRetries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 500 },
    additionalPolicies: [
      { policy: storageBudgetPolicy(), position: 'perCall' },
      { policy: tryTimeout(tryTimeoutMs), position: 'perRetry' },
    ],
    allowInsecureConnection: isLocalEmulator(target),
  };
}

/** The tables that hold data: what a backup holds and a restore writes. */
export const tableNames = [
  'opportunities',
  'people',
  'counters',
  'conversations',
  'cardmessages',
  'applications',
  'applicants',
  'drawsecrets',
  'questions',
  'askers',
  'reminders',
  'subscribers',
] as const;

/**
 * Tables derived from the data and rebuilt from it, never backed up: the lists' index
 * (`storage/listIndex.ts`), which a restore empties and the next start builds again.
 */
export const derivedTableNames = ['listindex'] as const;
export type TableName = (typeof tableNames)[number] | (typeof derivedTableNames)[number];
const allTableNames: readonly TableName[] = [...tableNames, ...derivedTableNames];

export interface Tables {
  readonly clients: Readonly<Record<TableName, TableClient>>;
  readonly service: TableServiceClient;
  readonly names: Readonly<Record<TableName, string>>;
}

/** Table names allow letters and digits only; the prefix keeps environments apart in one account. */
export function tableName(prefix: string, name: TableName): string {
  const full = `${prefix}${name}`;
  if (!/^[A-Za-z][A-Za-z0-9]{2,62}$/.test(full)) throw new Error(`invalid table name "${full}"`);
  return full;
}

export function connect(
  target: StorageTarget,
  prefix = '',
  tryTimeoutMs = storageTryTimeoutMs,
): Tables {
  const options = clientOptions(target, tryTimeoutMs);
  const credential = target.kind === 'accountUrl' ? new DefaultAzureCredential() : undefined;
  const make = (name: string): TableClient =>
    target.kind === 'connectionString'
      ? TableClient.fromConnectionString(target.connectionString, name, options)
      : new TableClient(target.accountUrl, name, credential!, options);
  const names = Object.fromEntries(allTableNames.map((n) => [n, tableName(prefix, n)])) as Record<
    TableName,
    string
  >;
  const clients = Object.fromEntries(allTableNames.map((n) => [n, make(names[n])])) as Record<
    TableName,
    TableClient
  >;
  const service =
    target.kind === 'connectionString'
      ? TableServiceClient.fromConnectionString(target.connectionString, options)
      : new TableServiceClient(target.accountUrl, credential!, options);
  return { clients, service, names };
}

/** Creates the tables if they are missing; safe to run on every start and on several servers. */
export async function ensureTables(tables: Tables): Promise<void> {
  await guard(() => Promise.all(allTableNames.map((n) => tables.clients[n].createTable())));
}

/** One cheap round trip that proves storage answers. */
export async function ping(tables: Tables, timeoutMs: number): Promise<void> {
  await guard(() =>
    tables.clients.counters
      .getEntity('health', 'probe', { abortSignal: AbortSignal.timeout(timeoutMs) })
      .then(
        () => undefined,
        (error: { statusCode?: number }) => {
          if (error.statusCode === 404) return;
          throw error;
        },
      ),
  );
}

/** The well-known Azurite development account (public, documented by Microsoft; not a secret). */
export function azuriteConnectionString(host: string, port: number): string {
  const key =
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
  return `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};TableEndpoint=http://${host}:${port}/devstoreaccount1;`;
}
