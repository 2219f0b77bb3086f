import { actorFromPerson } from '../../domain/people';
import { completeFields, people } from '../support/builders';
import { startApiServer, type ApiServer } from './apiServer';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ rateLimit: { perMinute: 6_000, burst: 1_000 } });
});
afterAll(() => api.close());

type View = {
  record: { id: string; version: number; state: string; fields: Record<string, unknown> };
  actions: string[];
};

async function newDraft(fields: unknown = { titleEn: 'Date picker' }): Promise<View> {
  const created = await api.call('POST', '/api/opportunities', { as: people.author, body: fields });
  expect(created.status).toBe(201);
  return created.body as unknown as View;
}

async function stored(id: string) {
  return api.storage.opportunities.get(id);
}

test('a client creates a draft, edits it with If-Match, and a stale edit gets 412 without overwriting', async () => {
  const draft = await newDraft();
  expect(draft.record).toMatchObject({
    version: 1,
    state: 'draft',
    fields: { titleEn: 'Date picker' },
  });
  expect(draft.actions).toEqual(expect.arrayContaining(['editDraft', 'submit', 'cancel']));
  const path = `/api/opportunities/${draft.record.id}`;

  const edited = await api.call('PATCH', path, {
    as: people.author,
    body: { titleFr: 'Sélecteur de date' },
    headers: { 'if-match': '"1"' },
  });
  expect(edited.status).toBe(200);
  expect(edited.headers.get('etag')).toBe('"2"');

  const stale = await api.call('PATCH', path, {
    as: people.author,
    body: { titleFr: 'Écrasé' },
    headers: { 'if-match': '"1"' },
  });
  expect(stale.status).toBe(412);
  expect(stale.body).toMatchObject({
    error: 'stale',
    message: {
      en: expect.stringContaining(people.author.name),
      fr: expect.stringContaining('Votre demande n’a rien changé'),
    },
    current: { record: { version: 2 } },
  });
  expect((await stored(draft.record.id))?.fields.titleFr).toBe('Sélecteur de date');

  const blind = await api.call('PATCH', path, { as: people.author, body: { titleFr: 'Écrasé' } });
  expect(blind.status).toBe(428);
  const garbage = await api.call('PATCH', path, {
    as: people.author,
    body: { titleFr: 'Écrasé' },
    headers: { 'if-match': '*' },
  });
  expect(garbage.status).toBe(400);
  expect((await stored(draft.record.id))?.version).toBe(2);
});

test('malformed fields come back as problems in both languages; nothing is saved', async () => {
  const draft = await newDraft();
  const path = `/api/opportunities/${draft.record.id}`;
  const response = await api.call('PATCH', path, {
    as: people.author,
    body: { titleEn: 'x'.repeat(101), colour: 'red' },
    headers: { 'if-match': '"1"' },
  });
  expect(response.status).toBe(400);
  const problems = response.body.problems as Array<{
    field: string;
    code: string;
    message: { en: string; fr: string };
  }>;
  expect(problems.map((p) => [p.field, p.code])).toEqual(
    expect.arrayContaining([
      ['titleEn', 'tooLong'],
      ['colour', 'unknownField'],
    ]),
  );
  expect(problems[0]?.message.fr).toMatch(/\w/);
  expect((await stored(draft.record.id))?.version).toBe(1);
});

test('a closing time with seconds is refused in both languages on create (422) and edit (400); nothing is saved', async () => {
  type Problems = Array<{ field: string; code: string; message: { en: string; fr: string } }>;
  const created = await api.call('POST', '/api/opportunities', {
    as: people.author,
    body: { titleEn: 'Half a minute', closingAt: '2030-01-15T14:00:30-05:00' },
  });
  expect(created.status).toBe(422);
  expect((created.body.problems as Problems).map((p) => [p.field, p.code])).toEqual([
    ['closingAt', 'notWholeMinute'],
  ]);

  const draft = await newDraft();
  const path = `/api/opportunities/${draft.record.id}`;
  const edit = (closingAt: string, version: number) =>
    api.call('PATCH', path, {
      as: people.author,
      body: { closingAt },
      headers: { 'if-match': `"${version}"` },
    });
  const refused = await edit('2030-01-15T19:00:00.250Z', 1);
  expect(refused.status).toBe(400);
  const [problem] = refused.body.problems as Problems;
  expect(problem).toMatchObject({ field: 'closingAt', code: 'notWholeMinute' });
  expect(problem!.message.en).toContain('without seconds');
  expect(problem!.message.fr).toContain('sans les secondes');
  expect((await stored(draft.record.id))?.fields.closingAt).toBeNull();

  // The same minute written with zero seconds is stored, in UTC.
  const saved = await edit('2030-01-15T14:00:00.000-05:00', 1);
  expect(saved.status).toBe(200);
  expect((await stored(draft.record.id))?.fields.closingAt).toBe('2030-01-15T19:00:00.000Z');
});

