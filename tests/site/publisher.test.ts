import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Opportunity } from '../../domain/opportunity';
import { blobTarget } from '../../site/blobTarget';
import { folderTarget } from '../../site/folderTarget';
import { createPublisher, publishWithRetry } from '../../site/publisher';
import type { PublishTarget } from '../../site/publishTarget';
import { startBlobService, type RunningBlobService } from './support/azuriteBlob';
import { sampleNow, sampleRecords, siteUrl } from './support/sampleRecords';
import { testContent } from './support/siteFixtures';

const freshDir = () => mkdtempSync(join(tmpdir(), 'site-'));
const clock = () => sampleNow;
const folderPublisher = (outputDir: string) =>
  createPublisher({ outputDir, siteUrl, content: testContent, clock });

function amended(records: Opportunity[], id: string): Opportunity[] {
  return records.map((r) =>
    r.id === id
      ? {
          ...r,
          version: r.version + 1,
          updatedAt: '2030-01-05T14:00:00.000Z',
          addenda: [
            ...r.addenda,
            { at: '2030-01-05T14:00:00.000Z', en: 'Second addendum', fr: 'Deuxième addenda' },
          ],
        }
      : r,
  );
}

function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

describe('publishing into a folder', () => {
  test('the first run writes the whole site with the design system; a second run writes nothing', async () => {
    const dir = freshDir();
    const publisher = folderPublisher(dir);
    const first = await publisher.publishChanged(sampleRecords());
    expect(first.written).toEqual(
      expect.arrayContaining([
        'en/index.html',
        'fr/MA-2029-0001.html',
        'assets/gcds/gcds.esm.js',
        'assets/gcds/gcds.css',
        'assets/site.css',
        'assets/site.js',
        'ocds/packages.json',
      ]),
    );
    expect(readFileSync(join(dir, 'assets/gcds/gcds.css'), 'utf8')).not.toMatch(/https?:\/\//);
    expect((await publisher.publishChanged(sampleRecords())).written).toEqual([]);
    expect(allFiles(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('one change rewrites that opportunity’s files and the lists that show it, nothing else', async () => {
    const dir = freshDir();
    const publisher = folderPublisher(dir);
    await publisher.publishChanged(sampleRecords());
    const report = await publisher.publishChanged(amended(sampleRecords(), 'MA-2029-0002'));
    expect(report.written.sort()).toEqual(
      [
        'en/MA-2029-0002.html',
        'fr/MA-2029-0002.html',
        'data/MA-2029-0002.json',
        'en/index.html',
        'fr/index.html',
        'en/feed.xml',
        'fr/feed.xml',
        'opportunities.json',
        'ocds/MA-2029-0002.json',
      ].sort(),
    );
    expect(readFileSync(join(dir, 'en/MA-2029-0002.html'), 'utf8')).toContain('Second addendum');
  });

  test('a publisher started again on the same folder finds it up to date', async () => {
    const dir = freshDir();
    await folderPublisher(dir).publishChanged(sampleRecords());
    expect((await folderPublisher(dir).publishChanged(sampleRecords())).written).toEqual([]);
  });

  test('calls made at once run one after the other, and the last one’s data is what stays', async () => {
    const dir = freshDir();
    const publisher = folderPublisher(dir);
    const [a, b] = await Promise.all([
      publisher.publishChanged(sampleRecords()),
      publisher.publishChanged(amended(sampleRecords(), 'MA-2029-0001')),
    ]);
    expect(a.written.length).toBeGreaterThan(b.written.length);
    expect(readFileSync(join(dir, 'en/MA-2029-0001.html'), 'utf8')).toContain('Second addendum');
  });

  test('files of the site that are gone are removed', async () => {
    const dir = freshDir();
    const publisher = folderPublisher(dir);
    await publisher.publishAll(sampleRecords());
    const report = await publisher.publishAll(
      sampleRecords().filter((r) => r.id !== 'MA-2029-0005'),
    );
    expect(report.removed.sort()).toEqual([
      'data/MA-2029-0005.json',
      'en/MA-2029-0005.html',
      'fr/MA-2029-0005.html',
      'ocds/MA-2029-0005.json',
    ]);
    expect(existsSync(join(dir, 'en/MA-2029-0005.html'))).toBe(false);
  });

  test('what a failed run could not write, the next run writes, though only one record changed', async () => {
    const dir = freshDir();
    const inner = folderTarget(dir);
    let failing = false;
    const target: PublishTarget = {
      ...inner,
      put: (path, ...rest) =>
        failing && path.startsWith('fr/')
          ? Promise.reject(new Error('disk full'))
          : inner.put(path, ...rest),
    };
    const publisher = createPublisher({ target, siteUrl, content: testContent, clock });
    let records = sampleRecords();
    await publisher.publishAll(records);
    records = amended(records, 'MA-2029-0001');
    failing = true;
    await expect(
      publisher.publishChanged(records.filter((r) => r.id === 'MA-2029-0001')),
    ).rejects.toThrow('disk full');
    expect(readFileSync(join(dir, 'fr/MA-2029-0001.html'), 'utf8')).not.toContain(
      'Deuxième addenda',
    );
    failing = false;
    records = amended(records, 'MA-2029-0002');
    const report = await publisher.publishChanged(records.filter((r) => r.id === 'MA-2029-0002'));
    expect(report.written).toEqual(expect.arrayContaining(['fr/MA-2029-0001.html']));
    expect(readFileSync(join(dir, 'fr/MA-2029-0001.html'), 'utf8')).toContain('Deuxième addenda');
  });

  test('a failure is retried, then reported rather than thrown', async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error('disk full'));
    };
    const outcome = await publishWithRetry(failing, 3, 1);
    expect(calls).toBe(3);
    expect(outcome).toEqual({ ok: false, error: new Error('disk full') });
  });
});

describe('publishing into the static website container (Azurite blob)', () => {
  let blob: RunningBlobService;
  beforeAll(async () => {
    blob = await startBlobService();
  });
  afterAll(() => blob.stop());

  const blobPublisher = (target: PublishTarget) =>
    createPublisher({ target, siteUrl, content: testContent, clock });

  test('writes the site with content types, and only changes afterwards', async () => {
    const container = blob.container('$web');
    const publisher = blobPublisher(blobTarget(container));
    await publisher.publishChanged(sampleRecords());
    const properties = await container.getBlockBlobClient('en/index.html').getProperties();
    expect(properties.contentType).toBe('text/html; charset=utf-8');
    expect(properties.metadata?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await publisher.publishChanged(sampleRecords())).written).toEqual([]);
    const report = await publisher.publishChanged(amended(sampleRecords(), 'MA-2029-0001'));
    expect(report.written).toContain('en/MA-2029-0001.html');
  });

  test('two servers publishing at once never let older data overwrite newer', async () => {
    const container = blob.container('race');
    const older = sampleRecords();
    const newer = amended(older, 'MA-2029-0001');
    await blobPublisher(blobTarget(container)).publishChanged(older);
    const serverA = blobPublisher(blobTarget(container));
    const serverB = blobPublisher(blobTarget(container));
    // B saw the amendment; A is a slow server still holding the older records.
    await serverB.publishChanged(newer);
    const a = await serverA.publishChanged(older);
    expect(a.written.filter((p) => p.includes('MA-2029-0001') || p.endsWith('index.html'))).toEqual(
      [],
    );
    const page = await container.getBlockBlobClient('en/MA-2029-0001.html').downloadToBuffer();
    expect(page.toString()).toContain('Second addendum');
    const index = await container.getBlockBlobClient('en/index.html').downloadToBuffer();
    expect(index.toString()).toBe(
      readFileSync(join(await builtFolder(newer), 'en/index.html'), 'utf8'),
    );
  });

  test('a write based on a stale view of a blob is re-decided on what is really there', async () => {
    const container = blob.container('stale');
    const [a, b] = [blobTarget(container), blobTarget(container)];
    await a.list();
    await b.list();
    const body = (text: string) => Buffer.from(text);
    expect(await a.put('x.html', body('v2'), 'text/html', { hash: 'h2', stamp: 2 })).toBe(
      'written',
    );
    // b never saw v2: its upload fails on the ETag, it re-reads, and keeps the newer v2.
    expect(await b.put('x.html', body('v1'), 'text/html', { hash: 'h1', stamp: 1 })).toBe(
      'newerThere',
    );
    expect(await b.put('x.html', body('v3'), 'text/html', { hash: 'h3', stamp: 3 })).toBe(
      'written',
    );
    expect(await a.put('x.html', body('v2'), 'text/html', { hash: 'h2', stamp: 2 })).toBe(
      'newerThere',
    );
    expect((await container.getBlockBlobClient('x.html').downloadToBuffer()).toString()).toBe('v3');
  });

  test('racing uploads of the same files both finish, and the newer data stays', async () => {
    const container = blob.container('race2');
    const older = sampleRecords();
    const newer = amended(older, 'MA-2029-0002');
    await blobPublisher(blobTarget(container)).publishChanged(older);
    const [serverA, serverB] = [
      blobPublisher(blobTarget(container)),
      blobPublisher(blobTarget(container)),
    ];
    await serverA.publishChanged(older);
    await serverB.publishChanged(older);
    await Promise.all([serverA.publishChanged(newer), serverB.publishChanged(older)]);
    const page = await container.getBlockBlobClient('fr/MA-2029-0002.html').downloadToBuffer();
    expect(page.toString()).toContain('Deuxième addenda');
  });
});

async function builtFolder(records: Opportunity[]): Promise<string> {
  const dir = freshDir();
  await folderPublisher(dir).publishChanged(records);
  return dir;
}
