import type { AuditEvent } from '../../domain/events';
import type { Opportunity } from '../../domain/opportunity';
import { supplierNoticesOf } from '../../domain/supplierNotices';
import { encodeKey } from '../../storage/keys';
import { startApiServer, type ApiServer } from '../api/apiServer';
import { people } from '../support/builders';
import { testSiteUrl } from '../support/storage';
import {
  anOpportunityIn,
  applicationsInBothLanguages,
  fixedClock,
} from '../support/storageHelpers';

/**
 * Everyone who applied hears of an addendum and of a cancellation by e-mail, each in the language
 * of the form they used: the notices are written with the change, in its transaction.
 */
const clock = fixedClock(new Date('2029-12-01T15:00:00.000Z'));
let api: ApiServer;

beforeAll(async () => {
  api = await startApiServer({
    storageClock: clock.read,
    rateLimit: { perMinute: 6_000, burst: 1_000 },
  });
}, 30_000);
afterAll(() => api.close());

/** A posted opportunity with an English and a French applicant. */
async function postedWithApplicants(): Promise<Opportunity> {
  const record = await anOpportunityIn(api.storage, 'posted', {
    fields: {
      closingAt: '2030-01-15T20:00:00.000Z',
      startDate: '2030-01-20',
      deliveryDate: '2030-02-20',
    },
  });
  await applicationsInBothLanguages(api.storage, record);
  return record;
}

const intent = (record: Opportunity, body: Record<string, unknown>, as = people.author) =>
  api.call('POST', `/api/opportunities/${record.id}/intents`, { as, body });

const noticesOf = async (record: Opportunity, kind: string) =>
  (await api.storage.notices.forOpportunity(encodeKey(record.id))).filter((n) => n.kind === kind);

test('an addendum is sent to everyone who applied, in their language, with the page', async () => {
  const record = await postedWithApplicants();
  const addendum = {
    kind: 'amend',
    en: 'The repository moved to a new address.',
    fr: 'Le dépôt a changé d’adresse.',
  };
  // Refused (a cardholder may not amend): nobody is told.
  expect((await intent(record, addendum, people.cardholder)).status).toBe(403);
  expect(await noticesOf(record, 'addendumPublished')).toEqual([]);

  expect((await intent(record, addendum)).status).toBe(200);
  const told = await noticesOf(record, 'addendumPublished');
  expect(told.map((n) => [n.message.to, n.language, n.status]).sort()).toEqual([
    ['camille@example.ca', 'fr', 'pending'],
    ['jordan@example.com', 'en', 'pending'],
  ]);
  const english = told.find((n) => n.language === 'en')!.message;
  expect(english.subject).toBe(`Addendum: ${record.id} ${record.fields.titleEn}`);
  expect(english.body).toContain('The repository moved to a new address.');
  expect(english.body).not.toContain('Le dépôt');
  expect(english.body).toContain(`${testSiteUrl}/en/${record.id}.html`);
  const french = told.find((n) => n.language === 'fr')!.message;
  expect(french.subject).toBe(`Addenda\u00a0: ${record.id} ${record.fields.titleFr}`);
  expect(french.body).toContain('Le dépôt a changé d’adresse.');
  expect(french.body).toContain(`${testSiteUrl}/fr/${record.id}.html`);
});

test('a cancellation before the award tells everyone who applied, with the reason', async () => {
  const record = await postedWithApplicants();
  const reason = 'The team found the work done elsewhere. / Le travail a été fait ailleurs.';
  // Without a reason the cancellation is refused, and nobody is told.
  expect((await intent(record, { kind: 'cancel', reason: '' })).status).toBe(422);
  expect(await noticesOf(record, 'opportunityCancelled')).toEqual([]);

  expect((await intent(record, { kind: 'cancel', reason })).status).toBe(200);
  const told = await noticesOf(record, 'opportunityCancelled');
  expect(told.map((n) => [n.message.to, n.language]).sort()).toEqual([
    ['camille@example.ca', 'fr'],
    ['jordan@example.com', 'en'],
  ]);
  for (const notice of told) expect(notice.message.body).toContain(reason);
  expect(told.find((n) => n.language === 'en')!.message.body).toContain(
    'was cancelled before a contract was awarded',
  );
  expect(told.find((n) => n.language === 'fr')!.message.body).toContain(
    'a été annulée avant l’attribution',
  );
});

