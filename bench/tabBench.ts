import { gzipSync } from 'node:zlib';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { Metafile } from 'esbuild';
import { evolve, replay, type AuditEvent } from '../domain/events';
import type { IntentKind } from '../domain/intents';
import type { State } from '../domain/states';
import { createApp, listen } from '../server/app';
import { createDevSigner, createTabApi } from '../server/api';
import { syncOverlapMs } from '../storage/changeCursor';
import { createLogger } from '../runtime/logger';
import { startAzurite } from '../storage/azurite';
import { eventEntity, headEntity } from '../storage/opportunityEntities';
import { openStorage } from '../storage/storage';
import { buildTab, initialScripts } from '../tab/build';
import { completeFields } from '../tests/support/builders';
import { ms, summary, timed } from './stats';

/** The target: 10,000 opportunities with 100,000 events (ten each). */
const opportunities = Number(process.env.TAB_BENCH_OPPORTUNITIES ?? 10_000);
const manager = {
  id: 'bench-manager',
  name: 'Bench Manager',
  email: 'm@example.gc.ca',
  roles: ['manager' as const],
  locale: 'en' as const,
};

type Step = [IntentKind | 'create', State];
const edits = (n: number): Step[] => Array.from({ length: n }, (): Step => ['editDraft', 'draft']);
const toPosted: Step[] = [
  ['submit', 'awaitingFunds'],
  ['approveFunds', 'awaitingProcurement'],
  ['approvePosting', 'posted'],
];

/** Four lives of ten events each, so every figure has something to count. */
const lives: Step[][] = [
  // Awarded.
  [['create', 'draft'], ...edits(4), ...toPosted, ['close', 'evaluating'], ['award', 'awarded']],
  // Paid.
  [
    ['create', 'draft'],
    ...edits(1),
    ...toPosted,
    ['close', 'evaluating'],
    ['award', 'awarded'],
    ['recordDelivery', 'delivered'],
    ['accept', 'accepted'],
    ['recordPayment', 'paid'],
  ],
  // Returned once, funded again, waiting for procurement.
  [
    ['create', 'draft'],
    ...edits(2),
    ['submit', 'awaitingFunds'],
    ['returnToAuthor', 'draft'],
    ...edits(3),
    ['submit', 'awaitingFunds'],
    ['approveFunds', 'awaitingProcurement'],
  ],
  // Cancelled after posting.
  [['create', 'draft'], ...edits(5), ...toPosted, ['cancel', 'cancelled']],
];

function idOf(index: number): string {
  return `MA-2026-${String(index + 1).padStart(6, '0')}`;
}

function details(kind: IntentKind | 'create', i: number, at: string): AuditEvent['details'] {
  switch (kind) {
    case 'create':
      return { kind, authorName: 'Bench', fields: completeFields() };
    case 'editDraft':
      return { kind, changes: { titleEn: `Edit ${i}` } };
    case 'close':
      return { kind, applications: ['A0000001'], drawCommitment: '2'.repeat(64) };
    case 'award':
      return {
        kind,
        award: {
          secret: '0'.repeat(64),
          seed: '1'.repeat(64),
          candidates: ['A0000001'],
          winner: 'A0000001',
          supplierName: 'Supplier',
          supplierKey: 'supplier',
          splitting: null,
          releaseReason: null,
        },
      };
    case 'recordDelivery':
      return { kind, deliveryUrl: 'https://github.com/example/date-picker/pull/1' };
    case 'accept':
      return { kind, checks: [{ met: true, note: 'Passes axe.' }] };
    case 'recordPayment':
      return {
        kind,
        payment: { method: 'card', paidOn: at.slice(0, 10), amountCents: 999_350, reference: 'R' },
      };
    default:
      return { kind } as AuditEvent['details'];
  }
}

