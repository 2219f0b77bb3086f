import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { tabFiles } from '../../server/api/staticFiles';

let server: Server;
let base: string;
beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'tab-'));
  for (const name of ['index.html', 'main.js', 'chunk-2WBZSUBP.js', 'StageChart-DIRJHTI2.js'])
    writeFileSync(join(root, name), name.endsWith('.html') ? '<!doctype html>' : '// js');
  const handler = tabFiles(root);
  server = createServer((req, res) => {
    void handler({ req, res, url: new URL(req.url!, 'http://localhost'), requestId: 'test' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}/tab/`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

test('chunks named by their content may be kept; the page and main.js are revalidated', async () => {
  const cache = async (path: string) => (await fetch(base + path)).headers.get('cache-control');
  expect(await cache('')).toBe('no-cache');
  expect(await cache('main.js')).toBe('no-cache');
  expect(await cache('chunk-2WBZSUBP.js')).toBe('public, max-age=31536000, immutable');
  expect(await cache('StageChart-DIRJHTI2.js')).toBe('public, max-age=31536000, immutable');
});