test('submit: incomplete drafts get 422 with the problems; a complete one goes to the cardholder, who approves from the inbox', async () => {
  const draft = await newDraft({ titleEn: 'Half done' });
  const intents = `/api/opportunities/${draft.record.id}/intents`;
  const incomplete = await api.call('POST', intents, {
    as: people.author,
    body: { kind: 'submit' },
  });
  expect(incomplete.status).toBe(422);
  expect((incomplete.body.problems as unknown[]).length).toBeGreaterThan(5);

  const ready = await newDraft(completeFields());
  const readyIntents = `/api/opportunities/${ready.record.id}/intents`;
  const submitted = await api.call('POST', readyIntents, {
    as: people.author,
    body: { kind: 'submit' },
    headers: { 'if-match': '"1"' },
  });
  expect(submitted.status).toBe(200);
  expect(submitted.body).toMatchObject({
    record: { state: 'awaitingFunds', version: 2 },
    replayed: false,
  });

  const inbox = await api.call('GET', '/api/opportunities?view=inbox', { as: people.cardholder });
  const item = (inbox.body.items as Array<{ id: string; actions: string[] }>).find(
    (i) => i.id === ready.record.id,
  );
  expect(item?.actions).toEqual(
    expect.arrayContaining(['approveFunds', 'returnToAuthor', 'reject']),
  );

  const approved = await api.call('POST', readyIntents, {
    as: people.cardholder,
    body: { kind: 'approveFunds', comment: 'Funds reserved in FC-1234' },
    headers: { 'if-match': '"2"', 'idempotency-key': 'click-1' },
  });
  expect(approved.status).toBe(200);
  expect(approved.body).toMatchObject({ record: { state: 'awaitingProcurement' } });
  const again = await api.call('POST', readyIntents, {
    as: people.cardholder,
    body: { kind: 'approveFunds', comment: 'Funds reserved in FC-1234' },
    headers: { 'idempotency-key': 'click-1' },
  });
  expect(again.body).toMatchObject({ replayed: true, record: { version: 3 } });
  // The same key with another request is not a replay: 422, audited, nothing changed.
  const reused = await api.call('POST', readyIntents, {
    as: people.cardholder,
    body: { kind: 'returnToAuthor', comment: 'Another request under the same key' },
    headers: { 'idempotency-key': 'click-1' },
  });
  expect(reused.status).toBe(422);
  expect(reused.body).toMatchObject({ error: 'idempotencyKeyReused' });
  expect(Object.keys(reused.body.message as object).sort()).toEqual(['en', 'fr']);
  expect((await stored(ready.record.id))?.version).toBe(3);
  expect(
    (await api.storage.opportunities.refusals(ready.record.id)).map((r) => r.refusal.kind),
  ).toEqual(['keyReused']);

  const detail = await api.call('GET', `/api/opportunities/${ready.record.id}`, {
    as: people.author,
  });
  expect(detail.headers.get('etag')).toBe('"3"');
  const timeline = detail.body.timeline as Array<{
    intent: string;
    actorName: string;
    comment: string | null;
  }>;
  expect(timeline.map((e) => e.intent)).toEqual(['create', 'submit', 'approveFunds']);
  expect(timeline[2]).toMatchObject({
    actorName: people.cardholder.name,
    comment: 'Funds reserved in FC-1234',
  });
});

