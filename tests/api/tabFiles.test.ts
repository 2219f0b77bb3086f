import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiServer, type ApiServer } from './apiServer';

let api: ApiServer;
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tab-files-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>tab</title>');
  await writeFile(join(root, 'main.js'), 'export {};');
  await writeFile(join(root, '.secret.js'), 'no');
  for (const chunk of ['chunk-2WBZSUBP.js', 'StageChart-DIRJHTI2.js'])
    await writeFile(join(root, chunk), 'export {};');
  api = await startApiServer({ tabRoot: root });
});
afterAll(async () => {
  await api.close();
  await rm(root, { recursive: true, force: true });
});

test('the tab page is served with a CSP that lets only Teams frame it', async () => {
  const page = await fetch(`${api.url}/tab/`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  const csp = page.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toMatch(
    /frame-ancestors https:\/\/teams\.microsoft\.com https:\/\/\*\.teams\.microsoft\.com https:\/\/\*\.cloud\.microsoft https:\/\/\*\.office\.com$/,
  );
  expect((await fetch(`${api.url}/tab/main.js`)).headers.get('content-type')).toMatch(/javascript/);
  const redirect = await fetch(`${api.url}/tab`, { redirect: 'manual' });
  expect([redirect.status, redirect.headers.get('location')]).toEqual([308, '/tab/']);
});

test('nothing outside the built folder, hidden, unknown or malformed is served', async () => {
  for (const path of [
    '/tab/..%2fpackage.json',
    '/tab/%2e%2e/%2e%2e/package.json',
    '/tab/.secret.js',
    '/tab/nothing.js',
    '/tab/%E0%A4%A',
    '/tab/x.exe',
  ]) {
    expect({ path, status: (await fetch(`${api.url}${path}`)).status }).toEqual({
      path,
      status: 404,
    });
  }
  expect((await fetch(`${api.url}/tab/`, { method: 'POST' })).status).toBe(405);
});

test('chunks named by their content may be kept; the page and main.js are revalidated', async () => {
  const cache = async (path: string) =>
    (await fetch(`${api.url}/tab/${path}`)).headers.get('cache-control');
  expect(await cache('')).toBe('no-cache');
  expect(await cache('main.js')).toBe('no-cache');
  expect(await cache('chunk-2WBZSUBP.js')).toBe('public, max-age=31536000, immutable');
  expect(await cache('StageChart-DIRJHTI2.js')).toBe('public, max-age=31536000, immutable');
});
