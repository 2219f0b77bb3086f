import { replay } from '../../domain/events';
import { maxCriterionLength, maxItems, maxLength, maxSkillLength } from '../../domain/limits';
import type { OpportunityFields } from '../../domain/opportunity';
import { parseFieldChanges } from '../../domain/parseFields';
import type { Intent } from '../../domain/intents';
import { scheduler, type Person } from '../../domain/people';
import type { Storage } from '../../storage/storage';
import { actor, beforeClosing, completeFields, people } from '../support/builders';
import { testStorage } from '../support/storage';
import { anApplication, anOpportunityIn, applied, fixedClock } from '../support/storageHelpers';

/** Exactly `length` UTF-16 code units cycling through `pieces`; a surrogate pair is never cut. */
/** Exactly `length` UTF-16 units, ending in a letter: stored text is trimmed, so this is canonical. */
function textOf(length: number, pieces: readonly string[]): string {
  let text = '';
  for (let n = 0; text.length < length - 1; n++) {
    const piece = pieces[n % pieces.length]!;
    text += text.length + piece.length <= length - 1 ? piece : 'x'.repeat(length - 1 - text.length);
  }
  return `${text}x`;
}

const nasty = [
  'é',
  '😀',
  '👩🏽‍💻',
  '🇨🇦',
  'e\u0301',
  'ß',
  '中文',
  'עברית',
  '"',
  "'",
  '\\',
  '\n',
  '\t',
  '</script>',
  '&amp;',
  '%25',
  '/',
  '#',
  '?',
  ' ',
];

/** Every field filled, every text at its maximum length and full of awkward characters. */
function fieldsAtTheLimits(): OpportunityFields {
  const text = (field: keyof typeof maxLength, pieces = nasty) => textOf(maxLength[field]!, pieces);
  return completeFields({
    titleEn: text('titleEn'),
    titleFr: text('titleFr', ['Sélecteur ', 'à ', 'œ ', '«»', '😀']),
    summaryEn: text('summaryEn'),
    summaryFr: text('summaryFr'),
    backgroundEn: text('backgroundEn'),
    backgroundFr: text('backgroundFr'),
    workEn: text('workEn', ['😀', '🎉', 'a', '👩🏽‍💻', 'é']),
    workFr: text('workFr', ['😀']),
    skills: Array.from({ length: maxItems.skills }, (_, n) => ({
      en: textOf(maxSkillLength, [`${n} `, ...nasty]),
      fr: textOf(maxSkillLength, [`${n} `, '😀', 'ç']),
    })),
    acceptanceCriteria: Array.from({ length: maxItems.acceptanceCriteria }, (_, n) => ({
      en: textOf(maxCriterionLength, [`${n} `, ...nasty]),
      fr: textOf(maxCriterionLength, [`${n} `, '😀']),
      kind: (['functional', 'quality', 'security'] as const)[n % 3]!,
    })),
    evaluationCriteria: Array.from({ length: maxItems.evaluationCriteria }, (_, n) => ({
      en: textOf(maxCriterionLength, [`${n} `, '🎉', 'ü']),
      fr: textOf(maxCriterionLength, [`${n} `, ...nasty]),
    })),
    amountCents: 1_000_000,
    amountBasis: 'taxIncluded',
    province: 'QC',
    licence: 'AGPL-3.0-or-later',
    repositoryUrl: `https://github.com/example/${'r'.repeat(400)}?q=%2F#frag`,
    contactEmail: 'équipe.ñ@example.gc.ca',
    fundCentre: textOf(maxLength.fundCentre!, ['FC-', '№', '/', '#']),
  });
}

describe('a created opportunity', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await testStorage({ clock: () => beforeClosing });
  });

  it('round-trips every field, including long Unicode texts at their limits', async () => {
    const fields = fieldsAtTheLimits();
    expect(parseFieldChanges(fields).problems).toEqual([]);
    expect(fields.workEn).toHaveLength(10_000);

    const outcome = await storage.opportunities.create(actor(people.author), fields);

    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.record.fields).toEqual(fields);
    expect(outcome.record).toMatchObject({
      version: 1,
      state: 'draft',
      authorId: people.author.id,
      authorName: people.author.name,
      createdAt: beforeClosing.toISOString(),
      updatedByName: people.author.name,
    });
    const stored = await storage.opportunities.get(outcome.record.id);
    expect(stored).toEqual(outcome.record);
    expect(stored!.fields.workEn).toBe(fields.workEn);
    const [event] = await storage.opportunities.events(outcome.record.id);
    expect(event).toEqual(outcome.event);
    expect(event!.details).toEqual({ kind: 'create', authorName: 'Alex Author', fields });
    // A list reads the same head rows: the record comes back whole there too.
    const listed = await storage.opportunities.list({ kind: 'author', personId: 'author' });
    expect(listed.items.find((r) => r.id === outcome.record.id)).toEqual(outcome.record);
  });

  it('round-trips emoji that straddle the 30,000-character chunk boundary', async () => {
    // Shifting the emoji by one code unit moves a pair onto the boundary in one of the two.
    const straddles: boolean[] = [];
    for (const shift of ['', 'a']) {
      const fields = completeFields({
        backgroundEn: 'b'.repeat(5_000),
        backgroundFr: 'b'.repeat(5_000),
        workEn: 'w'.repeat(10_000),
        workFr: shift + '😀'.repeat(4_999) + (shift ? '' : 'w'),
      });
      const outcome = await storage.opportunities.create(actor(people.author), fields);
      if (outcome.kind !== 'applied') throw new Error(outcome.kind);
      const json = JSON.stringify(outcome.record);
      const code = json.charCodeAt(29_999);
      straddles.push(code >= 0xd800 && code <= 0xdbff);
      expect(await storage.opportunities.get(outcome.record.id)).toEqual(outcome.record);
      expect(await storage.opportunities.events(outcome.record.id)).toEqual([outcome.event]);
    }
    expect(straddles).toContain(true);
  });
});

