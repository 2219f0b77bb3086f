import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../storage/azurite';
import { headEntity } from '../../storage/opportunityEntities';
import { beforeClosing } from '../support/builders';
import { testStorage } from '../support/storage';
import { aDraft, listAll } from '../support/storageHelpers';
import { startServerProcess } from '../support/serverProcess';

describe('the list index at server start (server/main.ts)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'list-index-start-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('a head the index lacks (a change whose index write was lost) is listed once a server has started', async () => {
    const storage = await testStorage({ clock: () => beforeClosing });
    const draft = await aDraft(storage);
    // Written beside the store, as a change whose server stopped before its index write.
    const lost = { ...draft, id: 'MA-2025-0077', authorId: 'lost-author' };
    await storage.tables.clients.opportunities.createEntity(headEntity(lost, []));
    const theirs = { kind: 'author', personId: 'lost-author' } as const;
    expect((await listAll(storage, theirs)).ids).toEqual([]);

    const server = startServerProcess({
      NODE_ENV: 'development',
      PORT: String(await freePort()),
      STORAGE_CONNECTION_STRING: process.env.TEST_STORAGE_CONNECTION_STRING!,
      TABLE_PREFIX: storage.tables.names.people.slice(0, -'people'.length),
      SITE_DIR: join(folder, 'site'),
      OUTBOX_DIR: join(folder, 'outbox'),
      LOG_LEVEL: 'warn',
    });
    try {
      await server.printed('Press Ctrl-C to stop.', 40_000);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect((await listAll(storage, theirs)).ids).toEqual([lost.id]);
    const mark = await storage.tables.clients.listindex.getEntity<{ at: string }>(
      'watermark',
      'heads',
    );
    expect(Date.parse(mark.at)).toBeGreaterThan(Date.now() - 120_000);
  }, 60_000);
});
