import { createHash } from 'node:crypto';
import type { AuditEvent } from '../domain/events';
import type { PublishedChain } from '../storage/auditChain';
import type { Opportunity } from '../domain/opportunity';
import { siteAssets } from './assets';
import { loadContent } from './content';
import type { SiteContent } from './contentPage';
import { folderTarget } from './folderTarget';
import { contentTypeOf, type Published, type PublishTarget } from './publishTarget';
import { publicStatus } from './publicView';
import { SiteRenderer } from './siteRenderer';
import type { SiteContacts } from './contacts';

export interface PublisherOptions {
  /** A local folder to publish into; or give `target` (e.g. the static website container). */
  outputDir?: string;
  target?: PublishTarget;
  /** The site's public address, for feeds, open data and canonical links. */
  siteUrl: string;
  /** Where application forms post; without it open pages only say when applications close. */
  applyUrl?: string;
  /** Questions are taken until this many hours before closing (QUESTION_CUTOFF_HOURS). */
  questionCutoffHours?: number;
  content?: SiteContent;
  ocidPrefix?: string;
  /** The program's e-mail and the feedback address; examples if unset (development). */
  contacts?: SiteContacts;
  /** The period the privacy page states (APPLICANT_RETENTION_DAYS); the default if unset. */
  applicantRetentionDays?: number;
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
   * Brings the published site in line with these records, all the public ones there are: any
   * opportunity published before and not among them leaves the site. At start, and hourly.
   */
  publishAll(
    records: readonly Opportunity[],
    events?: ReadonlyMap<string, readonly AuditEvent[]>,
    chains?: ReadonlyMap<string, PublishedChain>,
  ): Promise<PublishReport>;
  /**
   * Publishes these records, changed or new since the last publication; the others stand (their
   * "days left" brought up to date). Events not given are those an opportunity was last rendered
   * with. Writes only files whose content changed. Calls run one at a time; two publishers on
   * two servers never let older data overwrite newer (see `Stamps`). `chains`: the audit chain
   * head each record's open data and OCDS package publish (none: published as unknown).
   */
  publishChanged(
    records: readonly Opportunity[],
    events?: ReadonlyMap<string, readonly AuditEvent[]>,
    chains?: ReadonlyMap<string, PublishedChain>,
  ): Promise<PublishReport>;
}

const aDay = 24 * 60 * 60 * 1000;
const stampScale = 100_000;

/**
 * Newer data has a higher stamp: an opportunity's files by its version, the lists by the sum of
 * all versions (versions only grow, and a public opportunity stays public), then the day, since
 * "days left" changes daily. Files that come from the code, not the data, have stamp 0. Kept one
 * change at a time, like the site.
 */
class Stamps {
  private readonly versions = new Map<string, { version: number; open: boolean }>();
  private sum = 0;

  constructor(private readonly fixed: ReadonlySet<string>) {}

  update(records: readonly Opportunity[], complete: boolean): void {
    if (complete) {
      this.versions.clear();
      this.sum = 0;
    }
    for (const r of records) {
      const status = publicStatus(r);
      const before = this.versions.get(r.id);
      if (before) this.sum -= before.version;
      if (!status) {
        this.versions.delete(r.id);
        continue;
      }
      this.sum += r.version;
      this.versions.set(r.id, { version: r.version, open: status === 'open' });
    }
  }

  of(path: string, now: Date): number {
    if (this.fixed.has(path)) return 0;
    const day = Math.floor(now.getTime() / aDay);
    const match = ownFile.exec(path);
    const id = match?.[1] ?? match?.[2];
    const own = id === undefined ? undefined : this.versions.get(decodeURIComponent(id));
    if (own) return own.version * stampScale + (own.open ? day : 0);
    return this.sum * stampScale + day;
  }
}

/**
 * Where an opportunity's own files would name it: its two pages, its data and its OCDS package.
 * A name that is no public opportunity's (`index-2`, `closed-3`, `packages`) is a list's file.
 */
