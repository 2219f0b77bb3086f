import { easternDate } from '../domain/text';
import type { AuditEvent } from '../domain/events';
import { locales, type Locale } from '../domain/locale';
import type { Opportunity } from '../domain/opportunity';
import { renderContentPage, renderSplashPage, type SiteContent } from './contentPage';
import { renderEnhancementScript } from './enhancement';
import { feedEntry, feedSize, renderFeed, type FeedEntry } from './feed';
import type { SafeHtml } from './html';
import { openItem, otherItem, renderIndexPage } from './indexPage';
import { ocdsReleases, packageListLine, renderPackageList, renderReleasePackage } from './ocds';
import { listingEntry, opportunityData, renderListing } from './openData';
import { renderOpportunityPage } from './opportunityPage';
import {
  contentPages,
  contentPath,
  enhancementPath,
  feedPath,
  indexPageSize,
  indexPagePath,
  ocdsListPath,
  ocdsPackagePath,
  openDataPath,
  opportunityDataPath,
  splashPath,
} from './paths';
import {
  daysLeft,
  lastPublicChange,
  publicOrder,
  publicStatus,
  type PublicStatus,
} from './publicView';
import { opportunityPath } from './urls';

export interface SiteOptions {
  /** The site's public address, e.g. `http://127.0.0.1:3978/opportunities`. */
  siteUrl: string;
  content: SiteContent;
  /** Registered OCDS ocid prefix; see docs/public-site.md. */
  ocidPrefix?: string;
  /** Where open opportunities' application forms post, e.g. `http://127.0.0.1:3978/apply`. */
  applyUrl?: string;
}

export const defaultOcidPrefix = 'ocds-ma4t00';

/** Everything one opportunity contributes to the site, kept until the opportunity changes. */
interface Rendered {
  id: string;
  /** What the rendering depended on: the same again means nothing to render. */
  key: string;
  version: number;
  updatedAt: string;
  days: number | null;
  eventCount: number;
  /** The render that last saw it public. */
  pass: number;
  /** Its own files: two pages and its open data. */
  own: Map<string, string>;
  items: Record<Locale, SafeHtml>;
  feed: Record<Locale, FeedEntry>;
  listing: string;
  packageLine: string;
  lastChange: string;
}

export interface RenderResult {
  /** Files that may differ from the previous render (all of them the first time), path → content. */
  changed: Map<string, string>;
  /** Files of the previous render that are no longer part of the site. */
  removed: string[];
}

/** What the list's order depends on for one opportunity: open or not, and its closing time. */
function orderSignature(r: Opportunity, status: PublicStatus): string {
  return `${status === 'open' ? 'o' : 'x'}${r.fields.closingAt ?? ''}`;
}

/**
 * Renders the site from opportunity records. Pure apart from its cache: an opportunity that has
 * not changed since the last render is not rendered again, so publishing one change into a large
 * site costs that opportunity's files and the joining of the lists from cached pieces.
 */
export class SiteRenderer {
  private readonly cache = new Map<string, Rendered>();
  private fixed: Map<string, string> | null = null;
  private fixedRendered = false;
  private readonly indexPages = new Map<string, { key: string; html: string }>();
  private aggregates = new Map<string, string>();
  /**
   * The list's order from the last render, and what it depended on per opportunity (open or not,
   * the closing time): when none of that changed, the order, the pages it cuts and the package
   * list stand, and only the pages holding a changed opportunity are made again.
   */
  private order: {
    signature: Map<string, string>;
    open: string[];
    others: string[];
    position: Map<string, number>;
  } | null = null;
  private passes = 0;
  /** The opportunities in the feeds at the last render, with the change that put them there. */
  private feedTop = new Map<string, string>();

  constructor(private readonly options: SiteOptions) {}

  /** Files that come from the code and the pilot team's content, not from opportunities. */
  get fixedPaths(): ReadonlySet<string> {
    this.fixed ??= this.renderFixedPages();
    return new Set(this.fixed.keys());
  }

