import { people } from '../support/builders';
import { afterClosing } from '../support/domainArbitraries';
import { testStorage } from '../support/storage';
import {
  anApplication,
  anOpportunityIn,
  applied,
  evaluated,
  fixedClock,
} from '../support/storageHelpers';
import { scheduler } from '../../domain/people';
import { beforeClosing } from '../support/builders';

test('fund centres are read together whatever their case and spaces, as the splitting rule compares them', async () => {
  const storage = await testStorage();
  await anOpportunityIn(storage, 'posted', { fields: { fundCentre: 'FC-4242' } });
  await anOpportunityIn(storage, 'posted', { fields: { fundCentre: ' fc-4242' } });
  await anOpportunityIn(storage, 'posted', { fields: { fundCentre: 'FC-9999' } });
  expect(await storage.opportunities.fundCentreAwards('fc-4242 ')).toHaveLength(2);
});

test('a held award waits in every procurement officer’s inbox but that of its author or cardholder', async () => {
  const clock = fixedClock(beforeClosing);
  const storage = await testStorage({ clock: clock.read });
  const fields = { fundCentre: 'FC-5151' };
  const records = [
    await anOpportunityIn(storage, 'posted', { fields }),
    await anOpportunityIn(storage, 'posted', { fields, author: people.allRoles }),
  ];
  const numbers = await Promise.all(records.map((r) => anApplication(storage, r)));
  clock.now = afterClosing;
  for (const r of records) {
    const closed = await storage.opportunities.apply(r.id, { kind: 'close' }, scheduler);
    expect(closed.kind).toBe('applied');
  }
  const first = await evaluated(storage, records[0]!, numbers[0]!, true);
  await applied(storage, first.id, { kind: 'award' }, people.author);
  const second = await evaluated(storage, records[1]!, numbers[1]!, true, people.allRoles);
  const held = await applied(storage, second.id, { kind: 'award' }, people.allRoles);
  expect(held.state).toBe('awardHeld');

  const inbox = async (person: (typeof people)[keyof typeof people]) =>
    (await storage.opportunities.list({ kind: 'awaiting', person })).items.map((r) => r.id);
  expect(await inbox(people.procurement)).toContain(held.id);
  // The author (who also holds the procurement role) does not release their own award.
  expect(await inbox(people.allRoles)).not.toContain(held.id);
});
