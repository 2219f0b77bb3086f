import { isPublic } from '../../site/publicView';
import { loadPublicRecords, PublicRecordsReader } from '../../site/publicRecords';
import { headRowKey } from '../../storage/keys';
import { partitionKeyOf } from '../../storage/opportunityEntities';
import type { Storage } from '../../storage/storage';
import { afterPostingStates, opportunitiesAfterPosting } from '../support/afterPostingStates';
import { beforeClosing, people } from '../support/builders';
import { testStorage } from '../support/storage';
import { anOpportunityIn, applied, fixedClock } from '../support/storageHelpers';

const clock = fixedClock(beforeClosing);
let storage: Storage;
beforeAll(async () => {
  storage = await testStorage({ clock: clock.read });
});

test('every opportunity the public sees is read, in every state after posting, held awards too', async () => {
  const posted = await anOpportunityIn(storage, 'posted');
  const draft = await anOpportunityIn(storage, 'awaitingFunds');
  const later = await opportunitiesAfterPosting(
    storage,
    clock,
    afterPostingStates.map((state) => ({
      state,
      author: people.author,
      cardholder: people.cardholder,
    })),
  );
  const ids = new Set((await loadPublicRecords(storage)).map((r) => r.id));
  const expected = [posted, ...later].filter(isPublic).map((r) => r.id);
  expect(later.find((r) => r.state === 'awardHeld')).toBeDefined();
  for (const id of expected) expect(ids).toContain(id);
  expect(ids).not.toContain(draft.id);
  expect(ids).not.toContain(later.find((r) => r.state === 'rejected')!.id);
});

test('after reading everything once, a read hands out only what storage wrote since', async () => {
  clock.now = beforeClosing;
  const reader = new PublicRecordsReader(storage);
  const everything = await reader.read(null);
  expect(everything.complete).toBe(true);
  reader.published(everything);
  const since = new Date(Date.now() - 1_000);

  // Nothing new: rows read again inside the overlap, at the version published, are left out.
  expect((await reader.read(since)).records).toEqual([]);

  const posted = await anOpportunityIn(storage, 'posted');
  const notYet = await anOpportunityIn(storage, 'awaitingProcurement');
  const changes = await reader.read(since);
  expect(changes.complete).toBe(false);
  expect(changes.records.map((r) => r.id)).toEqual([posted.id]);
  expect(changes.records.map((r) => r.id)).not.toContain(notYet.id);

  // Until it is published, the same change is handed out again (a failed publication retries).
  expect((await reader.read(since)).records.map((r) => r.id)).toEqual([posted.id]);
  reader.published(changes);
  expect((await reader.read(since)).records).toEqual([]);

  const amended = await applied(
    storage,
    posted.id,
    { kind: 'amend', en: 'More time', fr: 'Plus de temps' },
    people.author,
  );
  const next = await reader.read(since);
  expect(next.records.map((r) => [r.id, r.version])).toEqual([[amended.id, amended.version]]);
});

test('what changed is read whole only when it may be public: drafts are judged by their columns', async () => {
  clock.now = beforeClosing;
  const reader = new PublicRecordsReader(storage);
  reader.published(await reader.read(null));
  const since = new Date(Date.now() - 1_000);

  const posted = await anOpportunityIn(storage, 'posted');
  const cancelledAfterPosting = await applied(
    storage,
    (await anOpportunityIn(storage, 'posted')).id,
    { kind: 'cancel', reason: 'No longer needed' },
    people.author,
  );
  const drafts = [
    await anOpportunityIn(storage, 'draft'),
    await anOpportunityIn(storage, 'awaitingFunds'),
    await anOpportunityIn(storage, 'awaitingProcurement'),
  ];
  // A whole read of these would fail: their records are no longer JSON.
  const table = storage.tables.clients.opportunities;
  for (const draft of drafts) {
    const row = await table.getEntity<Record<string, unknown>>(
      partitionKeyOf(draft.id),
      headRowKey,
    );
    for (const name of Object.keys(row)) if (name.startsWith('record_')) row[name] = '{';
    await table.updateEntity(row as Parameters<typeof table.updateEntity>[0], 'Replace');
  }
  await expect(storage.opportunities.get(drafts[0]!.id)).rejects.toThrow();

  const changes = await reader.read(since);
  expect(changes.records.map((r) => r.id).sort()).toEqual(
    [posted.id, cancelledAfterPosting.id].sort(),
  );
  expect(changes.chains.has(posted.id)).toBe(true);
});