function trail(index: number): AuditEvent[] {
  const steps = lives[index % lives.length]!;
  const start = Date.parse('2026-04-10T12:00:00Z') + index * 60_000;
  return steps.map(([kind, to], i) => {
    const at = new Date(start + i * 3_600_000 * (1 + (index % 7))).toISOString();
    return {
      opportunityId: idOf(index),
      version: i + 1,
      at,
      actorId: 'bench',
      actorName: 'Bench',
      from: i === 0 ? null : steps[i - 1]![1],
      to,
      comment: kind === 'returnToAuthor' || kind === 'cancel' ? 'Bench.' : null,
      details: details(kind, i, at),
    };
  });
}

/** Each opportunity's head and events in one transaction, 32 opportunities at a time. */
async function seed(table: TableClient): Promise<void> {
  for (let i = 0; i < opportunities; i += 32) {
    await Promise.all(
      Array.from({ length: Math.min(32, opportunities - i) }, async (_, j) => {
        const events = trail(i + j);
        if (events.length !== 10)
          throw new Error(`life ${(i + j) % lives.length} is not ten events`);
        await table.submitTransaction([
          ['create', headEntity(replay(events)!, [])],
          ...events.map((e): TransactionAction => ['create', eventEntity(e, undefined)]),
        ]);
      }),
    );
  }
}

/**
 * Posts one opportunity waiting for procurement, as another server would: the new head row and
 * its event in one transaction, straight to storage (this server's store is never told).
 */
async function changeBehindTheRoutesBack(table: TableClient, index: number): Promise<void> {
  const events = trail(index);
  const record = replay(events)!;
  const event: AuditEvent = {
    ...events.at(-1)!,
    version: record.version + 1,
    at: new Date().toISOString(),
    from: record.state,
    to: 'posted',
    details: { kind: 'approvePosting' },
  };
  await table.submitTransaction([
    ['update', headEntity(evolve(record, event), []), 'Replace'],
    ['create', eventEntity(event, undefined)],
  ]);
}

/** Minified and gzipped (level 9, each file alone, as the server sends them) sizes of some files. */
async function weigh(outdir: string, files: string[]): Promise<{ bytes: number; gzipped: number }> {
  let bytes = 0;
  let gzipped = 0;
  for (const file of files) {
    const content = await readFile(join(outdir, file));
    bytes += content.length;
    gzipped += gzipSync(content, { level: 9 }).length;
  }
  return { bytes, gzipped };
}

/** The packages that weigh most in some output files, before compression. */
function biggest(metafile: Metafile, outdir: string, files: string[]): string {
  const byPackage = new Map<string, number>();
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    if (!files.includes(basename(output)) || dirname(resolve(output)) !== resolve(outdir)) continue;
    for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split('/')[0]!;
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return top.map(([name, bytes]) => `${name} ${kb(bytes)} KB`).join(', ');
}

const kb = (bytes: number) => (bytes / 1024).toFixed(0);

/**
 * The tab's first view: main.js and the chunks it imports statically, which a person downloads
 * before anything shows; then the dashboard chart's chunk, fetched when a manager opens it.
 */
async function bundleSize(): Promise<void> {
  const { outdir, metafile } = await buildTab({
    outdir: join(tmpdir(), `tab-bench-${process.pid}`),
  });
  const initial = initialScripts(metafile);
  const first = await weigh(outdir, initial);
  console.log(
    `tab initial JavaScript (${initial.length} files): ${kb(first.bytes)} KB minified, ${kb(first.gzipped)} KB gzipped (target ≤ 250 KB)`,
  );
  console.log(`  biggest: ${biggest(metafile, outdir, initial)}`);
  const chart = Object.entries(metafile.outputs)
    .filter(([, o]) => o.entryPoint?.endsWith('components/StageChart.tsx'))
    .map(([path]) => basename(path));
  if (chart.length !== 1) throw new Error(`expected one chart chunk, found ${chart.length}`);
  const lazy = await weigh(outdir, chart);
  console.log(
    `dashboard chart chunk (loaded on demand): ${kb(lazy.bytes)} KB minified, ${kb(lazy.gzipped)} KB gzipped`,
  );
  console.log(`  biggest: ${biggest(metafile, outdir, chart)}`);
  await rm(outdir, { recursive: true, force: true });
}

