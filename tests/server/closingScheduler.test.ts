import { Background } from '../../runtime/background';
import { startClosingScheduler } from '../../server/closingScheduler';
import { createLogger } from '../../runtime/logger';
import { people } from '../support/builders';
import { message, startBot } from '../support/teams';
import { anOpportunityIn, fixedClock } from '../support/storageHelpers';
import { testStorage } from '../support/storage';

const closingAt = '2030-01-15T20:00:00.000Z';

test('at the closing time posted opportunities move to evaluating, once, even with two servers ticking', async () => {
  const clock = fixedClock(new Date('2029-12-01T15:00:00.000Z'));
  const storage = await testStorage({ clock: clock.read });
  const logger = createLogger('silent');
  const due = await Promise.all(
    [1, 2, 3].map(() => anOpportunityIn(storage, 'posted', { fields: { closingAt } })),
  );
  const later = await anOpportunityIn(storage, 'posted', {
    fields: {
      closingAt: '2030-03-01T20:00:00.000Z',
      startDate: '2030-03-10',
      deliveryDate: '2030-04-10',
    },
  });
  const draft = await anOpportunityIn(storage, 'draft', { fields: { closingAt } });
  const servers = [1, 2].map(() =>
    startClosingScheduler({
      storage,
      background: new Background(logger),
      logger,
      clock: clock.read,
      intervalMs: 3_600_000,
    }),
  );
  try {
    expect(await servers[0]!.tick()).toBe(0);

    // At the closing time itself an application may still be on its way: not yet.
    clock.now = new Date('2030-01-15T20:00:00.000Z');
    expect(await servers[0]!.tick()).toBe(0);

    clock.now = new Date('2030-01-15T20:00:05.000Z');
    const closed = await Promise.all(servers.map((s) => s.tick()));
    expect(closed[0]! + closed[1]!).toBe(3);
    for (const record of due) {
      expect(await storage.opportunities.get(record.id)).toMatchObject({
        state: 'evaluating',
        updatedByName: 'scheduler',
      });
      const closes = (await storage.opportunities.events(record.id)).filter(
        (e) => e.details.kind === 'close',
      );
      expect(closes).toHaveLength(1);
    }
    expect(await storage.opportunities.get(later.id)).toMatchObject({ state: 'posted' });
    expect(await storage.opportunities.get(draft.id)).toMatchObject({ state: 'draft' });
    expect(await servers[1]!.tick()).toBe(0);
  } finally {
    servers.forEach((s) => s.stop());
  }
});

test('the author is told in Teams when their opportunity closes', async () => {
  const clock = fixedClock(new Date('2029-12-01T15:00:00.000Z'));
  const h = await startBot({ clock: clock.read });
  try {
    await h.post(message(people.author, h.connector.url, 'help'));
    const record = await anOpportunityIn(h.storage, 'posted', { fields: { closingAt } });
    // The notices of reaching "posted" are sent first, so the last message is the closing one.
    await h.settled();
    const logger = createLogger('silent');
    const closing = startClosingScheduler({
      storage: h.storage,
      background: new Background(logger),
      logger,
      clock: clock.read,
      intervalMs: 3_600_000,
    });
    clock.now = new Date('2030-01-16T00:00:00.000Z');
    expect(await closing.tick()).toBe(1);
    closing.stop();
    await h.settled();
    const told = h.connector.recorded
      .filter((r) => r.conversationId === `a:personal-${people.author.id}`)
      .at(-1)!;
    expect(JSON.stringify(told.activity)).toContain(
      `${record.id} closed to applications at January 15, 2030 at 3:00 p.m. EST. It is now being evaluated.`,
    );
  } finally {
    await h.close();
  }
});