describe('the audit trail', () => {
  it('lists events oldest first, versions 1..n, and replaying them gives the head record', async () => {
    const clock = fixedClock(beforeClosing);
    const storage = await testStorage({ clock: clock.read });
    const { id } = await anOpportunityIn(storage, 'draft');
    const step = (intent: Intent, by: Person) => {
      clock.now = new Date(clock.now.getTime() + 60 * 60 * 1000);
      return applied(storage, id, intent, by);
    };

    await step(
      { kind: 'editDraft', changes: { titleEn: 'Accessible calendar ✨' } },
      people.author,
    );
    await step({ kind: 'submit' }, people.author);
    await step({ kind: 'returnToAuthor', comment: 'Fund centre is closed' }, people.cardholder);
    await step({ kind: 'editDraft', changes: { fundCentre: 'FC-9999' } }, people.author);
    await step({ kind: 'submit' }, people.author);
    await step({ kind: 'approveFunds', comment: 'Reserved' }, people.cardholder);
    await step({ kind: 'approvePosting', comment: 'OK' }, people.procurement);
    const posted = await step(
      { kind: 'amend', en: 'Deadline reminder', fr: 'Rappel de l’échéance' },
      people.author,
    );
    const zoe = await anApplication(storage, posted, {
      name: 'Zoë',
      businessName: 'Zoë Dev Coop',
      email: 'zoe@example.com',
    });
    clock.now = new Date('2030-01-16T12:00:00.000Z'); // past the closing date
    const closed = await storage.opportunities.apply(id, { kind: 'close' }, scheduler);
    expect(closed.kind).toBe('applied');
    const evaluating = await step(
      {
        kind: 'evaluate',
        application: zoe,
        results: [{ pass: true, rationale: 'Shipped a calendar.' }],
      },
      people.author,
    );
    const awarded = await step({ kind: 'award' }, people.author);
    expect(awarded).toMatchObject({ supplierName: 'Zoë Dev Coop', award: { winner: zoe } });
    const deliveryUrl = 'https://github.com/zoe/date-picker/pull/1';
    await step({ kind: 'recordDelivery', deliveryUrl }, people.author);
    await step(
      {
        kind: 'accept',
        comment: 'Works',
        checks: evaluating.fields.acceptanceCriteria.map(() => ({ met: true, note: 'Checked' })),
        certified: true,
      },
      people.author,
    );
    const payment = {
      method: 'card',
      amountCents: 999_350,
      paidOn: '2030-01-16',
      reference: 'AC-0042',
    } as const;
    const paid = await step({ kind: 'recordPayment', ...payment }, people.cardholder);

    const events = await storage.opportunities.events(id);
    expect(events.map((e) => e.version)).toEqual(Array.from({ length: 15 }, (_, n) => n + 1));
    expect(events.map((e) => e.details.kind)).toEqual([
      'create',
      'editDraft',
      'submit',
      'returnToAuthor',
      'editDraft',
      'submit',
      'approveFunds',
      'approvePosting',
      'amend',
      'close',
      'evaluate',
      'award',
      'recordDelivery',
      'accept',
      'recordPayment',
    ]);
    const times = events.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
    expect(events.find((e) => e.details.kind === 'close')!.actorName).toBe('scheduler');
    expect(paid).toMatchObject({ state: 'paid', payment, deliveryUrl, version: 15 });
    expect(paid.addenda).toHaveLength(1);
    expect(replay(events)).toEqual(paid);
    expect(await storage.opportunities.get(id)).toEqual(paid);
  });
});

