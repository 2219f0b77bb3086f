import type { AuditEvent, EventDetails } from '../../domain/events';
import type { AwardRecord } from '../../domain/opportunity';
import { supplierAudienceOf, type Recipient, type Recipients } from '../../domain/supplierAudience';
import { supplierNoticesOf } from '../../domain/supplierNotices';
import { anAward, anOpportunity, completeFields, people } from '../support/builders';

// The builders' record: MA-2029-0001, "Accessible date picker" / "Sélecteur de date accessible",
// closing 2030-01-15 20:00 UTC (15:00 EST), $8,690.00 before 15 % HST, one evaluation criterion.
const id = 'MA-2029-0001';
const page = (locale: string) => `https://example.gc.ca/${locale}/${id}.html`;
const en: Recipient = { email: 'jordan@example.com', language: 'en', confirmation: 'AAAAAAAA' };
const fr: Recipient = { email: 'camille@example.ca', language: 'fr', confirmation: 'BBBBBBBB' };
const nbsp = '\u00a0';

function event(details: EventDetails, from: AuditEvent['from'], to: AuditEvent['to']): AuditEvent {
  return {
    opportunityId: id,
    version: 7,
    at: '2030-01-15T20:00:03.000Z',
    actorId: people.author.id,
    actorName: people.author.name,
    from,
    to,
    comment: null,
    details,
  };
}
const toApplicants = (...applicants: Recipient[]): Recipients => ({ asker: null, applicants });

describe('who hears of a change', () => {
  test('a held award tells nobody until it is released', () => {
    const award = { kind: 'award', award: {} as AwardRecord } as const;
    expect(supplierAudienceOf(event(award, 'evaluating', 'awardHeld'))).toEqual([]);
    expect(supplierAudienceOf(event(award, 'evaluating', 'awarded'))).toEqual(['applicants']);
    expect(supplierAudienceOf(event({ kind: 'releaseAward' }, 'awardHeld', 'awarded'))).toEqual([
      'applicants',
    ]);
  });

  test('and no notice is written for it, nor for a cancellation after the award', () => {
    const held = anOpportunity({ state: 'awardHeld', award: anAward, applications: ['AAAAAAAA'] });
    const heldAward = event({ kind: 'award', award: anAward }, 'evaluating', 'awardHeld');
    expect(supplierNoticesOf(held, heldAward, toApplicants(en), page)).toEqual([]);
    const cancelled = { ...event({ kind: 'cancel' }, 'awarded', 'cancelled'), comment: 'Late.' };
    expect(supplierNoticesOf(held, cancelled, toApplicants(en), page)).toEqual([]);
  });

  test('a cancellation tells the applicants only while the competition is open', () => {
    for (const from of ['posted', 'evaluating', 'awardHeld'] as const)
      expect(supplierAudienceOf(event({ kind: 'cancel' }, from, 'cancelled'))).toEqual([
        'applicants',
      ]);
    for (const from of ['draft', 'awaitingFunds', 'awarded', 'delivered', null] as const)
      expect(supplierAudienceOf(event({ kind: 'cancel' }, from, 'cancelled'))).toEqual([]);
  });

  test('creating, and every change not in the table, tells nobody', () => {
    const create = { kind: 'create', authorName: 'A', fields: completeFields() } as const;
    expect(supplierAudienceOf(event(create, null, 'draft'))).toEqual([]);
    expect(supplierAudienceOf(event({ kind: 'submit' }, 'draft', 'awaitingFunds'))).toEqual([]);
    expect(
      supplierNoticesOf(
        anOpportunity(),
        event({ kind: 'submit' }, 'draft', 'awaitingFunds'),
        toApplicants(en),
        page,
      ),
    ).toEqual([]);
  });
});

