import type { Person } from '../../domain/people';
import type { Opportunity } from '../../domain/opportunity';
import { people } from '../support/builders';
import { aDraft, anOpportunityIn } from '../support/storageHelpers';
import { startApiServer, type ApiServer } from './apiServer';

/**
 * GET /api/opportunities/{id}/preview (issue 19): the public page as the site renders it, for the
 * decision views, to those who may read the record; before posting not to admins.
 */
let api: ApiServer;
let waiting: Opportunity;
let draft: Opportunity;
let posted: Opportunity;

const hostile = {
  titleEn: 'Date picker <script>alert("x")</script> & co',
  titleFr: 'Sélecteur de date <img src=x onerror=alert(1)>',
  summaryEn: 'A summary with "quotes" and <b>tags</b>',
};

beforeAll(async () => {
  api = await startApiServer();
  waiting = await anOpportunityIn(api.storage, 'awaitingFunds', { fields: hostile });
  draft = await aDraft(api.storage, { fields: { cardholderId: people.cardholder.id } });
  posted = await anOpportunityIn(api.storage, 'posted');
}, 60_000);
afterAll(() => api.close());

async function preview(as: Person, id: string, lang = 'en') {
  const response = await fetch(`${api.url}/api/opportunities/${id}/preview?lang=${lang}`, {
    headers: { authorization: `Bearer ${await api.signer.sign(as.id)}` },
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

test('the cardholder deciding funds gets the page as it will be published, user text escaped, under a strict policy', async () => {
  const en = await preview(people.cardholder, waiting.id, 'en');
  expect(en.status).toBe(200);
  expect(en.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const csp = en.headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/default-src 'none'/);
  expect(csp).toMatch(/(^|; )sandbox(;|$)/);
  expect(csp).not.toMatch(/script-src/);
  expect(en.headers.get('cache-control')).toBe('no-store');
  expect(en.text).toMatch(/^<!doctype html>/i);
  expect(en.text).toContain('<html lang="en">');
  expect(en.text).toContain(waiting.id);
  // Shown as it will be once posted: open for applications.
  expect(en.text).toMatch(/<dd>Open<\/dd>/);
  expect(en.text).toContain(
    'Date picker &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co',
  );
  // No script element at all, and the site's styles inline (the frame loads nothing).
  expect(en.text).not.toMatch(/<script\b/i);
  expect(en.text).not.toMatch(/<link rel="stylesheet"/);
  expect(en.text).toMatch(/<style>[^]*--gcds-[^]*<\/style><\/head>/);
  expect(en.text).toContain('&lt;b&gt;tags&lt;/b&gt;');
  // The application form shows as the page will show it; the frame's policy keeps it from posting.
  expect(en.text).toContain(`action="https://example.gc.ca/apply/en/${waiting.id}"`);
  expect(csp).toMatch(/form-action 'none'/);

  const fr = await preview(people.cardholder, waiting.id, 'fr');
  expect(fr.status).toBe(200);
  expect(fr.text).toContain('<html lang="fr">');
  expect(fr.text).toContain('Sélecteur de date &lt;img src=x onerror=alert(1)&gt;');
  expect(fr.text).not.toContain('<img src=x');
  // Nothing was changed by looking.
  expect((await api.storage.opportunities.get(waiting.id))?.version).toBe(waiting.version);
});

test.each([
  ['author', 200],
  ['cardholder', 200],
  ['procurement', 200],
  ['manager', 200],
  ['admin', 403],
  ['otherCardholder', 404],
  ['outsider', 404],
] as const)('a draft’s preview for the %s: %i', async (who, status) => {
  const answer = await preview(people[who], draft.id);
  expect(answer.status).toBe(status);
  if (status !== 200) {
    const body = JSON.parse(answer.text) as { error: string; message: { en: string; fr: string } };
    expect(body.error).toBe(status === 403 ? 'forbidden' : 'notFound');
    expect(body.message.en).toBeTruthy();
    expect(body.message.fr).toBeTruthy();
    expect(answer.text).not.toContain(draft.fields.titleEn || '\u0000');
  }
});

test('an admin’s refused preview of a draft is audited beside the record', async () => {
  const before = await api.storage.opportunities.refusals(draft.id);
  expect((await preview(people.admin, draft.id)).status).toBe(403);
  const added = (await api.storage.opportunities.refusals(draft.id)).slice(before.length);
  expect(added).toEqual([
    expect.objectContaining({
      actorId: people.admin.id,
      refusal: {
        kind: 'readRefused',
        intent: 'readPublicPreview',
        because: 'forbidden',
        state: 'draft',
      },
    }),
  ]);
});

test('once public, anyone who may read the record previews it; an unknown language or record is refused', async () => {
  expect((await preview(people.admin, posted.id)).status).toBe(200);
  const bad = await preview(people.procurement, posted.id, 'de');
  expect(bad.status).toBe(400);
  expect(JSON.parse(bad.text)).toMatchObject({ error: 'invalidQuery' });
  expect((await preview(people.procurement, 'MA-2026-99999')).status).toBe(404);
});
