import { createHash } from 'node:crypto';
import type { AuditEvent } from '../domain/events';
import type { Opportunity } from '../domain/opportunity';
import { siteAssets } from './assets';
import { loadContent } from './content';
import type { SiteContent } from './contentPage';
import { folderTarget } from './folderTarget';
import { contentTypeOf, type Published, type PublishTarget } from './publishTarget';
import { publicStatus } from './publicView';
import { SiteRenderer } from './siteRenderer';

export interface PublisherOptions {
  /** A local folder to publish into; or give `target` (e.g. the static website container). */
  outputDir?: string;
  target?: PublishTarget;
  /** The site's public address, for feeds, open data and canonical links. */
  siteUrl: string;
  /** Where application forms post; without it open pages say to apply by e-mail. */
  applyUrl?: string;
  content?: SiteContent;
  ocidPrefix?: string;
  clock?: () => Date;
}

export interface PublishReport {
  written: string[];
  removed: string[];
  /** Files a newer publisher (another server) had already written: left as they were. */
  newerThere: string[];
  ms: number;
}

export interface Publisher {
  /**
   * Brings the published site in line with these records (all the public ones: the site is
   * rendered from them, not patched). Writes only files whose content changed. Calls run one at a
   * time; two publishers on two servers never let older data overwrite newer (see stamps).
   */
  publishChanged(
    records: readonly Opportunity[],
    events?: ReadonlyMap<string, readonly AuditEvent[]>,
  ): Promise<PublishReport>;
}

const aDay = 24 * 60 * 60 * 1000;
const stampScale = 100_000;

/**
 * Newer data has a higher stamp: an opportunity's files by its version, the lists by the sum of
 * all versions (versions only grow, and a public opportunity stays public), then the day, since
 * "days left" changes daily. Files that come from the code, not the data, have stamp 0.
 */
function stamps(
  records: readonly Opportunity[],
  now: Date,
  fixed: ReadonlySet<string>,
): (path: string) => number {
  const day = Math.floor(now.getTime() / aDay);
  const own = new Map<string, number>();
  let sum = 0;
  for (const r of records) {
    const status = publicStatus(r);
    if (!status) continue;
    sum += r.version;
    own.set(r.id, r.version * stampScale + (status === 'open' ? day : 0));
  }
  return (path) => {
    if (fixed.has(path)) return 0;
    const match = ownFile.exec(path);
    const id = match?.[1] ?? match?.[2];
    const stamp = id === undefined ? undefined : own.get(decodeURIComponent(id));
    return stamp ?? sum * stampScale + day;
  };
}

/** An opportunity's own files: its two pages, its data and its OCDS package. */
const ownFile =
  /^(?:(?:en|fr)\/(?!index(?:-\d+)?\.html$)([^/]+)\.html|(?:data|ocds)\/(?!packages\.json$)([^/]+)\.json)$/;

const sha256 = (body: Buffer) => createHash('sha256').update(body).digest('hex');

export function createPublisher(options: PublisherOptions): Publisher {
  const chosen = options.target ?? (options.outputDir ? folderTarget(options.outputDir) : null);
  if (!chosen) throw new Error('createPublisher needs an outputDir or a target');
  const target: PublishTarget = chosen;
  const clock = options.clock ?? (() => new Date());
  let ready: Promise<{
    renderer: SiteRenderer;
    known: Map<string, Published>;
    assets: Map<string, Buffer>;
  }> | null = null;
  const lastWritten = new Map<string, string>();
  let first = true;
  let queue: Promise<unknown> = Promise.resolve();

  const start = async () => ({
    renderer: new SiteRenderer({
      siteUrl: options.siteUrl,
      applyUrl: options.applyUrl,
      content: options.content ?? (await loadContent()),
      ocidPrefix: options.ocidPrefix,
    }),
    known: await target.list(),
    assets: await siteAssets(),
  });

  async function run(
    records: readonly Opportunity[],
    events?: ReadonlyMap<string, readonly AuditEvent[]>,
  ): Promise<PublishReport> {
    const began = performance.now();
    ready ??= start();
    const { renderer, known, assets } = await ready;
    const now = clock();
    const { changed, removed } = renderer.render(records, now, events);
    const stampOf = stamps(records, now, renderer.fixedPaths);
    const report: PublishReport = { written: [], removed: [], newerThere: [], ms: 0 };
    let candidates: [string, string | Buffer][];
    let removals: string[];
    if (first) {
      // What is there may come from an earlier run or another server: compare everything once.
      const all = renderer.allFiles();
      candidates = [...all, ...assets];
      removals = [...known.keys()].filter((path) => !all.has(path) && !assets.has(path));
    } else {
      candidates = [...changed];
      removals = removed;
    }

    const publishOne = async ([path, content]: [string, string | Buffer]) => {
      const text = typeof content === 'string' ? content : undefined;
      if (text !== undefined && lastWritten.get(path) === text) return;
      const body = text !== undefined ? Buffer.from(text) : (content as Buffer);
      const published = { hash: sha256(body), stamp: text !== undefined ? stampOf(path) : 0 };
      if (known.get(path)?.hash === published.hash) {
        if (text !== undefined) lastWritten.set(path, text);
        return;
      }
      const outcome = await target.put(path, body, contentTypeOf(path), published);
      if (outcome === 'written') {
        known.set(path, published);
        if (text !== undefined) lastWritten.set(path, text);
        report.written.push(path);
      } else report.newerThere.push(path);
    };
    for (let i = 0; i < candidates.length; i += 32)
      await Promise.all(candidates.slice(i, i + 32).map(publishOne));

    for (const path of removals) {
      if (!known.has(path)) continue;
      await target.remove(path);
      known.delete(path);
      lastWritten.delete(path);
      report.removed.push(path);
    }
    await target.flush();
    first = false;
    report.ms = performance.now() - began;
    return report;
  }

  return {
    publishChanged(records, events) {
      const result = queue.then(() => run(records, events));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}

/** Retries a failed publication a few times; the caller reports a final failure to the author. */
export async function publishWithRetry(
  publish: () => Promise<PublishReport>,
  attempts = 3,
  delayMs = 500,
): Promise<{ ok: true; report: PublishReport } | { ok: false; error: unknown }> {
  let error: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return { ok: true, report: await publish() };
    } catch (e) {
      error = e;
      if (attempt < attempts - 1)
        await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** attempt));
    }
  }
  return { ok: false, error };
}