describe('the closing extended', () => {
  const extended = event(
    {
      kind: 'extendClosing',
      from: '2030-01-15T20:00:00.000Z',
      closingAt: '2030-01-22T20:00:00.000Z',
      en: 'More time to read the addendum.',
      fr: 'Plus de temps pour lire l’addenda.',
    },
    'posted',
    'posted',
  );
  const record = anOpportunity({ state: 'posted' });

  test('to each address once, in its language: from when to when, why, and that it stands', () => {
    const twice = { ...en, email: ' JORDAN@example.com ', language: 'fr' as const };
    const notices = supplierNoticesOf(record, extended, toApplicants(en, fr, twice), page);
    expect(notices).toEqual([
      {
        kind: 'closingExtended',
        to: 'jordan@example.com',
        language: 'en',
        opportunityId: id,
        subject: `Closing extended: ${id} Accessible date picker`,
        body: [
          `The closing of Accessible date picker (${id}), the opportunity you applied to, moved from January 15, 2030 at 3:00 p.m. EST to January 22, 2030 at 3:00 p.m. EST.`,
          'Reason:\nMore time to read the addendum.',
          `Your application stands: you do not need to apply again. The addendum is published on the opportunity page: ${page('en')}`,
        ].join('\n\n'),
      },
      expect.objectContaining({ to: 'camille@example.ca', language: 'fr' }),
    ]);
    const french = notices[1]!;
    expect(french.subject).toContain('Sélecteur de date accessible');
    expect(french.body).toContain('Plus de temps pour lire l’addenda.');
    expect(french.body).toContain('22 janvier 2030');
    expect(french.body).toContain(page('fr'));
    expect(french.body.split('\n\n')).toHaveLength(3);
  });

  test('without the site’s address, the application still stands, without a link', () => {
    const [notice] = supplierNoticesOf(record, extended, toApplicants(en), null);
    expect(notice!.body.split('\n\n')[2]).toBe(
      'Your application stands: you do not need to apply again.',
    );
  });

  test('a closing never set before is left blank, not invented', () => {
    const first = event(
      { ...(extended.details as object), from: '' } as EventDetails,
      'posted',
      'posted',
    );
    const [notice] = supplierNoticesOf(record, first, toApplicants(en), null);
    expect(notice!.body).toContain('moved from  to January 22, 2030');
  });
});

describe('an addendum and a cancellation', () => {
  const record = anOpportunity({ state: 'posted' });

  test('an addendum: what happened, then the addendum in the reader’s language, then the page', () => {
    const amend = event(
      { kind: 'amend', en: 'New repo.', fr: 'Nouveau dépôt.' },
      'posted',
      'posted',
    );
    const twice = { ...fr, email: 'Camille@Example.ca' };
    const notices = supplierNoticesOf(record, amend, toApplicants(en, fr, twice), page);
    expect(notices).toEqual([
      {
        kind: 'addendumPublished',
        to: 'jordan@example.com',
        language: 'en',
        opportunityId: id,
        subject: `Addendum: ${id} Accessible date picker`,
        body: [
          `An addendum was published to Accessible date picker (${id}), the opportunity you applied to. It may change what is asked: read it before the closing.`,
          'The addendum:\nNew repo.',
          `The opportunity page: ${page('en')}`,
        ].join('\n\n'),
      },
      {
        kind: 'addendumPublished',
        to: 'camille@example.ca',
        language: 'fr',
        opportunityId: id,
        subject: `Addenda${nbsp}: ${id} Sélecteur de date accessible`,
        body: expect.stringContaining('\nNouveau dépôt.\n\n') as string,
      },
    ]);
    expect(notices[1]!.body).toContain(page('fr'));
    expect(notices[1]!.body).not.toContain('New repo.');
  });

  test('a cancellation carries the author’s reason to every reader, with no page when unknown', () => {
    const cancel = { ...event({ kind: 'cancel' }, 'evaluating', 'cancelled'), comment: 'Budget.' };
    const [english, french] = supplierNoticesOf(record, cancel, toApplicants(en, fr), null);
    expect(english).toEqual({
      kind: 'opportunityCancelled',
      to: 'jordan@example.com',
      language: 'en',
      opportunityId: id,
      subject: `Cancelled: ${id} Accessible date picker`,
      body: [
        `Accessible date picker (${id}), the opportunity you applied to, was cancelled before a contract was awarded. No contract will be awarded for it.`,
        'Reason given:\nBudget.',
      ].join('\n\n'),
    });
    expect(french!.body).toMatch(/\nBudget\.$/);
    const noReason = event({ kind: 'cancel' }, 'posted', 'cancelled');
    const [blank] = supplierNoticesOf(record, noReason, toApplicants(en), null);
    expect(blank!.body).toMatch(/Reason given:\n$/);
  });
});