  render(
    records: readonly Opportunity[],
    now: Date,
    events: ReadonlyMap<string, readonly AuditEvent[]> = new Map(),
  ): RenderResult {
    const changed = new Map<string, string>();
    const removed: string[] = [];
    const fixed = (this.fixed ??= this.renderFixedPages());
    if (!this.fixedRendered) {
      this.fixedRendered = true;
      for (const [path, content] of fixed) changed.set(path, content);
    }
    const dirty = new Set<string>();
    const pass = ++this.passes;
    const rendered = (r: Opportunity, status: PublicStatus): void => {
      const days = status === 'open' ? daysLeft(r.fields.closingAt, now) : null;
      const eventCount = events.get(r.id)?.length ?? -1;
      let entry = this.cache.get(r.id);
      const same =
        entry?.version === r.version &&
        entry.updatedAt === r.updatedAt &&
        entry.days === days &&
        entry.eventCount === eventCount;
      if (!entry || !same) {
        const key = `${r.version}|${r.updatedAt}|${days}|${eventCount}`;
        entry = {
          ...this.renderOpportunity(r, key, now, events.get(r.id)),
          version: r.version,
          updatedAt: r.updatedAt,
          days,
          eventCount,
          pass,
        };
        this.cache.set(r.id, entry);
        dirty.add(r.id);
        for (const [path, content] of entry.own) changed.set(path, content);
      } else entry.pass = pass;
    };
    // One pass over the records: render what changed, and see whether the list's order can stand.
    let reordered = this.order === null;
    let count = 0;
    for (const r of records) {
      const status = publicStatus(r);
      if (!status) continue;
      count++;
      rendered(r, status);
      if (!reordered && this.order!.signature.get(r.id) !== orderSignature(r, status))
        reordered = true;
    }
    if (!reordered && count !== this.order!.signature.size) reordered = true;
    if (reordered) {
      const { open, others } = publicOrder(records);
      const ids = [...open, ...others].map((r) => r.id);
      this.order = {
        signature: new Map(
          [...open, ...others].map((r) => [r.id, orderSignature(r, publicStatus(r)!)]),
        ),
        open: open.map((r) => r.id),
        others: others.map((r) => r.id),
        position: new Map(ids.map((id, i) => [id, i])),
      };
    }
    if (this.cache.size !== count) {
      for (const [id, entry] of this.cache) {
        if (entry.pass === pass) continue;
        removed.push(...entry.own.keys());
        this.cache.delete(id);
      }
    }
    const order = this.order!;
    const openEntries = order.open.map((id) => this.cache.get(id)!);
    const otherEntries = order.others.map((id) => this.cache.get(id)!);
    const before = this.aggregates;
    this.aggregates = this.renderAggregates(openEntries, otherEntries, now, reordered, dirty);
    for (const [path, content] of this.aggregates) {
      if (before.get(path) !== content) changed.set(path, content);
    }
    for (const path of before.keys()) if (!this.aggregates.has(path)) removed.push(path);
    return { changed, removed };
  }

  /** Every file of the last render (static assets excepted), path → content. */
  allFiles(): Map<string, string> {
    const files = new Map(this.fixed ?? []);
    for (const entry of this.cache.values())
      for (const [path, content] of entry.own) files.set(path, content);
    for (const [path, content] of this.aggregates) files.set(path, content);
    return files;
  }

