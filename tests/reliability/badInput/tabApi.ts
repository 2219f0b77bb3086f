// Tab API bodies that can never be stored, and query strings of every shape.
import fc from 'fast-check';
import { invalidText, junk, nonObject, notText, text, ascii } from './values';

/** Draft fields with at least one that can never be stored: a wrong type, a bad choice, an unknown name. */
const badFields = fc
  .tuple(
    fc.record(
      { titleEn: text, summaryFr: text, fundCentre: text, amountCents: fc.integer(), skills: junk },
      { requiredKeys: [] },
    ),
    fc.oneof(
      notText.map((v) => ({ titleEn: v })),
      fc
        .oneof(
          invalidText.filter((t) => t.length <= 2_000),
          fc.integer({ min: 10_001, max: 10_500 }).map((n) => 'x'.repeat(n)),
        )
        .map((v) => ({ workFr: v })),
      fc
        .oneof(
          text.filter((t) => t.trim() !== ''),
          fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }),
          fc.constant(-5),
          fc.constant(1e20),
        )
        .map((v) => ({ amountCents: v })),
      fc
        .oneof(text, fc.array(fc.integer(), { minLength: 1, maxLength: 3 }))
        .map((v) => ({ skills: v })),
      text.map((v) => ({ closingAt: `not a date ${v}` })),
      fc.oneof(text, fc.integer()).map((v) => ({ unclassified: v })),
      text.map((v) => ({ licence: `NOT-A-LICENCE-${v}` })),
      fc.constantFrom('ZZ', 'Ontario', 'on').map((v) => ({ province: v })),
      fc
        .tuple(
          fc.constantFrom('__proto__', 'constructor', 'state', 'version', 'authorId', 'x'),
          junk,
        )
        .map(
          ([k, v]) => JSON.parse(`{${JSON.stringify(k)}:${JSON.stringify(v ?? null)}}`) as object,
        ),
    ),
  )
  .map(([some, bad]) => ({ ...some, ...bad }));
export const badDraftBody = fc.oneof(
  { weight: 4, arbitrary: badFields },
  { weight: 1, arbitrary: nonObject },
);

const commentIntents = ['approveFunds', 'approvePosting', 'returnToAuthor', 'reject'] as const;
/** Intents that cannot be read: no kind, an unknown kind, or a field of the wrong type or content. */
export const badIntentBody = fc.oneof(
  nonObject,
  fc.record({
    kind: fc.oneof(
      text.filter((k) => !/^[a-z]+$/i.test(k)),
      notText,
      fc.constant(null),
    ),
    comment: text,
  }),
  fc
    .tuple(fc.constantFrom(...commentIntents), fc.oneof(notText, invalidText))
    .map(([kind, comment]) => ({ kind, comment })),
  fc.oneof(notText, invalidText).map((reason) => ({ kind: 'cancel', reason })),
  fc.tuple(fc.oneof(notText, invalidText), text).map(([en, fr]) => ({ kind: 'amend', en, fr })),
  fc
    .tuple(fc.oneof(notText, invalidText), text, text)
    .map(([closingAt, en, fr]) => ({ kind: 'extendClosing', closingAt, en, fr })),
  fc.record({
    kind: fc.constant('recordPayment'),
    method: text,
    amountCents: fc.oneof(text, fc.double({ noInteger: true })),
    paidOn: text,
  }),
  junk.map((changes) => ({ kind: 'editDraft', changes })),
);

export const listQuery = fc
  .record(
    {
      view: fc.oneof(fc.constantFrom('mine', 'inbox', 'all'), text),
      state: fc.oneof(fc.constantFrom('draft', 'posted', 'awaitingFunds'), text),
      size: fc.oneof(fc.integer({ min: -5, max: 500 }).map(String), text),
      continuationToken: fc.oneof(text, fc.base64String({ maxLength: 200 }), ascii(2_100)),
    },
    { requiredKeys: [] },
  )
  .map((params) => new URLSearchParams(params).toString());

/** Role changes, invitations and deactivations with at least one thing that can never be stored. */
const badReason = fc.oneof(
  notText,
  fc.constantFrom('', '   '),
  invalidText,
  fc.constant('x'.repeat(2_001)),
);
const badRoles = fc.oneof(
  notText,
  fc.array(
    text.filter((r) => !['client', 'cardholder', 'procurement', 'manager', 'admin'].includes(r)),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
  fc
    .array(junk, { minLength: 1, maxLength: 3 })
    .filter((a) => a.some((v) => typeof v !== 'string')),
);
export const badRoleChangeBody = fc.oneof(
  nonObject,
  fc.record({ grant: badRoles, reason: text }),
  fc.record({ revoke: fc.constant(['client']), reason: badReason }),
  fc.record({ grant: fc.constant(['manager']), revoke: fc.constant(['manager']), reason: text }),
  fc.record({ grant: fc.constant(['manager']), reason: text, extra: junk }),
);
export const badInvitationBody = fc.oneof(
  nonObject,
  fc.record({
    upn: fc.oneof(
      notText,
      text.filter((t) => !t.includes('@')),
    ),
    roles: fc.constant(['client']),
    reason: text,
  }),
  fc.record({ upn: fc.constant('someone@example.gc.ca'), roles: badRoles, reason: text }),
  fc.record({
    upn: fc.constant('someone@example.gc.ca'),
    roles: fc.constant(['client']),
    reason: badReason,
  }),
);
export const badDeactivationBody = fc.oneof(
  nonObject,
  fc.record({ reason: badReason }),
  fc.record({ reason: text, also: junk }),
);

export const peopleQuery = fc
  .record(
    {
      search: fc.oneof(text, ascii(300)),
      role: fc.oneof(fc.constantFrom('admin', 'client'), text),
      continuationToken: fc.oneof(text, fc.base64String({ maxLength: 200 }), ascii(2_100)),
    },
    { requiredKeys: [] },
  )
  .map((params) => new URLSearchParams(params).toString());
