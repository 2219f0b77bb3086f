import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Background } from '../../runtime/background';
import {
  claimLeaseMs,
  fullBackupEvery,
  startDailyBackup,
  type DailyBackup,
} from '../../server/dailyBackup';
import { createLogger } from '../../runtime/logger';
import { backupPartition } from '../../storage/backup/backup';
import { folderPlace, type BackupPlace } from '../../storage/backup/places';
import { chainOf } from '../../storage/backup/restore';
import type { Storage } from '../../storage/storage';
import { testStorage } from '../support/storage';
import { aDraft, fixedClock } from '../support/storageHelpers';

const day = 24 * 3_600_000;

async function twoServers(): Promise<{
  storage: Storage;
  place: BackupPlace;
  clock: ReturnType<typeof fixedClock>;
  servers: DailyBackup[];
  background: Background;
}> {
  const storage = await testStorage();
  await aDraft(storage);
  const place = folderPlace(await mkdtemp(join(tmpdir(), 'daily-')));
  const clock = fixedClock(new Date('2026-12-05T03:00:00.000Z'));
  const background = new Background(createLogger('silent'));
  const servers = [1, 2].map(() =>
    startDailyBackup({
      tables: storage.tables,
      tablePrefix: 'x',
      place,
      background,
      logger: createLogger('silent'),
      clock: clock.read,
    }),
  );
  await background.idle();
  return { storage, place, clock, servers, background };
}

test('one backup a day whatever the number of servers: the first to claim the day makes it', async () => {
  const { place, clock, servers } = await twoServers();
  // Both servers ticked at start: exactly one made the day's backup, a full one.
  const first = await place.list();
  expect(first).toHaveLength(1);
  expect(first[0]).toMatch(/-full$/);
  expect(await Promise.all(servers.map((s) => s.tick()))).toEqual([
    { kind: 'alreadyDone' },
    { kind: 'alreadyDone' },
  ]);

  clock.now = new Date(clock.now.getTime() + day);
  const outcomes = await Promise.all(servers.map((s) => s.tick()));
  expect(outcomes.filter((o) => o.kind === 'made')).toEqual([
    expect.objectContaining({ backupKind: 'incremental' }),
  ]);
  expect((await chainOf(place)).map((m) => m.id).reverse()).toEqual((await place.list()).sort());
  servers.forEach((s) => s.stop());
});

test('a claim left by a server that stopped is taken over after its lease; a fresh one is not', async () => {
  const { storage, place, clock, servers } = await twoServers();
  clock.now = new Date(clock.now.getTime() + day);
  const rowKey = `day-${clock.now.toISOString().slice(0, 10)}`;
  const counters = storage.tables.clients.counters;
  const claimedAt = new Date(clock.now.getTime() - claimLeaseMs / 2).toISOString();
  await counters.createEntity({ partitionKey: backupPartition, rowKey, claimedAt });
  expect(await servers[0]!.tick()).toEqual({ kind: 'claimedElsewhere' });

  clock.now = new Date(clock.now.getTime() + claimLeaseMs);
  expect(await servers[1]!.tick()).toMatchObject({ kind: 'made', backupKind: 'incremental' });
  expect(await place.list()).toHaveLength(2);
  servers.forEach((s) => s.stop());
});

test('a full backup starts a new chain once a week, so a restore reads at most a week of backups', async () => {
  const { place, clock, servers } = await twoServers();
  const kinds: string[] = [];
  for (let i = 1; i <= fullBackupEvery; i++) {
    clock.now = new Date(clock.now.getTime() + day);
    const outcome = await servers[0]!.tick();
    if (outcome.kind === 'made') kinds.push(outcome.backupKind);
  }
  expect(kinds).toEqual([...Array(fullBackupEvery - 1).fill('incremental'), 'full']);
  expect(await chainOf(place)).toHaveLength(1);
  servers.forEach((s) => s.stop());
});
