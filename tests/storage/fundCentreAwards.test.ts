import type { TableClient } from '@azure/data-tables';
import { totalCents } from '../../domain/completeness';
import type { Opportunity } from '../../domain/opportunity';
import { scheduler } from '../../domain/people';
import { headRowKey } from '../../storage/keys';
import { partitionKeyOf } from '../../storage/opportunityEntities';
import type { Storage } from '../../storage/storage';
import { beforeClosing, people } from '../support/builders';
import { afterClosing } from '../support/domainArbitraries';
import { testStorage } from '../support/storage';
import {
  aDraft,
  anApplication,
  anOpportunityIn,
  applied,
  evaluated,
  fixedClock,
} from '../support/storageHelpers';

type Row = Record<string, unknown> & { partitionKey: string; rowKey: string };

/** One fund centre's opportunities in each kind of state, and one of another fund centre. */
async function aFundCentre(storage: Storage, clock: { now: Date }) {
  const fields = { fundCentre: 'FC-7070' };
  const posted = await anOpportunityIn(storage, 'posted', { fields });
  const toAward = await anOpportunityIn(storage, 'posted', { fields });
  const draft = await aDraft(storage, { fields });
  const cancelled = await applied(
    storage,
    (await anOpportunityIn(storage, 'posted', { fields })).id,
    { kind: 'cancel', reason: 'No longer needed' },
    people.author,
  );
  await anOpportunityIn(storage, 'posted', { fields: { fundCentre: 'FC-8080' } });
  const confirmation = await anApplication(storage, toAward);
  clock.now = afterClosing;
  const closed = await storage.opportunities.apply(toAward.id, { kind: 'close' }, scheduler);
  expect(closed.kind).toBe('applied');
  const evaluatedOne = await evaluated(storage, toAward, confirmation, true);
  const awarded = await applied(storage, evaluatedOne.id, { kind: 'award' }, people.author);
  return { posted, awarded, draft, cancelled };
}

async function headOf(table: TableClient, record: Opportunity): Promise<Row> {
  const row: Row = await table.getEntity<Row>(partitionKeyOf(record.id), headRowKey);
  delete row.etag;
  delete row.timestamp;
  return row;
}

async function rewrite(table: TableClient, row: Row): Promise<void> {
  await table.upsertEntity(row, 'Replace');
}

const byId = <T extends { opportunityId: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.opportunityId.localeCompare(b.opportunityId));

/** What the rule must count of these two: posted by its posting, awarded by its award and winner. */
function expected(posted: Opportunity, awarded: Opportunity) {
  return byId([
    {
      opportunityId: posted.id,
      fundCentre: 'FC-7070',
      supplierKey: '',
      at: posted.postedAt,
      totalCents: totalCents(posted.fields),
    },
    {
      opportunityId: awarded.id,
      fundCentre: 'FC-7070',
      supplierKey: awarded.award!.supplierKey,
      at: awarded.awardedAt,
      totalCents: totalCents(awarded.fields),
    },
  ]);
}

describe('the fund centre as the splitting rule reads it', () => {
  test('posted and awarded opportunities count, dated by award or posting; drafts, cancelled ones and other fund centres do not', async () => {
    const clock = fixedClock(beforeClosing);
    const storage = await testStorage({ clock: clock.read });
    const { posted, awarded } = await aFundCentre(storage, clock);
    expect(awarded.state).toBe('awarded');
    expect(awarded.award!.supplierKey).not.toBe('');

    const found = await storage.opportunities.fundCentreAwards(' fc-7070');
    expect(byId(found)).toEqual(expected(posted, awarded));
  });

  test('never reads the records: a head whose record cannot be read still counts from its columns', async () => {
    const clock = fixedClock(beforeClosing);
    const storage = await testStorage({ clock: clock.read });
    const { posted, awarded } = await aFundCentre(storage, clock);
    const table = storage.tables.clients.opportunities;
    for (const record of [posted, awarded]) {
      const row = await headOf(table, record);
      for (const name of Object.keys(row)) if (name.startsWith('record_')) row[name] = '{';
      await rewrite(table, row);
    }
    await expect(storage.opportunities.get(posted.id)).rejects.toThrow();

    expect(byId(await storage.opportunities.fundCentreAwards('FC-7070'))).toEqual(
      expected(posted, awarded),
    );
  });

  test('heads stored before the posting and award dates were columns are read whole', async () => {
    const clock = fixedClock(beforeClosing);
    const storage = await testStorage({ clock: clock.read });
    const { posted, awarded, draft, cancelled } = await aFundCentre(storage, clock);
    const table = storage.tables.clients.opportunities;
    for (const record of [posted, awarded, draft, cancelled]) {
      const old = await headOf(table, record);
      delete old.postedAt;
      delete old.awardedAt;
      await rewrite(table, old);
      expect(await headOf(table, record)).not.toHaveProperty('awardedAt');
    }

    expect(byId(await storage.opportunities.fundCentreAwards('FC-7070'))).toEqual(
      expected(posted, awarded),
    );
  });
});