test('a draft cancelled before posting has nobody to tell', async () => {
  const record = await anOpportunityIn(api.storage, 'draft');
  expect((await intent(record, { kind: 'cancel', reason: 'Not needed.' })).status).toBe(200);
  expect(await api.storage.notices.forOpportunity(encodeKey(record.id))).toEqual([]);
});

test('cancelling an awarded contract (non-delivery) is not sent to the applicants', () => {
  const applicants = [{ email: 'jordan@example.com', language: 'en' as const }];
  const cancel = (from: AuditEvent['from']): AuditEvent => ({
    opportunityId: 'MA-2029-0001',
    version: 9,
    at: '2030-03-01T15:00:00.000Z',
    actorId: people.author.id,
    actorName: people.author.name,
    from,
    to: 'cancelled',
    comment: 'Not delivered.',
    details: { kind: 'cancel' },
  });
  const record = { id: 'MA-2029-0001', fields: { titleEn: 'T', titleFr: 'T' } } as Opportunity;
  const recipients = { asker: null, applicants };
  expect(supplierNoticesOf(record, cancel('awarded'), recipients, null)).toEqual([]);
  expect(supplierNoticesOf(record, cancel('delivered'), recipients, null)).toEqual([]);
  expect(supplierNoticesOf(record, cancel('evaluating'), recipients, null)).toHaveLength(1);
});

test('the payment notice goes to the winner only, in their language', () => {
  const record = {
    id: 'MA-2029-0001',
    fields: {
      titleEn: 'Date picker',
      titleFr: 'Sélecteur de date',
      contactEmail: 'c@example.gc.ca',
    },
  } as Opportunity;
  const paid: AuditEvent = {
    opportunityId: record.id,
    version: 12,
    at: '2030-03-01T15:00:00.000Z',
    actorId: people.cardholder.id,
    actorName: people.cardholder.name,
    from: 'accepted',
    to: 'paid',
    comment: null,
    details: {
      kind: 'recordPayment',
      payment: { method: 'paypal', paidOn: '2030-03-01', amountCents: 500_000, reference: 'PP-7' },
    },
  };
  const applicants = [{ email: 'other@example.com', language: 'en' as const }];
  const winner = { email: 'camille@example.ca', language: 'fr' as const, confirmation: 'K7Q2' };
  expect(supplierNoticesOf(record, paid, { asker: null, applicants, winner: null }, null)).toEqual(
    [],
  );
  const [notice, ...more] = supplierNoticesOf(
    record,
    paid,
    { asker: null, applicants, winner },
    null,
  );
  expect(more).toEqual([]);
  expect(notice).toMatchObject({
    kind: 'paymentRecorded',
    to: 'camille@example.ca',
    language: 'fr',
    confirmation: 'K7Q2',
    subject: 'Paiement consigné\u00a0: MA-2029-0001 Sélecteur de date',
  });
  expect(notice!.body).toContain('payé le 1 mars 2030 (PayPal), référence PP-7');
  expect(notice!.body).toContain('5\u00a0000,00');
});

test('the closing notice, in French, counts the applications received in time', () => {
  const record = {
    id: 'MA-2029-0002',
    fields: { titleEn: 'Forms', titleFr: 'Formulaires', closingAt: '2030-01-15T20:00:00.000Z' },
  } as Opportunity;
  const closed: AuditEvent = {
    opportunityId: record.id,
    version: 5,
    at: '2030-01-15T20:00:03.000Z',
    actorId: 'scheduler',
    actorName: 'scheduler',
    from: 'posted',
    to: 'evaluating',
    comment: null,
    details: { kind: 'close', applications: ['AAAA', 'BBBB'], drawCommitment: 'c' },
  };
  const applicants = [
    { email: 'camille@example.ca', language: 'fr' as const, confirmation: 'AAAA' },
    // Received after the closing time: not among those the closing fixed.
    { email: 'late@example.com', language: 'en' as const, confirmation: 'CCCC' },
  ];
  const notices = supplierNoticesOf(record, closed, { asker: null, applicants }, null);
  expect(notices.map((n) => [n.to, n.kind, n.confirmation])).toEqual([
    ['camille@example.ca', 'applicationsClosed', 'AAAA'],
  ]);
  expect(notices[0]!.subject).toBe('Candidatures closes\u00a0: MA-2029-0002 Formulaires');
  expect(notices[0]!.body).toContain('fait partie des 2 candidatures reçues à temps');
});