describe('applications closed', () => {
  // The scheduler closes a little after the closing time; the notice gives the closing time.
  const closed = {
    ...event(
      { kind: 'close', applications: ['AAAAAAAA', 'BBBBBBBB', 'CCCCCCCC'], drawCommitment: 'c' },
      'posted',
      'evaluating',
    ),
    at: '2030-01-15T20:01:30.000Z',
  };

  test('each application received in time, once, with its number and the count', () => {
    const late: Recipient = { email: 'late@example.com', language: 'en', confirmation: 'DDDDDDDD' };
    const again = { ...en, email: 'jordan+2@example.com' };
    const asked: Recipient = { email: 'asker@example.com', language: 'en' };
    const notices = supplierNoticesOf(
      anOpportunity({ state: 'evaluating' }),
      closed,
      toApplicants(en, late, again, asked, fr),
      page,
    );
    expect(notices.map((n) => [n.to, n.confirmation])).toEqual([
      ['jordan@example.com', 'AAAAAAAA'],
      ['camille@example.ca', 'BBBBBBBB'],
    ]);
    expect(notices[0]).toEqual({
      kind: 'applicationsClosed',
      to: 'jordan@example.com',
      language: 'en',
      opportunityId: id,
      confirmation: 'AAAAAAAA',
      subject: `Applications closed: ${id} Accessible date picker`,
      body: [
        `Applications to Accessible date picker (${id}) closed on January 15, 2030 at 3:00 p.m. EST. Yours, ${id}-AAAAAAAA, is one of the 3 applications received in time. The anonymous evaluation starts now; you will be e-mailed the result.`,
        `The opportunity page: ${page('en')}`,
      ].join('\n\n'),
    });
  });

  test('without a closing on the record, the time of the closing event', () => {
    const record = anOpportunity({ state: 'evaluating' });
    record.fields.closingAt = null;
    const [notice] = supplierNoticesOf(record, closed, toApplicants(en), null);
    expect(notice!.body).toContain('closed on January 15, 2030 at 3:01 p.m. EST.');
    expect(notice!.body).not.toContain('opportunity page');
  });
});

describe('the results, once the award is final', () => {
  const record = anOpportunity({
    state: 'awarded',
    award: anAward,
    applications: ['AAAAAAAA', 'BBBBBBBB', 'CCCCCCCC'],
  });
  record.fields.evaluationCriteria = [
    { en: 'Has shipped React', fr: 'A livré du React' },
    { en: 'Knows WCAG', fr: 'Connaît les WCAG' },
  ];
  const failed: Recipient = { email: 'sam@example.com', language: 'en', confirmation: 'CCCCCCCC' };
  const winner = { ...en, name: 'Jordan Lee' };
  const awarded = event({ kind: 'award', award: anAward }, 'evaluating', 'awarded');
  const rationales = new Map([
    [
      'CCCCCCCC',
      [
        { pass: true, rationale: 'Two components shipped.' },
        { pass: false, rationale: 'No accessibility work shown.' },
      ],
    ],
  ]);

  test('the winner is selected, by name, with the contract’s value and dates', () => {
    const [notice] = supplierNoticesOf(record, awarded, toApplicants(winner), page);
    expect(notice).toEqual({
      kind: 'resultSelected',
      to: 'jordan@example.com',
      language: 'en',
      opportunityId: id,
      confirmation: 'AAAAAAAA',
      subject: `Micro-acquisition ${id}: your application was selected`,
      body: [
        'Hello Jordan Lee,',
        `Your application AAAAAAAA for “Accessible date picker” (${id}) passed every evaluation criterion and was selected by the public draw among the 2 applications that passed.`,
        'The contract is worth $9,993.50, taxes included. The work starts on January 20, 2030 and is due on February 20, 2030. You are paid by acquisition card or PayPal once the work is accepted.',
        'Please reply to team@example.gc.ca within two business days to confirm that you accept the contract.',
        'The draw can be checked on the opportunity’s public page.',
        `The opportunity page: ${page('en')}`,
      ].join('\n\n'),
    });
  });

  test('a candidate not drawn is told which application was, in French here', () => {
    const [notice] = supplierNoticesOf(record, awarded, toApplicants(fr), null);
    expect(notice).toMatchObject({
      kind: 'resultNotDrawn',
      confirmation: 'BBBBBBBB',
      language: 'fr',
    });
    expect(notice!.body).toContain('AAAAAAAA');
    expect(notice!.body).toContain('Sélecteur de date accessible');
    expect(notice!.body).not.toContain('https://');
  });

  test('an application that did not pass gets each criterion’s result and reason', () => {
    const [notice] = supplierNoticesOf(
      record,
      awarded,
      { asker: null, applicants: [failed], rationales },
      null,
    );
    expect(notice).toMatchObject({
      kind: 'resultNotPassed',
      confirmation: 'CCCCCCCC',
      subject: `Micro-acquisition ${id}: result of the evaluation`,
    });
    expect(notice!.body.split('\n\n').slice(2)).toEqual([
      'Criterion 1: Has shipped React\nPassed. Two components shipped.',
      'Criterion 2: Knows WCAG\nNot passed. No accessibility work shown.',
      'We hope to see you apply again. Questions: team@example.gc.ca.',
    ]);
    expect(notice!.body).toContain('your application CCCCCCCC did not pass');
    // Without its recorded reasons (none given to the function), each criterion reads not passed.
    const [bare] = supplierNoticesOf(record, awarded, toApplicants(failed), null);
    expect(bare!.body.split('\n\n').slice(2, 4)).toEqual([
      'Criterion 1: Has shipped React\nNot passed. ',
      'Criterion 2: Knows WCAG\nNot passed. ',
    ]);
  });

  test('a release sends the same results; each application once, and only those the closing fixed', () => {
    const released = event({ kind: 'releaseAward' }, 'awardHeld', 'awarded');
    const late: Recipient = { email: 'late@example.com', language: 'en', confirmation: 'DDDDDDDD' };
    const notices = supplierNoticesOf(
      record,
      released,
      toApplicants(winner, fr, failed, late, { ...winner, email: 'other@example.com' }),
      null,
    );
    expect(notices.map((n) => [n.kind, n.to])).toEqual([
      ['resultSelected', 'jordan@example.com'],
      ['resultNotDrawn', 'camille@example.ca'],
      ['resultNotPassed', 'sam@example.com'],
    ]);
    expect(
      supplierNoticesOf({ ...record, award: null }, released, toApplicants(winner), null),
    ).toEqual([]);
  });

  test('a record without dates or amount says so with blanks, not a wrong date', () => {
    const bare = {
      ...record,
      fields: { ...record.fields, startDate: null, deliveryDate: null, amountCents: null },
    };
    const [notice] = supplierNoticesOf(bare, awarded, toApplicants({ ...en }), null);
    expect(notice!.body).toContain(
      'The contract is worth $0.00, taxes included. The work starts on  and is due on .',
    );
    expect(notice!.body).toContain('Hello ,');
  });
});

