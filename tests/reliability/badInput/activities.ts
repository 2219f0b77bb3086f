// Teams activities that must change nothing: strangers, broken shapes, bad card data.
import fc from 'fast-check';
import { normaliseCommand } from '../../../bot/commands';
import type { Person } from '../../../domain/people';
import { aPerson } from '../../support/builders';
import { activityFrom } from '../../support/teams';
import { ascii, junk, missingId, notText, text } from './values';
import type { FuzzWorld } from './world';

const botVerbs = [
  'refresh',
  'openDraft',
  'saveDraft',
  'submitDraft',
  'approveFunds',
  'approvePosting',
  'returnToAuthor',
  'reject',
  'changeCardholder',
  'answerQuestion',
  'declineQuestion',
];
const languageWords = new Set(['english', 'anglais', 'français', 'francais', 'french']);

/** What a person may type; never a language switch, which is a legitimate write. */
const typed = fc
  .oneof(
    text,
    fc
      .tuple(
        fc.constantFrom(
          'new',
          'nouveau',
          'mine',
          'mes',
          'help',
          'aide',
          '?',
          'status',
          'statut',
          '',
        ),
        text,
      )
      .map(([w, t]) => `${w} ${t}`),
    fc
      .tuple(fc.constantFrom('status ', 'statut '), fc.oneof(missingId, text))
      .map(([w, id]) => w + id),
    fc.string({ maxLength: 5_000 }),
  )
  .filter((t) => !languageWords.has(normaliseCommand(t).split(' ')[0] ?? ''));

/** Draft card inputs with at least one that fails to parse, so a save never stores anything. */
const badForm = fc
  .tuple(
    fc.record(
      {
        titleEn: text,
        titleFr: text,
        workEn: text,
        skills: text,
        cardholderId: text,
        unclassified: text,
      },
      { requiredKeys: [] },
    ),
    fc.oneof(
      text.map((t) => ({ amount: `twelve ${t}` })),
      fc.constantFrom(
        { province: 'ZZ' },
        { licence: 'NOT-A-LICENCE' },
        { closingDate: '2030-13-45' },
      ),
      text.map((t) => ({ acceptanceCriteria: `no kind here ${t.replace(/\|/g, '')}` })),
    ),
  )
  .map(([some, bad]) => ({ ...some, ...bad }));

/**
 * Card data, whatever the verb. A real record only ever comes with a version it does not have (the
 * action is a conflict, never a write), and a draft form always has an input that fails to
 * parse; or the data is not an object at all.
 */
function cardData(world: FuzzWorld): fc.Arbitrary<unknown> {
  const known = [...world.drafts, ...world.submitted];
  const target = fc.oneof(
    fc
      .tuple(fc.constantFrom(...known), fc.integer({ min: 500, max: 10_000 }))
      .map(([r, version]) => ({ opportunityId: r.id, version })),
    fc.record({ opportunityId: missingId, version: junk }),
    fc.record({ opportunityId: fc.oneof(text, notText), version: junk }, { requiredKeys: [] }),
  );
  const withForm = fc
    .tuple(
      target,
      badForm,
      fc.record(
        {
          // Never a nonce a card would carry: a first Save with one creates the draft from the
          // inputs that read (by design, docs/bot.md), so it is not bad input.
          nonce: fc.oneof(
            ascii(70).filter((n) => !/^[\w-]{1,64}$/.test(n)),
            notText,
          ),
          comment: fc.oneof(text, notText),
          // A question's number: none is received in the run, so no reply can be stored.
          question: fc.oneof(fc.constantFrom('ABCDEFGH', '7K3Q9XH2'), ascii(10), notText),
          answerEn: fc.oneof(text, notText),
          reason: fc.oneof(text, notText),
        },
        { requiredKeys: [] },
      ),
    )
    .map(([t, f, extra]) => ({ ...t, ...f, ...extra }));
  return fc.oneof({ weight: 6, arbitrary: withForm }, { weight: 1, arbitrary: junk });
}

/** A registered person's activity exactly as their chat was stored: nothing in it asks for a write. */
export function fromChatter(world: FuzzWorld, person: Person, extra: Record<string, unknown>) {
  return { ...activityFrom(person, world.connectorUrl, extra), id: `fuzz-${person.id}` };
}

export function activities(world: FuzzWorld): fc.Arbitrary<unknown> {
  const chatter = fc.constantFrom(...world.chatters);
  // A well-formed message or install from a newcomer of the tenant registers them: a legitimate
  // write (tests/bot/firstContact.test.ts). These strangers carry an oid that is no Entra object
  // id, so nothing they send may be stored.
  const stranger = fc
    .integer({ min: 1, max: 20 })
    .map((n) => aPerson({ id: `stranger ${n}/`, name: `Stranger ${n}` }));
  const verb = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...botVerbs) },
    { weight: 1, arbitrary: text },
  );
  const action = fc
    .tuple(fc.oneof(fc.constant('Action.Execute'), text), verb)
    .chain(([type, v]) => cardData(world).map((data) => ({ type, verb: v, data })));
  // Mostly invokes shaped as Teams sends an Action.Execute; also other names, and values
  // without an action object.
  const invokeValue = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        action,
        trigger: fc.oneof(fc.constantFrom('manual', 'automatic'), text),
      }),
    },
    { weight: 1, arbitrary: junk },
  );
  const invokeName = fc.oneof(
    { weight: 6, arbitrary: fc.constant('adaptiveCard/action') },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom('task/fetch', 'composeExtension/query', 'composeExtension/queryLink', ''),
        text,
      ),
    },
  );
  const fields = [
    'type',
    'from',
    'conversation',
    'serviceUrl',
    'channelData',
    'value',
    'text',
    'recipient',
    'locale',
    'id',
    'name',
    'entities',
    'attachments',
    'replyToId',
    'channelId',
    'timestamp',
  ];
  return fc.oneof(
    { weight: 1, arbitrary: junk },
    {
      weight: 3,
      arbitrary: fc
        .tuple(stranger, fc.constantFrom(...fields), fc.oneof(notText, text, junk))
        .map(([person, field, value]) => ({
          ...activityFrom(person, world.connectorUrl, { type: 'message', text: 'new' }),
          [field]: value,
        })),
    },
    {
      weight: 4,
      arbitrary: fc
        .tuple(chatter, typed)
        .map(([p, t]) => fromChatter(world, p, { type: 'message', text: t })),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          chatter,
          verb.chain((v) => cardData(world).map((data) => ({ v, data }))),
        )
        .map(([p, { v, data }]) =>
          fromChatter(world, p, {
            type: 'message',
            text: '',
            value: { ...(data as object), verb: v },
          }),
        ),
    },
    {
      weight: 8,
      arbitrary: fc
        .tuple(chatter, invokeName, invokeValue)
        .map(([p, name, value]) => fromChatter(world, p, { type: 'invoke', name, value })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          stranger,
          fc.oneof(
            fc.constantFrom(
              'invoke',
              'message',
              'conversationUpdate',
              'installationUpdate',
              'event',
              'typing',
            ),
            text,
          ),
          invokeValue,
          typed,
        )
        .map(([p, type, value, t]) =>
          activityFrom(p, world.connectorUrl, {
            type,
            name: 'adaptiveCard/action',
            value,
            text: t,
            action: 'add',
          }),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          chatter,
          fc.constantFrom(
            'conversationUpdate',
            'installationUpdate',
            'messageReaction',
            'typing',
            'event',
          ),
          fc.oneof(fc.constantFrom('add', 'remove'), text),
        )
        .map(([p, type, act]) => fromChatter(world, p, { type, action: act })),
    },
  );
}