test('a change stored between the read and the write: stale with If-Match, applied to the record as it now is without', async () => {
  // The guard reads the record while it looks the person up; another edit lands right after.
  const store = api.storage.opportunities;
  const read = store.read.bind(store);
  let editAfterRead: string | null = null;
  store.read = async (id) => {
    const snapshot = await read(id);
    if (editAfterRead === id) {
      editAfterRead = null;
      const edit = { kind: 'editDraft', changes: { titleFr: 'Modifié entre-temps' } } as const;
      const outcome = await store.apply(id, edit, actorFromPerson(people.author));
      expect(outcome.kind).toBe('applied');
    }
    return snapshot;
  };
  try {
    const draft = await newDraft(completeFields());
    const intents = `/api/opportunities/${draft.record.id}/intents`;

    editAfterRead = draft.record.id;
    const stale = await api.call('POST', intents, {
      as: people.author,
      body: { kind: 'submit' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ error: 'stale', current: { record: { version: 2 } } });
    expect(await stored(draft.record.id)).toMatchObject({ state: 'draft', version: 2 });

    editAfterRead = draft.record.id;
    const blind = await api.call('POST', intents, { as: people.author, body: { kind: 'submit' } });
    expect(blind.status).toBe(200);
    expect(blind.body).toMatchObject({ record: { state: 'awaitingFunds', version: 4 } });
    expect(await stored(draft.record.id)).toMatchObject({
      state: 'awaitingFunds',
      version: 4,
      fields: { titleFr: 'Modifié entre-temps' },
    });
    expect(editAfterRead).toBeNull();
  } finally {
    store.read = read;
  }
});

test('people who may not see an opportunity get 404 and change nothing; those who may see but not act get 403', async () => {
  const draft = await newDraft(completeFields());
  const path = `/api/opportunities/${draft.record.id}`;
  for (const person of [people.outsider, people.otherCardholder]) {
    expect((await api.call('GET', path, { as: person })).status).toBe(404);
    const edit = await api.call('PATCH', path, {
      as: person,
      body: { titleEn: 'Mine now' },
      headers: { 'if-match': '"1"' },
    });
    expect(edit.status).toBe(404);
    const submit = await api.call('POST', `${path}/intents`, {
      as: person,
      body: { kind: 'submit' },
    });
    expect(submit.status).toBe(404);
  }
  // The procurement officer may read every opportunity but may not edit someone's draft.
  const procurementEdit = await api.call('PATCH', path, {
    as: people.procurement,
    body: { titleEn: 'Mine now' },
    headers: { 'if-match': '"1"' },
  });
  expect(procurementEdit.status).toBe(403);
  expect(procurementEdit.body).toMatchObject({
    error: 'forbidden',
    message: { en: expect.any(String), fr: expect.any(String) },
  });
  const wrongState = await api.call('POST', `${path}/intents`, {
    as: people.cardholder,
    body: { kind: 'approveFunds', comment: '' },
  });
  expect(wrongState.status).toBe(409);
  const after = await stored(draft.record.id);
  expect(after).toMatchObject({
    version: 1,
    state: 'draft',
    fields: { titleEn: completeFields().titleEn },
  });

  // Refused attempts appear in the timeline for oversight roles only.
  const forManager = await api.call('GET', path, { as: people.manager });
  expect(
    (forManager.body.timeline as Array<{ type: string }>).filter((e) => e.type === 'refusal')
      .length,
  ).toBeGreaterThan(0);
  const forAuthor = await api.call('GET', path, { as: people.author });
  expect(
    (forAuthor.body.timeline as Array<{ type: string }>).filter((e) => e.type === 'refusal'),
  ).toEqual([]);
});

test('lists: mine, inbox, all (oversight only), filtered by state, paged, and bad queries refused', async () => {
  const a = await newDraft({ titleEn: 'List one' });
  await newDraft({ titleEn: 'List two' });
  const mine = await api.call('GET', '/api/opportunities?view=mine&state=draft', {
    as: people.author,
  });
  const ids = (mine.body.items as Array<{ id: string; state: string }>).map((i) => i.id);
  expect(ids).toContain(a.record.id);
  expect((mine.body.items as Array<{ state: string }>).every((i) => i.state === 'draft')).toBe(
    true,
  );

  expect((await api.call('GET', '/api/opportunities?view=all', { as: people.author })).status).toBe(
    403,
  );
  const all = await api.call('GET', '/api/opportunities?view=all&state=draft&size=1', {
    as: people.manager,
  });
  expect(all.status).toBe(200);
  expect(all.body.items).toHaveLength(1);
  expect(typeof all.body.continuationToken).toBe('string');
  const next = await api.call(
    'GET',
    `/api/opportunities?view=all&state=draft&size=1&continuationToken=${encodeURIComponent(all.body.continuationToken as string)}`,
    { as: people.manager },
  );
  expect(next.body.items).toHaveLength(1);
  expect(next.body.items).not.toEqual(all.body.items);

  const cardholderMine = await api.call('GET', '/api/opportunities?view=mine', {
    as: people.cardholder,
  });
  expect(cardholderMine.body.items).toEqual([]);
  for (const query of ['view=everything', 'state=limbo', 'size=0', 'size=101']) {
    expect(
      (await api.call('GET', `/api/opportunities?${query}`, { as: people.manager })).status,
    ).toBe(400);
  }
});

test('bodies: too large gets 413, not JSON 415, broken JSON 400, and people without the client role cannot create', async () => {
  const big = await api.call('POST', '/api/opportunities', {
    as: people.author,
    body: { workEn: 'x'.repeat(300_000) },
  });
  expect(big.status).toBe(413);
  const notJson = await api.call('POST', '/api/opportunities', {
    as: people.author,
    body: 'titleEn=x',
    headers: { 'content-type': 'text/plain' },
  });
  expect(notJson.status).toBe(415);
  const broken = await api.call('POST', '/api/opportunities', {
    as: people.author,
    body: '{"titleEn":',
  });
  expect(broken.status).toBe(400);
  const notClient = await api.call('POST', '/api/opportunities', {
    as: people.cardholder,
    body: {},
  });
  expect(notClient.status).toBe(403);
  const draft = await newDraft();
  const editIntent = await api.call('POST', `/api/opportunities/${draft.record.id}/intents`, {
    as: people.author,
    body: { kind: 'editDraft', changes: { titleEn: 'sideways' } },
  });
  expect(editIntent.status).toBe(400);
  expect(
    (await api.call('DELETE', `/api/opportunities/${draft.record.id}`, { as: people.author }))
      .status,
  ).toBe(405);
  expect(
    (await api.call('GET', '/api/opportunities/MA-1/../../etc', { as: people.author })).status,
  ).toBe(404);
});

test('one route table: a known path with another method is 405 with Allow, an unknown one 404, both in both languages', async () => {
  const draft = await newDraft();
  const record = `/api/opportunities/${draft.record.id}`;
  for (const [method, path, allow] of [
    ['DELETE', record, 'GET, PATCH'],
    ['GET', `${record}/intents`, 'POST'],
    ['GET', `${record}/copy`, 'POST'],
    ['PATCH', `${record}/preview`, 'GET'],
    ['DELETE', `/api/people/${people.author.id}`, 'GET'],
    ['GET', `/api/people/${people.author.id}/roles`, 'POST'],
  ] as const) {
    const answer = await api.call(method, path, { as: people.author });
    expect([method, path, answer.status, answer.headers.get('allow')]).toEqual([
      method,
      path,
      405,
      allow,
    ]);
    expect(answer.body).toMatchObject({
      error: 'methodNotAllowed',
      message: { en: expect.any(String), fr: expect.any(String) },
    });
  }
  for (const path of [`${record}/nothing`, `${record}/`, '/api/opportunities/x/y/z', '/api/none']) {
    const answer = await api.call('GET', path, { as: people.author });
    expect([path, answer.status, answer.headers.get('cross-origin-resource-policy')]).toEqual([
      path,
      404,
      'same-origin',
    ]);
    expect(answer.body).toMatchObject({
      error: 'notFound',
      message: { en: expect.any(String), fr: expect.any(String) },
    });
  }
  // The literal path is not taken for an id, and the id is checked by the domain's format.
  expect(
    (await api.call('GET', '/api/opportunities/export.csv', { as: people.author })).status,
  ).not.toBe(404);
  const notAnId = await api.call('GET', '/api/opportunities/MA-26-1/award', { as: people.author });
  expect([notAnId.status, notAnId.body.error]).toEqual([404, 'notFound']);
});

test('cardholders lists names of people with the cardholder role, without e-mail', async () => {
  const response = await api.call('GET', '/api/cardholders', { as: people.author });
  const list = response.body.cardholders as Array<Record<string, unknown>>;
  expect(list.map((c) => c.id).sort()).toEqual(
    [people.allRoles.id, people.cardholder.id, people.otherCardholder.id].sort(),
  );
  expect(list.every((c) => !('email' in c))).toBe(true);
});

test('a draft created with a key answers its retry, and refuses another draft under that key', async () => {
  const first = await api.call('POST', '/api/opportunities', {
    as: people.author,
    body: { titleEn: 'First draft' },
    headers: { 'idempotency-key': 'new-draft-1' },
  });
  const retry = await api.call('POST', '/api/opportunities', {
    as: people.author,
    body: { titleEn: 'First draft' },
    headers: { 'idempotency-key': 'new-draft-1' },
  });
  const other = await api.call('POST', '/api/opportunities', {
    as: people.author,
    body: { titleEn: 'A different draft' },
    headers: { 'idempotency-key': 'new-draft-1' },
  });
  expect(first.status).toBe(201);
  expect(retry.body).toMatchObject({ replayed: true, record: (first.body as View).record });
  expect(other.status).toBe(422);
  expect(other.body).toMatchObject({ error: 'idempotencyKeyReused' });
  const id = (first.body as View).record.id;
  expect((await stored(id))?.fields.titleEn).toBe('First draft');
});