describe('a payment and an answer', () => {
  test('a payment is told to the winner alone, with its amount, date, method and reference', () => {
    const paid = event(
      {
        kind: 'recordPayment',
        payment: {
          method: 'paypal',
          paidOn: '2030-03-01',
          amountCents: 999_350,
          reference: 'PP-7',
        },
      },
      'accepted',
      'paid',
    );
    const record = anOpportunity({ state: 'paid' });
    expect(supplierNoticesOf(record, paid, { ...toApplicants(fr), winner: en }, page)).toEqual([
      {
        kind: 'paymentRecorded',
        to: 'jordan@example.com',
        language: 'en',
        opportunityId: id,
        confirmation: 'AAAAAAAA',
        subject: `Payment recorded: ${id} Accessible date picker`,
        body: [
          `The payment for Accessible date picker (${id}) was recorded: $9,993.50, paid on March 1, 2030 (PayPal), reference PP-7.`,
          'If it has not reached you within five business days, write to team@example.gc.ca with this reference.',
          `The opportunity page: ${page('en')}`,
        ].join('\n\n'),
      },
    ]);
    const noNumber = { email: 'x@example.com', language: 'en' as const };
    const [notice] = supplierNoticesOf(record, paid, { ...toApplicants(), winner: noNumber }, null);
    expect(notice).not.toHaveProperty('confirmation');
    expect(supplierNoticesOf(record, paid, toApplicants(fr), null)).toEqual([]);
  });

  const answered = event(
    {
      kind: 'answerQuestion',
      question: 'ABCDEFGH',
      questionEn: 'Is React 19 required?',
      questionFr: 'React 19 est-il requis?',
      answerEn: 'No.',
      answerFr: 'Non.',
    },
    'posted',
    'posted',
  );
  const record = anOpportunity({ state: 'posted' });

  test('an answer goes to who asked, then to each applicant, one notice per address', () => {
    const asker: Recipient = { email: ' Jordan@Example.com', language: 'en' };
    const notices = supplierNoticesOf(
      record,
      answered,
      { asker, applicants: [en, fr, { ...fr, email: 'CAMILLE@example.ca' }] },
      page,
    );
    expect(notices.map((n) => [n.to, n.subject])).toEqual([
      [' Jordan@Example.com', `Your question was answered: ${id} Accessible date picker`],
      ['camille@example.ca', `Réponse à une question${nbsp}: ${id} Sélecteur de date accessible`],
    ]);
    expect(notices[0]).toEqual({
      kind: 'questionAnswered',
      to: ' Jordan@Example.com',
      language: 'en',
      opportunityId: id,
      subject: `Your question was answered: ${id} Accessible date picker`,
      body: [
        `The answer to your question about Accessible date picker (${id}) is published on the opportunity page, for every supplier. The question may be reworded; your e-mail address is never published.`,
        'Question:\nIs React 19 required?',
        'Answer:\nNo.',
        `Read every answer on the opportunity page: ${page('en')}`,
      ].join('\n\n'),
    });
    expect(notices[1]!.body.split('\n\n').slice(1, 3)).toEqual([
      `Question${nbsp}:\nReact 19 est-il requis?`,
      `Réponse${nbsp}:\nNon.`,
    ]);
  });

  test('with nobody who asked, the applicants alone, and no page when it is unknown', () => {
    const notices = supplierNoticesOf(record, answered, toApplicants(en), null);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.subject).toBe(`A question was answered: ${id} Accessible date picker`);
    expect(notices[0]!.body.split('\n\n')).toHaveLength(3);
  });
});