  private renderAggregates(
    openEntries: Rendered[],
    otherEntries: Rendered[],
    now: Date,
    reordered: boolean,
    dirty: ReadonlySet<string>,
  ): Map<string, string> {
    const previous = this.aggregates;
    // Nothing public changed: every list stands as it is.
    if (!reordered && dirty.size === 0 && previous.size) return previous;
    const files = new Map<string, string>();
    const { siteUrl } = this.options;
    const all = [...openEntries, ...otherEntries];
    const pageCount = Math.max(1, Math.ceil(all.length / indexPageSize));
    // In the same order, only the pages that hold a changed opportunity can differ.
    const touched = reordered
      ? null
      : new Set(
          [...dirty].map((id) => Math.floor(this.order!.position.get(id)! / indexPageSize) + 1),
        );
    for (const locale of locales) {
      for (let page = 1; page <= pageCount; page++) {
        const standing =
          touched && !touched.has(page) && this.indexPages.get(indexPagePath(locale, page));
        if (standing) {
          files.set(indexPagePath(locale, page), standing.html);
          continue;
        }
        const slice = all.slice((page - 1) * indexPageSize, page * indexPageSize);
        const openCount = Math.max(
          0,
          Math.min(slice.length, openEntries.length - (page - 1) * indexPageSize),
        );
        const path = indexPagePath(locale, page);
        const key = [
          pageCount,
          openEntries.length,
          otherEntries.length,
          ...slice.map((e) => e.id + e.key),
        ].join('|');
        const cached = this.indexPages.get(path);
        if (cached?.key === key) {
          files.set(path, cached.html);
          continue;
        }
        const latest = slice.reduce((max, e) => (e.lastChange > max ? e.lastChange : max), '');
        const html = renderIndexPage({
          locale,
          page,
          pageCount,
          openItems: slice.slice(0, openCount).map((e) => e.items[locale]),
          otherItems: slice.slice(openCount).map((e) => e.items[locale]),
          openTotal: openEntries.length,
          otherTotal: otherEntries.length,
          dateModified: latest ? easternDate(latest) : undefined,
          siteUrl,
        });
        this.indexPages.set(path, { key, html });
        files.set(path, html);
      }
    }
    // The feeds hold the latest changes. In the same order, only a changed opportunity can enter
    // them, unless one of those in them moved back in time: then all are compared again.
    const movedBack = [...dirty].some((id) => {
      const before = this.feedTop.get(id);
      return before !== undefined && this.cache.get(id)!.lastChange < before;
    });
    const candidates =
      reordered || movedBack
        ? all
        : [...new Set([...this.feedTop.keys(), ...dirty])].map((id) => this.cache.get(id)!);
    const position = this.order!.position;
    const latest = [...candidates]
      .sort((a, b) =>
        a.lastChange < b.lastChange
          ? 1
          : a.lastChange > b.lastChange
            ? -1
            : position.get(a.id)! - position.get(b.id)!,
      )
      .slice(0, feedSize);
    this.feedTop = new Map(latest.map((e) => [e.id, e.lastChange]));
    for (const locale of locales) {
      files.set(
        feedPath(locale),
        renderFeed(
          latest.map((e) => e.feed[locale]),
          locale,
          siteUrl,
          now,
        ),
      );
    }
    for (const path of [...this.indexPages.keys()])
      if (!files.has(path)) this.indexPages.delete(path);
    files.set(
      openDataPath,
      renderListing(
        all.map((e) => e.listing),
        siteUrl,
      ),
    );
    // Package lines name only the opportunity: the list changes with the order alone.
    const packages = previous.get(ocdsListPath);
    files.set(
      ocdsListPath,
      !reordered && packages !== undefined
        ? packages
        : renderPackageList(all.map((e) => e.packageLine)),
    );
    return files;
  }

  private renderOpportunity(
    r: Opportunity,
    key: string,
    now: Date,
    events: readonly AuditEvent[] | undefined,
  ): Omit<Rendered, 'version' | 'updatedAt' | 'days' | 'eventCount' | 'pass'> {
    const { siteUrl, applyUrl } = this.options;
    const open = publicStatus(r) === 'open';
    const lastChange = lastPublicChange(r, events);
    const perLocale = <T>(make: (locale: Locale) => T) => ({ en: make('en'), fr: make('fr') });
    const own = new Map<string, string>();
    for (const locale of locales)
      own.set(
        opportunityPath(r.id, locale),
        renderOpportunityPage(r, locale, now, { siteUrl, applyUrl }),
      );
    own.set(opportunityDataPath(r.id), opportunityData(r, siteUrl, lastChange));
    const ocds = { siteUrl, ocidPrefix: this.options.ocidPrefix ?? defaultOcidPrefix };
    own.set(ocdsPackagePath(r.id), renderReleasePackage(r.id, ocdsReleases(r, ocds, events), ocds));
    return {
      id: r.id,
      key,
      own,
      items: perLocale((locale) => (open ? openItem(r, locale, now) : otherItem(r, locale))),
      feed: perLocale((locale) => feedEntry(r, locale, siteUrl, lastChange)),
      listing: listingEntry(r, lastChange),
      packageLine: packageListLine(r.id, siteUrl),
      lastChange,
    };
  }

  private renderFixedPages(): Map<string, string> {
    const files = new Map<string, string>([
      [splashPath, renderSplashPage()],
      [enhancementPath, renderEnhancementScript()],
    ]);
    for (const locale of locales) {
      for (const page of contentPages) {
        files.set(
          contentPath(page, locale),
          renderContentPage(page, locale, this.options.content[locale][page], this.options.siteUrl),
        );
      }
    }
    return files;
  }
}

/** The whole site from records: pure, records in, files out (static assets excepted). */
export function generateSite(
  records: readonly Opportunity[],
  options: SiteOptions & { now: Date; events?: ReadonlyMap<string, readonly AuditEvent[]> },
): Map<string, string> {
  const renderer = new SiteRenderer(options);
  renderer.render(records, options.now, options.events);
  return renderer.allFiles();
}
