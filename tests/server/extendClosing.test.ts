import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Opportunity } from '../../domain/opportunity';
import { Background } from '../../runtime/background';
import { startClosingScheduler } from '../../server/closingScheduler';
import { createLogger } from '../../runtime/logger';
import { startSitePublishing } from '../../server/publishing';
import { exampleContacts } from '../../site/contacts';
import { encodeKey } from '../../storage/keys';
import { ocdsValidator } from '../site/support/siteFixtures';
import { startApiServer, type ApiServer } from '../api/apiServer';
import { anApplicationForm, people } from '../support/builders';
import { testSiteUrl } from '../support/storage';
import {
  anOpportunityIn,
  applicationsInBothLanguages,
  fixedClock,
} from '../support/storageHelpers';

const oldClosing = '2030-01-15T20:00:00.000Z';
const newClosing = '2030-01-18T20:00:00.000Z';
const clock = fixedClock(new Date('2029-12-01T15:00:00.000Z'));
const logger = createLogger('silent');
let api: ApiServer;
let background: Background;
let dir: string;
let record: Opportunity;

beforeAll(async () => {
  api = await startApiServer({
    storageClock: clock.read,
    rateLimit: { perMinute: 6_000, burst: 1_000 },
  });
  background = new Background(logger);
  dir = mkdtempSync(join(tmpdir(), 'extend-'));
  startSitePublishing({
    storage: api.storage,
    background,
    logger,
    siteUrl: testSiteUrl,
    contacts: exampleContacts,
    destination: { kind: 'folder', dir },
    onFailure: async () => undefined,
  });
  record = await anOpportunityIn(api.storage, 'posted', {
    fields: { closingAt: oldClosing, startDate: '2030-01-20', deliveryDate: '2030-02-20' },
  });
  await applicationsInBothLanguages(api.storage, record);
  await background.idle();
}, 30_000);
afterAll(() => api.close());

const extend = (body: Record<string, unknown>, as = people.author) =>
  api.call('POST', `/api/opportunities/${record.id}/intents`, {
    as,
    body: {
      kind: 'extendClosing',
      closingAt: newClosing,
      en: 'A late answer needs time to read.',
      fr: 'Une réponse tardive demande du temps.',
      ...body,
    },
  });
const stored = async () => (await api.storage.opportunities.get(record.id))!;
const notices = async () =>
  (await api.storage.notices.forOpportunity(encodeKey(record.id))).filter(
    (n) => n.kind === 'closingExtended',
  );

test('bad extensions are refused in both languages and change nothing, nor tell anyone', async () => {
  const before = await stored();
  const cardholder = await extend({}, people.cardholder);
  expect(cardholder.status).toBe(403);
  const earlier = await extend({ closingAt: '2030-01-14T20:00:00.000Z' });
  expect(earlier.status).toBe(422);
  expect(JSON.stringify(earlier.body)).toContain('must be later than the current closing');
  expect(JSON.stringify(earlier.body)).toContain('doit être postérieure à la clôture actuelle');
  expect((await extend({ closingAt: oldClosing })).status).toBe(422);
  const pastStart = await extend({ closingAt: '2030-01-21T20:00:00.000Z' });
  expect(pastStart.status).toBe(422);
  expect(JSON.stringify(pastStart.body)).toContain('startDate');
  expect((await extend({ fr: '' })).status).toBe(422);
  // Unreadable input is refused before the record is read, as every intent's is.
  expect((await extend({ closingAt: 'next week' })).status).toBe(400);
  // The page shows the minute; a closing 30 seconds after it is refused, not cut.
  const seconds = await extend({ closingAt: '2030-01-18T20:00:30.000Z' });
  expect(seconds.status).toBe(400);
  expect(seconds.body.problems).toEqual([
    expect.objectContaining({ field: 'closingAt', code: 'notWholeMinute' }),
  ]);
  const after = await stored();
  expect([after.version, after.fields.closingAt]).toEqual([before.version, oldClosing]);
  expect(await notices()).toEqual([]);
  // The cardholder's attempt is kept beside the events (denials are audited).
  const refused = await api.storage.opportunities.refusals(record.id);
  expect(refused.map((r) => [r.actorId, r.refusal.kind, r.refusal.intent])).toContainEqual([
    people.cardholder.id,
    'forbidden',
    'extendClosing',
  ]);
});

