import { awaiting } from '../../domain/awaiting';
import { copiedFields, mayCopy } from '../../domain/copyOpportunity';
import { scheduler } from '../../domain/people';
import { isState, states, type State } from '../../domain/states';
import { actor, anOpportunity, completeFields, people, withRoles } from '../support/builders';

describe('copying an opportunity', () => {
  const source = { ...anOpportunity(), fields: completeFields() };

  test('its author copies it; nobody else, and not someone who may not draft', () => {
    expect(mayCopy(source, actor(people.author))).toBeNull();
    expect(mayCopy(source, actor(withRoles(people.procurement, ['client'])))).toEqual({
      reason: 'notAuthor',
    });
    expect(mayCopy(source, actor(withRoles(people.author, ['cardholder'])))).toMatchObject({
      reason: 'missingRole',
    });
    expect(mayCopy(source, scheduler)).toEqual({ reason: 'peopleOnly' });
  });

  test('the lists are copied item by item: the copy shares no object with the source', () => {
    const copy = copiedFields(source.fields);
    for (const list of ['skills', 'acceptanceCriteria', 'evaluationCriteria'] as const) {
      expect(source.fields[list].length).toBeGreaterThan(0);
      expect(copy[list]).toEqual(source.fields[list]);
      copy[list]!.forEach((item, i) => expect(item).not.toBe(source.fields[list][i]));
    }
    expect(copy).toMatchObject({
      titleEn: source.fields.titleEn,
      licence: source.fields.licence,
      repositoryUrl: source.fields.repositoryUrl,
      contactEmail: source.fields.contactEmail,
    });
    expect(copy).not.toHaveProperty('closingAt');
    expect(copy).not.toHaveProperty('cardholderId');
  });
});

test('whom each state waits for: the author, the cardholder, procurement, or nobody', () => {
  const record = (state: State) => ({
    ...anOpportunity(),
    state,
    authorId: 'author',
    fields: { ...completeFields(), cardholderId: 'cardholder' },
  });
  const waits = Object.fromEntries(states.map((state) => [state, awaiting(record(state))]));
  expect(waits).toEqual({
    draft: { personId: 'author' },
    awaitingFunds: { personId: 'cardholder' },
    awaitingProcurement: { role: 'procurement' },
    posted: null,
    evaluating: { personId: 'author' },
    awardHeld: { role: 'procurement' },
    awarded: { personId: 'author' },
    delivered: { personId: 'author' },
    accepted: { personId: 'cardholder' },
    paid: null,
    cancelled: null,
    rejected: null,
  });
  const noCardholder = { ...record('awaitingFunds'), fields: completeFields({ cardholderId: '' }) };
  expect(awaiting(noCardholder)).toBeNull();
});

test('a state is one of the names, and only a string can be one', () => {
  for (const state of states) expect(isState(state)).toBe(true);
  for (const value of ['', 'Draft', 'drafts', 3, null, undefined, ['draft']])
    expect(isState(value)).toBe(false);
});
