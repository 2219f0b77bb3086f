import { describeRefusal } from '../../domain/messages';
import { actor, people } from '../support/builders';
import { testStorage } from '../support/storage';
import { aDraft, applied, fixedClock } from '../support/storageHelpers';

/** Friday 21 December 2029, 10:00 Eastern; Christmas, Boxing Day and New Year's Day follow. */
const friday = new Date('2029-12-21T15:00:00.000Z');
const fields = (closingAt: string) => ({ closingAt, startDate: '2030-01-20' });

describe('the minimum posting period (MIN_POSTING_BUSINESS_DAYS, 5 by default)', () => {
  test('submit is refused when the closing is sooner than 5 business days, naming the earliest; nothing changes', async () => {
    const clock = fixedClock(friday);
    // The store's own default, as the server's.
    const storage = await testStorage({ clock: clock.read, minPostingBusinessDays: undefined });
    const draft = await aDraft(storage, { fields: fields('2030-01-02T14:59:00.000Z') });
    const outcome = await storage.opportunities.apply(
      draft.id,
      { kind: 'submit' },
      actor(people.author),
    );
    expect(outcome).toMatchObject({
      kind: 'refused',
      refusal: {
        kind: 'incomplete',
        problems: [
          {
            field: 'closingAt',
            code: 'tooSoon',
            params: { days: 5, closingAt: '2030-01-02T15:00:00.000Z' },
          },
        ],
      },
    });
    if (outcome.kind !== 'refused') throw new Error('not refused');
    expect(describeRefusal(outcome.refusal, 'fr')).toContain(
      'la clôture la plus tôt permise est le 2 janvier 2030 à 10 h 00 HNE',
    );
    expect(await storage.opportunities.get(draft.id)).toMatchObject({
      state: 'draft',
      version: draft.version,
    });
  });

  test('posting approval checks it again from its own day: a wait past the period is refused', async () => {
    const clock = fixedClock(friday);
    // The store's own default, as the server's.
    const storage = await testStorage({ clock: clock.read, minPostingBusinessDays: undefined });
    const draft = await aDraft(storage, { fields: fields('2030-01-03T15:00:00.000Z') });
    await applied(storage, draft.id, { kind: 'submit' }, people.author);
    const funded = await applied(
      storage,
      draft.id,
      { kind: 'approveFunds', comment: 'Funds reserved' },
      people.cardholder,
    );
    // Thursday 27 December: five business days later is Friday 4 January.
    clock.now = new Date('2029-12-27T15:00:00.000Z');
    const late = await storage.opportunities.apply(
      draft.id,
      { kind: 'approvePosting', comment: 'Guardrails met' },
      actor(people.procurement),
    );
    expect(late).toMatchObject({
      kind: 'refused',
      refusal: {
        kind: 'incomplete',
        problems: [{ code: 'tooSoon', params: { closingAt: '2030-01-04T15:00:00.000Z' } }],
      },
    });
    expect(await storage.opportunities.get(draft.id)).toMatchObject({
      state: 'awaitingProcurement',
      version: funded.version,
    });
    // Monday 24 December: exactly five business days before the closing, so it posts.
    clock.now = new Date('2029-12-24T15:00:00.000Z');
    const posted = await applied(
      storage,
      draft.id,
      { kind: 'approvePosting', comment: 'Guardrails met' },
      people.procurement,
    );
    expect(posted.state).toBe('posted');
  });

  test('the setting decides the period: with 0, any future closing will do', async () => {
    const storage = await testStorage({ clock: () => friday, minPostingBusinessDays: 0 });
    expect(storage.opportunities.minPostingBusinessDays).toBe(0);
    const draft = await aDraft(storage, { fields: fields('2029-12-21T16:00:00.000Z') });
    const submitted = await applied(storage, draft.id, { kind: 'submit' }, people.author);
    expect(submitted.state).toBe('awaitingFunds');
  });
});
