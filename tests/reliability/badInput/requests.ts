// Every generated request: which endpoint, as whom, with which headers and body.
import fc from 'fast-check';
import { activities, fromChatter } from './activities';
import { applications } from './applications';
import { badQuestionReply, questions } from './questions';
import { status } from './status';
import { subscriptions } from './subscriptions';
import {
  badDeactivationBody,
  badDraftBody,
  badIntentBody,
  badInvitationBody,
  badRoleChangeBody,
  listQuery,
  peopleQuery,
} from './tabApi';
import { ascii, encoded, junk, limits, missingId, notText, text } from './values';
import { described, withBody, type BadRequest, type FuzzWorld } from './world';

export function badRequests(world: FuzzWorld): fc.Arbitrary<BadRequest> {
  const person = fc.constantFrom(...world.people);
  const authorization = fc.oneof(
    {
      weight: 10,
      arbitrary: person.map((p) => ({ authorization: `Bearer ${world.tokens.get(p.id)}` })),
    },
    { weight: 1, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: ascii(60).map((a) => ({ authorization: `Bearer ${a}` })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('Bearer a.b.c', 'Basic dXNlcjpwYXNz', 'bearer', 'Bearer ')
        .map((a) => ({ authorization: a })),
    },
  );
  const asAuthor = fc.constantFrom(...world.drafts).map((d) => ({
    id: d.id,
    version: d.version,
    headers: { authorization: `Bearer ${world.tokens.get(d.authorId)}` },
  }));
  const admins = world.people.filter((p) => p.roles.includes('admin'));
  const asAdmin = fc
    .constantFrom(...admins)
    .map((p) => ({ authorization: `Bearer ${world.tokens.get(p.id)}` }));
  const readers = world.people.filter((p) =>
    p.roles.some((r) => r === 'procurement' || r === 'manager'),
  );
  const asReader = fc
    .constantFrom(...readers)
    .map((p) => ({ authorization: `Bearer ${world.tokens.get(p.id)}` }));
  const asAnyone = fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...world.submitted, ...world.drafts),
        missingId.map((id) => ({ id, version: 1 })),
      ),
      fc.oneof(asReader, authorization),
    )
    .map(([r, headers]) => ({ id: r.id, version: r.version, headers }));
  const record = fc.oneof({ weight: 2, arbitrary: asAuthor }, { weight: 1, arbitrary: asAnyone });
  const ifMatch = (version: number): fc.Arbitrary<Record<string, string>> =>
    fc.oneof(
      fc.constant<Record<string, string>>({ 'if-match': `"${version}"` }),
      fc.constantFrom<Record<string, string>>(
        {},
        { 'if-match': '*' },
        { 'if-match': '"999"' },
        { 'if-match': 'W/"1"' },
      ),
      ascii(20).map((v): Record<string, string> => ({ 'if-match': v })),
    );
  const idempotencyKey: fc.Arbitrary<Record<string, string>> = fc.oneof(
    fc.constant<Record<string, string>>({}),
    ascii(150).map((k): Record<string, string> => ({ 'idempotency-key': k })),
  );

  return fc.oneof(
    { weight: 8, arbitrary: applications(world) },
    { weight: 4, arbitrary: questions(world) },
    { weight: 3, arbitrary: status(world) },
    { weight: 3, arbitrary: subscriptions(world) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            '/api/me',
            '/api/cardholders',
            '/api/dev/jwks',
            '/api/dev/people',
            '/healthz',
          ),
          authorization,
          listQuery,
        )
        .map(([path, headers, q]) =>
          described({ label: 'read', method: 'GET', path: `${path}?${q}`, headers }),
        ),
    },
    {
      weight: 35,
      arbitrary: encoded(activities(world), limits.bot, (d) => {
        const invoke = JSON.stringify(
          fromChatter(world, world.chatters[0]!, { type: 'invoke', name: 'adaptiveCard/action' }),
        );
        return `${invoke.slice(0, -1)},"value":{"action":{"type":"Action.Execute","verb":"refresh","data":${d}}}}`;
      }).map((body) => withBody('bot activity', 'POST', '/api/messages', {}, body)),
    },
    {
      weight: 12,
      arbitrary: fc
        .tuple(
          authorization,
          idempotencyKey,
          encoded(badDraftBody, limits.draft, (d) => `{"titleEn":${d}}`),
        )
        .map(([auth, key, body]) =>
          withBody('create', 'POST', '/api/opportunities', { ...auth, ...key }, body),
        ),
    },
    {
      weight: 15,
      arbitrary: record.chain((r) =>
        fc
          .tuple(
            ifMatch(r.version),
            encoded(badDraftBody, limits.draft, (d) => `{"workEn":${d}}`),
          )
          .map(([match, body]) =>
            withBody(
              'edit',
              'PATCH',
              `/api/opportunities/${r.id}`,
              { ...r.headers, ...match },
              body,
            ),
          ),
      ),
    },
    {
      // A real record's views, asked by anyone: most are refused, and those refusals are audited.
      weight: 3,
      arbitrary: fc
        .tuple(record, fc.constantFrom('applications', 'award', 'fundCentreHistory', 'questions'))
        .map(([r, view]) =>
          described({
            label: 'view',
            method: 'GET',
            path: `/api/opportunities/${r.id}/${view}`,
            headers: r.headers,
          }),
        ),
    },
    {
      weight: 15,
      arbitrary: record.chain((r) =>
        fc
          .tuple(
            ifMatch(r.version),
            idempotencyKey,
            encoded(badIntentBody, limits.intent, (d) => `{"kind":"approveFunds","comment":${d}}`),
          )
          .map(([match, key, body]) =>
            withBody(
              'intent',
              'POST',
              `/api/opportunities/${r.id}/intents`,
              { ...r.headers, ...match, ...key },
              body,
            ),
          ),
      ),
    },
    {
      // Replies to suppliers' questions: none was received, so none can be stored.
      weight: 5,
      arbitrary: record.chain((r) =>
        fc
          .tuple(ifMatch(r.version), idempotencyKey, encoded(badQuestionReply, limits.intent))
          .map(([match, key, body]) =>
            withBody(
              'question reply',
              'POST',
              `/api/opportunities/${r.id}/intents`,
              { ...r.headers, ...match, ...key },
              body,
            ),
          ),
      ),
    },
    {
      weight: 8,
      arbitrary: fc
        .tuple(authorization, listQuery)
        .map(([headers, q]) =>
          described({ label: 'list', method: 'GET', path: `/api/opportunities?${q}`, headers }),
        ),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(authorization, fc.oneof(fc.integer({ min: -10, max: 1_000 }).map(String), text))
        .map(([headers, days]) =>
          described({
            label: 'dashboard',
            method: 'GET',
            path: `/api/dashboard?thresholdDays=${encodeURIComponent(days)}`,
            headers,
          }),
        ),
    },
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          authorization,
          fc.oneof(
            ascii(40),
            missingId,
            fc.constantFrom(
              'me',
              'cardholders',
              'dashboard',
              '..%2f..%2fpackage.json',
              '%ff%fe',
              'MA-2026-0001/intents/x',
            ),
          ),
        )
        .map(([headers, p]) =>
          described({ label: 'read', method: 'GET', path: `/api/opportunities/${p}`, headers }),
        ),
    },
    {
      // People administration: any caller (admins most), a real or made-up person.
      weight: 10,
      arbitrary: fc
        .tuple(
          fc.oneof({ weight: 3, arbitrary: asAdmin }, { weight: 2, arbitrary: authorization }),
          fc.oneof(
            person.map((p) => p.id),
            ascii(40).map(encodeURIComponent),
            fc.constantFrom('%ff', '..%2f', 'invitations'),
          ),
          fc.oneof(
            fc.constant<Record<string, string>>({}),
            person.chain(() => ifMatch(1)),
          ),
        )
        .chain(([auth, id, match]) =>
          fc.oneof(
            peopleQuery.map((q) =>
              described({
                label: 'people list',
                method: 'GET',
                path: `/api/people?${q}`,
                headers: auth,
              }),
            ),
            fc.constant(
              described({
                label: 'person',
                method: 'GET',
                path: `/api/people/${id}`,
                headers: auth,
              }),
            ),
            encoded(badRoleChangeBody, limits.intent).map((body) =>
              withBody('roles', 'POST', `/api/people/${id}/roles`, { ...auth, ...match }, body),
            ),
            encoded(badDeactivationBody, limits.intent).map((body) =>
              withBody(
                'deactivate',
                'POST',
                `/api/people/${id}/deactivate`,
                { ...auth, ...match },
                body,
              ),
            ),
            encoded(badInvitationBody, limits.intent).map((body) =>
              withBody('invite', 'POST', '/api/people/invitations', auth, body),
            ),
          ),
        ),
    },
    {
      weight: 4,
      arbitrary: encoded(
        fc.oneof(
          junk,
          fc.record({
            personId: fc.oneof(text, notText, fc.constantFrom(...world.people.map((p) => p.id))),
          }),
        ),
        limits.devToken,
      ).map((body) => withBody('dev token', 'POST', '/api/dev/token', {}, body)),
    },
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
          fc.constantFrom(
            '/api/me',
            '/api/cardholders',
            '/api/dashboard',
            '/api/dev/jwks',
            '/api/dev/people',
            '/api/messages',
            '/healthz',
            '/tab/',
            '/opportunities/',
            '/api/opportunities/MA-2026-0001',
            '/api/people',
            '/api/people/invitations',
          ),
          authorization,
          encoded(junk, limits.intent),
        )
        .map(([method, path, auth, body]) => withBody('wrong method', method, path, auth, body)),
    },
  );
}
