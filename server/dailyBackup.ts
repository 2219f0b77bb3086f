import type { TableClient } from '@azure/data-tables';
import { backup, backupPartition } from '../storage/backup/backup';
import type { BackupPlace } from '../storage/backup/places';
import { chainOf } from '../storage/backup/restore';
import type { Tables } from '../storage/connection';
import { statusOf } from '../storage/errors';
import type { Background } from '../runtime/background';
import type { Logger } from '../runtime/logger';

/** A full backup when the chain since the last one is this long, so a restore reads at most a week. */
export const fullBackupEvery = 7;
/** A claim not finished within this long is taken over (its server stopped mid-way). */
export const claimLeaseMs = 2 * 3_600_000;

export interface DailyBackupOptions {
  tables: Tables;
  tablePrefix: string;
  place: BackupPlace;
  background: Background;
  logger: Logger;
  clock?: () => Date;
  intervalMs?: number;
}

export type DailyOutcome =
  | { kind: 'made'; id: string; backupKind: 'full' | 'incremental' }
  | { kind: 'alreadyDone' | 'claimedElsewhere' };

export interface DailyBackup {
  /** Makes today's backup unless a server made it or is making it. */
  tick(): Promise<DailyOutcome>;
  stop(): void;
}

interface Claim {
  claimedAt: string;
  done?: boolean;
  backupId?: string;
}

/** Claims today's backup for this server: a new row, or a stale claim taken over by its ETag. */
async function claim(counters: TableClient, rowKey: string, now: Date): Promise<boolean> {
  const entity = { partitionKey: backupPartition, rowKey, claimedAt: now.toISOString() };
  try {
    const current = await counters.getEntity<Claim>(backupPartition, rowKey);
    if (current.done || now.getTime() - Date.parse(current.claimedAt) < claimLeaseMs) return false;
    await counters.updateEntity(entity, 'Replace', { etag: current.etag });
    return true;
  } catch (error) {
    const status = statusOf(error);
    if (status === 412) return false;
    if (status !== 404) throw error;
  }
  try {
    await counters.createEntity(entity);
    return true;
  } catch (error) {
    if (statusOf(error) === 409) return false;
    throw error;
  }
}

/**
 * Once a day (UTC), one server backs up every table into `place` (BACKUP_CONTAINER_URL): every
 * server checks hourly, and the first to claim the day's row in `counters` makes the backup.
 * A full one when none exists or the chain has reached a week, an incremental one otherwise.
 */
export function startDailyBackup(options: DailyBackupOptions): DailyBackup {
  const { tables, logger, place } = options;
  const clock = options.clock ?? (() => new Date());
  const counters = tables.clients.counters;

  const once = async (): Promise<DailyOutcome> => {
    const now = clock();
    const rowKey = `day-${now.toISOString().slice(0, 10)}`;
    const existing = await counters
      .getEntity<Claim>(backupPartition, rowKey)
      .catch((error: unknown) => (statusOf(error) === 404 ? null : Promise.reject(error)));
    if (existing?.done) return { kind: 'alreadyDone' };
    if (!(await claim(counters, rowKey, now))) return { kind: 'claimedElsewhere' };
    const chain = await chainOf(place).catch(() => []);
    const full = chain.length === 0 || chain.length >= fullBackupEvery;
    const started = Date.now();
    const manifest = await backup(tables, { place, tablePrefix: options.tablePrefix, full });
    await counters.upsertEntity(
      {
        partitionKey: backupPartition,
        rowKey,
        claimedAt: now.toISOString(),
        done: true,
        backupId: manifest.id,
      },
      'Replace',
    );
    logger.info(
      { backupId: manifest.id, kind: manifest.kind, ms: Date.now() - started },
      'daily backup complete',
    );
    return { kind: 'made', id: manifest.id, backupKind: manifest.kind };
  };

  let running: Promise<DailyOutcome> | null = null;
  const tick = () => (running ??= once().finally(() => (running = null)));
  const run = () => options.background.run('daily backup', () => tick().then(() => undefined));
  run();
  const timer = setInterval(run, options.intervalMs ?? 3_600_000);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