/** GET /api/dashboard over HTTP against Azurite holding `opportunities` × 10 events. */
async function dashboardLatency(): Promise<void> {
  const azurite = await startAzurite();
  try {
    const storage = await openStorage({
      kind: 'connectionString',
      connectionString: azurite.connectionString,
    });
    await storage.people.put(manager);
    const table = storage.tables.clients.opportunities;
    const seedStart = Date.now();
    await seed(table);
    const seeded = Date.now();
    console.log(
      `seeded ${opportunities} opportunities, ${opportunities * 10} events in ${((seeded - seedStart) / 1000).toFixed(1)} s`,
    );
    const signer = await createDevSigner();
    const logger = createLogger('silent');
    const api = createTabApi({
      storage,
      logger,
      auth: signer.auth,
      mode: 'development',
      // One manager asks a hundred times in a few seconds: more than a person's rate.
      rateLimit: { perMinute: 6_000, burst: 1_000 },
    });
    const server = await listen(
      createApp({ storage, logger, routes: api.routes, mounts: api.mounts }),
      '127.0.0.1',
      0,
    );
    try {
      const call = async () => {
        const response = await fetch(`${server.url}/api/dashboard`, {
          headers: { authorization: `Bearer ${await signer.sign(manager.id)}` },
        });
        if (response.status !== 200) throw new Error(`dashboard answered ${response.status}`);
        return (await response.json()) as { total: number; countsByState: Record<State, number> };
      };
      const line = (name: string, samples: number[]) => {
        const { p50, p95 } = summary(samples);
        return `  ${name.padEnd(44)} p50 ${ms(p50)}  p95 ${ms(p95)}`;
      };
      console.log(`dashboard API (${opportunities} opportunities, ${opportunities * 10} events)`);
      // The first answer reads every head row's small columns; later ones only what changed.
      let answer: Awaited<ReturnType<typeof call>> | undefined;
      const cold = await timed(async () => (answer = await call()));
      if (answer?.total !== opportunities) throw new Error(`dashboard counted ${answer?.total}`);
      console.log(`  first call ${ms(cold)}`);
      // Each call reads again what storage wrote in the two minutes before the newest write seen:
      // right after seeding, that is the seeding's last two minutes.
      const afterSeeding: number[] = [];
      for (let i = 0; i < 20; i++) afterSeeding.push(await timed(call));
      console.log(line('20 calls within two minutes of seeding:', afterSeeding));
      const wait = seeded + syncOverlapMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      console.log(
        `  (waited ${(Math.max(0, wait) / 1000).toFixed(0)} s: the seeding is older than the overlap)`,
      );
      const quiet: number[] = [];
      for (let i = 0; i < 40; i++) quiet.push(await timed(call));
      console.log(`${line('40 calls, nothing changed:', quiet)}  (target p95 ≤ 150 ms)`);
      // Then one opportunity posted by "another server" before each call.
      const waiting = Array.from({ length: opportunities }, (_, i) => i).filter((i) => i % 4 === 2);
      const changed: number[] = [];
      for (let i = 0; i < 40 && i < waiting.length; i++) {
        await changeBehindTheRoutesBack(table, waiting[i]!);
        changed.push(await timed(async () => (answer = await call())));
      }
      // Nothing was posted before: each change shows in the answer after it.
      if (answer?.countsByState.posted !== changed.length)
        throw new Error(`${answer?.countsByState.posted} posted after ${changed.length} changes`);
      console.log(`${line('40 calls, one change before each:', changed)}  (target p95 ≤ 150 ms)`);
    } finally {
      await server.close();
    }
  } finally {
    await azurite.stop();
  }
}

export async function tabBench(): Promise<void> {
  await bundleSize();
  await dashboardLatency();
}

if (require.main === module) {
  tabBench().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
