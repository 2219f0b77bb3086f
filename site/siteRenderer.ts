import { easternDate } from '../domain/text';
import type { AuditEvent } from '../domain/events';
import { locales, type Locale } from '../domain/locale';
import type { Opportunity } from '../domain/opportunity';
import { renderContentPage, renderSplashPage, type SiteContent } from './contentPage';
import { renderEnhancementScript } from './enhancement';
import { feedEntry, renderFeed, type FeedEntry } from './feed';
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
import { daysLeft, lastPublicChange, publicOrder, publicStatus } from './publicView';
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
    const { open, others } = publicOrder(records);
    const seen = new Set<string>();
    const rendered = (r: Opportunity) => {
      seen.add(r.id);
      const days = publicStatus(r) === 'open' ? daysLeft(r.fields.closingAt, now) : null;
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
        };
        this.cache.set(r.id, entry);
        for (const [path, content] of entry.own) changed.set(path, content);
      }
      return entry;
    };
    const openEntries = open.map(rendered);
    const otherEntries = others.map(rendered);
    for (const [id, entry] of this.cache) {
      if (seen.has(id)) continue;
      removed.push(...entry.own.keys());
      this.cache.delete(id);
    }
    const before = new Set(this.aggregates.keys());
    this.aggregates = this.renderAggregates(openEntries, otherEntries, now);
    for (const [path, content] of this.aggregates) {
      changed.set(path, content);
      before.delete(path);
    }
    removed.push(...before);
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
  ): Map<string, string> {
    const files = new Map<string, string>();
    const { siteUrl } = this.options;
    const all = [...openEntries, ...otherEntries];
    const pageCount = Math.max(1, Math.ceil(all.length / indexPageSize));
    for (const locale of locales) {
      for (let page = 1; page <= pageCount; page++) {
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
      files.set(
        feedPath(locale),
        renderFeed(
          all.map((e) => e.feed[locale]),
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
    files.set(ocdsListPath, renderPackageList(all.map((e) => e.packageLine)));
    return files;
  }

  private renderOpportunity(
    r: Opportunity,
    key: string,
    now: Date,
    events: readonly AuditEvent[] | undefined,
  ): Omit<Rendered, 'version' | 'updatedAt' | 'days' | 'eventCount'> {
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
