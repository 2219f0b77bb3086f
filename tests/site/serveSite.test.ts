import { mkdtempSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublisher } from '../../site/publisher';
import { createApp, listen } from '../../server/app';
import { createLogger } from '../../runtime/logger';
import { createSiteHandler, siteMount } from '../../site/serveSite';
import type { Storage } from '../../storage/storage';
import { sampleNow, sampleRecords, siteUrl } from './support/sampleRecords';
import { testContent } from './support/siteFixtures';

let server: Server;
let base: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-'));
  await createPublisher({
    outputDir: dir,
    siteUrl,
    content: testContent,
    clock: () => sampleNow,
  }).publishChanged(sampleRecords());
  const handler = createSiteHandler({ dir });
  server = createServer(async (req, res) => {
    // The raw path, dots and all: the handler must be safe even if the server did not resolve them.
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (!(await handler(req, res, pathname))) res.writeHead(418).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const get = (path: string, init?: RequestInit) =>
  fetch(`${base}${path}`, { redirect: 'manual', ...init });

test('pages come with their type, the CSP with frame-ancestors, nosniff and revalidation', async () => {
  const res = await get('/opportunities/en/MA-2029-0001.html');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(res.headers.get('content-security-policy')).toMatch(
    /script-src 'self';.*frame-ancestors 'none'/,
  );
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  expect(res.headers.get('cache-control')).toBe('no-cache');
  expect(await res.text()).toContain('Accessible date picker');
});

test('feeds, open data and the design system’s files have their own types', async () => {
  expect((await get('/opportunities/en/feed.xml')).headers.get('content-type')).toBe(
    'application/atom+xml; charset=utf-8',
  );
  expect((await get('/opportunities/opportunities.json')).headers.get('content-type')).toBe(
    'application/json; charset=utf-8',
  );
  const script = await get('/opportunities/assets/gcds/gcds.esm.js');
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(script.headers.get('cache-control')).toBe('public, max-age=3600');
});

test('the root and folders serve their index; the bare prefix redirects to the folder', async () => {
  expect(await (await get('/opportunities/')).text()).toContain('lang="fr"');
  expect((await get('/opportunities')).headers.get('location')).toBe('/opportunities/');
});

/** A request with its path exactly as written: fetch would resolve the dots first. */
const rawStatus = (path: string) =>
  new Promise<number>((resolve, reject) =>
    request({ host: '127.0.0.1', port: new URL(base).port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end(),
  );

test('nothing outside the folder, nor the publisher’s own records, is served', async () => {
  for (const path of [
    '/opportunities/../package.json',
    '/opportunities/%2e%2e/package.json',
    '/opportunities/.published.jsonl',
    '/opportunities/en/nope.html',
    '/opportunities/%E0%A4%A',
  ])
    expect([path, await rawStatus(path)]).toEqual([path, 404]);
});

test('only GET and HEAD; other paths are left to the rest of the server', async () => {
  expect((await get('/opportunities/en/index.html', { method: 'POST' })).status).toBe(405);
  expect((await get('/opportunities/en/index.html', { method: 'HEAD' })).status).toBe(200);
  expect((await get('/api/messages')).status).toBe(418);
});

test('mounted in the application server, it serves the site beside the other routes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mount-'));
  await createPublisher({
    outputDir: dir,
    siteUrl,
    content: testContent,
    clock: () => sampleNow,
  }).publishChanged(sampleRecords());
  const app = createApp({
    storage: {} as Storage,
    logger: createLogger('fatal'),
    mounts: [['/opportunities', siteMount({ dir })]],
  });
  const running = await listen(app, '127.0.0.1', 0);
  try {
    const page = await fetch(`${running.url}/opportunities/fr/MA-2029-0002.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-request-id')).toBeTruthy();
    expect(await page.text()).toContain('Exporter le suivi en CSV');
    // Only like the prefix: still the site's 404, with every header a page has.
    const near = await fetch(`${running.url}/opportunitiesX`);
    expect(near.status).toBe(404);
    expect(near.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(near.headers.get('x-content-type-options')).toBe('nosniff');
    expect(near.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
    const unrouted = await fetch(`${running.url}/nothing-here`);
    expect(unrouted.status).toBe(404);
    expect(unrouted.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(unrouted.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
  } finally {
    await running.close();
  }
});