const ownFile = /^(?:(?:en|fr)\/([^/]+)\.html|(?:data|ocds)\/([^/]+)\.json)$/;

const sha256 = (body: Buffer) => createHash('sha256').update(body).digest('hex');

export function createPublisher(options: PublisherOptions): Publisher {
  const chosen = options.target ?? (options.outputDir ? folderTarget(options.outputDir) : null);
  if (!chosen) throw new Error('createPublisher needs an outputDir or a target');
  const target: PublishTarget = chosen;
  const clock = options.clock ?? (() => new Date());
  let ready: Promise<{
    renderer: SiteRenderer;
    stamps: Stamps;
    known: Map<string, Published>;
    assets: Map<string, Buffer>;
  }> | null = null;
  let first = true;
  const pending = new Map<string, string | Buffer>();
  const pendingRemovals = new Set<string>();
  let queue: Promise<unknown> = Promise.resolve();

  const start = async () => {
    const renderer = new SiteRenderer({
      siteUrl: options.siteUrl,
      applyUrl: options.applyUrl,
      questionCutoffHours: options.questionCutoffHours,
      content: options.content ?? (await loadContent()),
      ocidPrefix: options.ocidPrefix,
      contacts: options.contacts,
      applicantRetentionDays: options.applicantRetentionDays,
    });
    return {
      renderer,
      stamps: new Stamps(renderer.fixedPaths),
      known: await target.list(),
      assets: await siteAssets(),
    };
  };

  async function run(
    records: readonly Opportunity[],
    events: ReadonlyMap<string, readonly AuditEvent[]> | undefined,
    chains: ReadonlyMap<string, PublishedChain> | undefined,
    complete: boolean,
  ): Promise<PublishReport> {
    const began = performance.now();
    ready ??= start();
    const { renderer, stamps, known, assets } = await ready;
    const now = clock();
    const { changed, removed } = complete
      ? renderer.render(records, now, events, chains)
      : renderer.update(records, now, events, chains);
    stamps.update(records, complete);
    const stampOf = (path: string) => stamps.of(path, now);
    const report: PublishReport = { written: [], removed: [], newerThere: [], ms: 0 };
    // What a run could not finish stays pending for the next one: the renderer moved on.
    for (const [path, content] of changed) pending.set(path, content);
    for (const path of removed) {
      pending.delete(path);
      pendingRemovals.add(path);
    }
    if (first) {
      // What is there may come from an earlier run or another server: the first render's
      // changes are every file, compared with what is there; anything else there goes.
      for (const [path, content] of assets) pending.set(path, content);
      const all = renderer.allPaths();
      for (const path of known.keys())
        if (!all.has(path) && !assets.has(path)) pendingRemovals.add(path);
      first = false;
    }
    const candidates = [...pending];

    const publishOne = async ([path, content]: [string, string | Buffer]) => {
      const text = typeof content === 'string' ? content : undefined;
      const body = text !== undefined ? Buffer.from(text) : (content as Buffer);
      const published = { hash: sha256(body), stamp: text !== undefined ? stampOf(path) : 0 };
      if (known.get(path)?.hash !== published.hash) {
        const outcome = await target.put(path, body, contentTypeOf(path), published);
        if (outcome === 'written') {
          known.set(path, published);
          report.written.push(path);
        } else report.newerThere.push(path);
      }
      if (pending.get(path) === content) pending.delete(path);
    };
    for (let i = 0; i < candidates.length; i += 32)
      await Promise.all(candidates.slice(i, i + 32).map(publishOne));

    for (const path of [...pendingRemovals]) {
      if (known.has(path)) {
        await target.remove(path);
        known.delete(path);
        report.removed.push(path);
      }
      pendingRemovals.delete(path);
    }
    await target.flush();
    report.ms = performance.now() - began;
    return report;
  }

  const queued = (work: () => Promise<PublishReport>) => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };
  return {
    publishAll: (records, events, chains) => queued(() => run(records, events, chains, true)),
    publishChanged: (records, events, chains) => queued(() => run(records, events, chains, false)),
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