test('the author moves the closing later: audited, published as an addendum, applicants told', async () => {
  const response = await extend({});
  expect(response.status).toBe(200);
  const now = await stored();
  expect(now.fields.closingAt).toBe(newClosing);
  expect(now.addenda.at(-1)).toMatchObject({
    closing: { from: oldClosing, to: newClosing },
    en: 'A late answer needs time to read.',
  });
  const event = (await api.storage.opportunities.events(record.id)).at(-1)!;
  expect([event.actorId, event.details]).toEqual([
    people.author.id,
    expect.objectContaining({ kind: 'extendClosing', from: oldClosing, closingAt: newClosing }),
  ]);

  const told = await notices();
  expect(told.map((n) => [n.message.to, n.language, n.status]).sort()).toEqual([
    ['camille@example.ca', 'fr', 'pending'],
    ['jordan@example.com', 'en', 'pending'],
  ]);
  const english = told.find((n) => n.language === 'en')!.message;
  expect(english.subject).toContain('Closing extended');
  expect(english.body).toContain('moved from January 15, 2030');
  expect(english.body).toContain('to January 18, 2030');
  expect(english.body).toContain('A late answer needs time to read.');
  expect(english.body).toContain(`${testSiteUrl}/en/${record.id}.html`);
  expect(told.find((n) => n.language === 'fr')!.message.body).toContain('passe du 15 janvier 2030');

  await background.idle();
  const en = readFileSync(join(dir, 'en', `${record.id}.html`), 'utf8');
  expect(en).toContain('The closing moved from');
  expect(en).toContain(`<time datetime="${newClosing}">`);
  expect(readFileSync(join(dir, 'fr', `${record.id}.html`), 'utf8')).toContain(
    'La clôture passe du',
  );
  const data = JSON.parse(readFileSync(join(dir, 'data', `${record.id}.json`), 'utf8')) as {
    closingAt: string;
    addenda: { closing?: unknown }[];
  };
  expect(data.closingAt).toBe(newClosing);
  expect(data.addenda.at(-1)!.closing).toEqual({ from: oldClosing, to: newClosing });
  const ocds = JSON.parse(readFileSync(join(dir, 'ocds', `${record.id}.json`), 'utf8')) as {
    releases: {
      tag: string[];
      tender: { tenderPeriod: { endDate: string }; amendments: { description: string }[] };
    }[];
  };
  const validate = ocdsValidator();
  expect(validate(ocds)).toBe(true);
  const amended = ocds.releases.at(-1)!;
  expect(amended.tag).toEqual(['tenderAmendment']);
  expect(amended.tender.tenderPeriod.endDate).toBe(newClosing);
  expect(amended.tender.amendments.at(-1)!.description).toMatch(
    /^The closing moved from January 15, 2030.* to January 18, 2030.*\n\nA late answer/s,
  );
});

test('the closing scheduler closes at the new time, not the old; then no extension is taken', async () => {
  const scheduler = startClosingScheduler({
    storage: api.storage,
    background,
    logger,
    clock: clock.read,
    intervalMs: 3_600_000,
  });
  try {
    clock.now = new Date(Date.parse(oldClosing) + 60_000);
    expect(await scheduler.tick()).toBe(0);
    expect((await stored()).state).toBe('posted');
    // Past the old closing, applications are still taken.
    const late = await api.storage.applications.submit(
      record.id,
      anApplicationForm(record, { email: 'sam@example.com' }),
      'en',
    );
    expect(late.kind).toBe('received');

    clock.now = new Date(Date.parse(newClosing) + 60_000);
    expect(await scheduler.tick()).toBe(1);
    const closed = await stored();
    expect(closed.state).toBe('evaluating');
    expect(closed.applications).toHaveLength(3);
  } finally {
    scheduler.stop();
  }
  const tooLate = await extend({ closingAt: '2030-01-19T20:00:00.000Z' });
  expect(tooLate.status).toBe(409);
});