describe('refused intents', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await testStorage({ clock: () => beforeClosing });
  });

  it('are recorded as refusals, oldest first, and change nothing', async () => {
    const clock = fixedClock(beforeClosing);
    const ticking = await testStorage({ clock: clock.read });
    const waiting = await anOpportunityIn(ticking, 'awaitingFunds');
    const eventsBefore = await ticking.opportunities.events(waiting.id);

    const attempts: [Person | typeof scheduler, object][] = [
      [people.otherCardholder, { kind: 'forbidden', reason: 'notDesignatedCardholder' }],
      [people.author, { kind: 'forbidden', reason: 'ownOpportunity' }],
      [people.procurement, { kind: 'forbidden', reason: 'notDesignatedCardholder' }],
      [scheduler, { kind: 'forbidden', reason: 'peopleOnly' }],
    ];
    for (const [who, refusal] of attempts) {
      clock.now = new Date(clock.now.getTime() + 1_000);
      const outcome = await ticking.opportunities.apply(
        waiting.id,
        { kind: 'approveFunds', comment: 'Not mine to approve' },
        'kind' in who ? who : actor(who),
        { idempotencyKey: `try-${who.id}` },
      );
      expect(outcome).toEqual({
        kind: 'refused',
        record: waiting,
        refusal: { intent: 'approveFunds', ...refusal },
      });
    }
    clock.now = new Date(clock.now.getTime() + 1_000);
    const wrongState = await ticking.opportunities.apply(
      waiting.id,
      { kind: 'editDraft', changes: { titleEn: 'Too late' } },
      actor(people.author),
    );
    expect(wrongState).toMatchObject({
      kind: 'refused',
      refusal: { kind: 'wrongState', intent: 'editDraft', state: 'awaitingFunds' },
    });

    expect(await ticking.opportunities.get(waiting.id)).toEqual(waiting);
    expect(await ticking.opportunities.events(waiting.id)).toEqual(eventsBefore);
    const refusals = await ticking.opportunities.refusals(waiting.id);
    expect(refusals).toHaveLength(5);
    expect(refusals[0]).toEqual({
      opportunityId: waiting.id,
      at: new Date(beforeClosing.getTime() + 1_000).toISOString(),
      actorId: people.otherCardholder.id,
      actorName: people.otherCardholder.name,
      version: waiting.version,
      refusal: { kind: 'forbidden', intent: 'approveFunds', reason: 'notDesignatedCardholder' },
    });
    expect(refusals.map((r) => [r.actorId, r.refusal.intent])).toEqual([
      ['other-cardholder', 'approveFunds'],
      ['author', 'approveFunds'],
      ['procurement', 'approveFunds'],
      ['system', 'approveFunds'],
      ['author', 'editDraft'],
    ]);

    // The refused keys were not remembered: the real cardholder's action still goes through.
    const approved = await ticking.opportunities.apply(
      waiting.id,
      { kind: 'approveFunds', comment: 'Reserved' },
      actor(people.cardholder),
      { idempotencyKey: `try-${people.otherCardholder.id}` },
    );
    expect(approved.kind).toBe('applied');
  });

  it('answer "incomplete" with the problems found and write nothing', async () => {
    const created = await storage.opportunities.create(actor(people.author), {
      titleEn: 'Only a title',
    });
    if (created.kind !== 'applied') throw new Error(created.kind);
    const { id } = created.record;

    const outcome = await storage.opportunities.apply(id, { kind: 'submit' }, actor(people.author));

    expect(outcome.kind).toBe('refused');
    if (outcome.kind !== 'refused') return;
    expect(outcome.record).toEqual(created.record);
    expect(outcome.refusal.kind).toBe('incomplete');
    if (outcome.refusal.kind !== 'incomplete') return;
    expect(outcome.refusal.problems).toEqual(
      expect.arrayContaining([
        { field: 'titleFr', code: 'required' },
        { field: 'workEn', code: 'required' },
        { field: 'cardholderId', code: 'required' },
        { field: 'unclassified', code: 'notAttested' },
      ]),
    );
    expect(outcome.refusal.problems).not.toContainEqual({ field: 'titleEn', code: 'required' });
    expect(await storage.opportunities.get(id)).toEqual(created.record);
    expect(await storage.opportunities.events(id)).toHaveLength(1);
  });

  it('check the named cardholder as stored: an unknown or non-cardholder id is a problem', async () => {
    for (const cardholderId of [people.outsider.id, 'nobody-by-that-id']) {
      const draft = await anOpportunityIn(storage, 'draft', { fields: { cardholderId } });
      const outcome = await storage.opportunities.apply(
        draft.id,
        { kind: 'submit' },
        actor(people.author),
      );
      expect(outcome).toMatchObject({
        kind: 'refused',
        refusal: {
          kind: 'incomplete',
          problems: [{ field: 'cardholderId', code: 'notACardholder' }],
        },
      });
    }
  });
});
