import { subscribeUrlOf } from './subscriptionForm';
import type { AuditEvent } from '../domain/events';
import type { PublishedChain } from '../storage/auditChain';
import { locales, type Locale } from '../domain/locale';
import type { Opportunity } from '../domain/opportunity';
import { renderContentPage, renderSplashPage, type SiteContent } from './contentPage';
import { renderEnhancementScript } from './enhancement';
import { feedEntry } from './feed';
import { openItem, otherItem } from './indexPage';
import { ocdsReleases, packageListLine, renderReleasePackage } from './ocds';
import { listingEntry, opportunityData } from './openData';
import { renderOpportunityPage } from './opportunityPage';
import {
  contentPages,
  contentPath,
  enhancementPath,
  ocdsPackagePath,
  opportunityDataPath,
  splashPath,
} from './paths';
import { daysLeft, lastPublicChange, publicStatus } from './publicView';
import { exampleContacts, type SiteContacts } from './contacts';
import { SiteLists } from './siteLists';
import { opportunityPath } from '../domain/publicUrls';
import { takesQuestions } from '../domain/questions';
import { defaultQuestionCutoffHours } from '../domain/limits';
import { defaultApplicantRetentionDays } from '../domain/retention';

export interface SiteOptions {
  /** The site's public address, e.g. `http://127.0.0.1:3978/opportunities`. */
  siteUrl: string;
  content: SiteContent;
  /** Registered OCDS ocid prefix; see docs/public-site.md. */
  ocidPrefix?: string;
  /** Where open opportunities' application forms post, e.g. `http://127.0.0.1:3978/apply`. */
  applyUrl?: string;
  /** Questions are taken until this many hours before closing (QUESTION_CUTOFF_HOURS). */
  questionCutoffHours?: number;
  /** The program's e-mail and the feedback address on the content pages; examples if unset. */
  contacts?: SiteContacts;
  /** Days suppliers' identities are kept after an opportunity ends, as the privacy page states. */
  applicantRetentionDays?: number;
}

export const defaultOcidPrefix = 'ocds-ma4t00';

/** What the open data tells of an opportunity's history beside its record. */
interface Trail {
  events: readonly AuditEvent[] | undefined;
  /** Its audit chain head, published for anyone to keep (absent: unknown, published as null). */
  chain: PublishedChain | undefined;
}

/** Everything one opportunity contributes to the site, kept until the opportunity changes. */
interface Rendered {
  record: Opportunity;
  events: readonly AuditEvent[] | undefined;
  chain: PublishedChain | undefined;
  days: number | null;
  /** Whether its page showed the question form: the cut-off hides it without any change to the record. */
  asking: boolean;
  /** Its own files' paths: two pages, its open data and its OCDS package (content is not kept). */
  own: string[];
}

export interface RenderResult {
  /** Files that may differ from the previous render (all of them the first time), path → content. */
  changed: Map<string, string>;
  /** Files of the previous render that are no longer part of the site. */
  removed: string[];
}

/**
 * Renders the site from opportunity records. Pure apart from its cache: an opportunity that has
 * not changed since the last render is not rendered again, and the lists are kept in order one
 * change at a time (`SiteLists`), so publishing one change costs that opportunity's files and the
 * few list files it reaches, whatever the number of opportunities.
 */
export class SiteRenderer {
  private readonly cache = new Map<string, Rendered>();
  private readonly lists: SiteLists;
  private fixed: Map<string, string> | null = null;
  private fixedRendered = false;

  constructor(private readonly options: SiteOptions) {
    this.lists = new SiteLists(
      options.siteUrl,
      options.applyUrl ? subscribeUrlOf(options.applyUrl) : undefined,
    );
  }

  private get cutoffHours(): number {
    return this.options.questionCutoffHours ?? defaultQuestionCutoffHours;
  }

  /** Files that come from the code and the pilot team's content, not from opportunities. */
  get fixedPaths(): ReadonlySet<string> {
    this.fixed ??= this.renderFixedPages();
    return new Set(this.fixed.keys());
  }

  /** The site from all the records there are: any opportunity not among them leaves it. */
  render(
    records: readonly Opportunity[],
    now: Date,
    events: ReadonlyMap<string, readonly AuditEvent[]> = new Map(),
    chains: ReadonlyMap<string, PublishedChain> = new Map(),
  ): RenderResult {
    const present = new Set(records.map((r) => r.id));
    const gone = [...this.cache.keys()].filter((id) => !present.has(id));
    return this.apply(records, gone, now, (r) => ({
      events: events.get(r.id),
      chain: chains.get(r.id),
    }));
  }

  /**
   * The site after these records changed (or appeared); the others stand as last rendered, their
   * "days left" brought up to `now`. Events (and chain heads) not given for a record are those it
   * was rendered with, if it was rendered at the same version.
   */
  update(
    records: readonly Opportunity[],
    now: Date,
    events: ReadonlyMap<string, readonly AuditEvent[]> = new Map(),
    chains: ReadonlyMap<string, PublishedChain> = new Map(),
  ): RenderResult {
    return this.apply(records, [], now, (r) => {
      const cached = this.cache.get(r.id);
      const same = cached?.record.version === r.version;
      return {
        events: events.get(r.id) ?? (same ? cached.events : undefined),
        chain: chains.get(r.id) ?? (same ? cached.chain : undefined),
      };
    });
  }

  private apply(
    records: readonly Opportunity[],
    gone: readonly string[],
    now: Date,
    trailOf: (r: Opportunity) => Trail,
  ): RenderResult {
    const changed = new Map<string, string>();
    const removed: string[] = [];
    const fixed = (this.fixed ??= this.renderFixedPages());
    if (!this.fixedRendered) {
      this.fixedRendered = true;
      for (const [path, content] of fixed) changed.set(path, content);
    }
    const leave = (id: string) => {
      const entry = this.cache.get(id);
      if (!entry) return;
      removed.push(...entry.own);
      this.cache.delete(id);
      this.lists.remove(id);
    };
    const seen = new Set<string>();
    for (const r of records) {
      seen.add(r.id);
      if (publicStatus(r)) this.renderIfChanged(r, now, trailOf(r), changed);
      else leave(r.id);
    }
    for (const id of gone) leave(id);
    // "Days left" moves with the calendar: open opportunities not given are checked too.
    for (const id of [...this.lists.openIds()]) {
      const entry = this.cache.get(id)!;
      if (!seen.has(id)) this.renderIfChanged(entry.record, now, entry, changed);
    }
    this.lists.render(now, changed, removed);
    return { changed, removed };
  }

  private renderIfChanged(
    r: Opportunity,
    now: Date,
    { events, chain }: Trail,
    changed: Map<string, string>,
  ): void {
    const status = publicStatus(r)!;
    const days = status === 'open' ? daysLeft(r.fields.closingAt, now) : null;
    const asking = takesQuestions(r, now, this.cutoffHours);
    const eventCount = events?.length ?? -1;
    const entry = this.cache.get(r.id);
    if (
      entry?.record.version === r.version &&
      entry.record.updatedAt === r.updatedAt &&
      entry.days === days &&
      entry.asking === asking &&
      (entry.events?.length ?? -1) === eventCount &&
      entry.chain?.head === chain?.head
    )
      return;
    const key = `${r.version}|${r.updatedAt}|${days}|${eventCount}`;
    const lastChange = lastPublicChange(r, events);
    const own = this.renderOwn(r, now, { events, chain }, lastChange);
    this.cache.set(r.id, {
      record: r,
      events,
      chain,
      days,
      asking,
      own: [...own.keys()],
    });
    for (const [path, content] of own) changed.set(path, content);
    const { siteUrl } = this.options;
    const perLocale = <T>(make: (locale: Locale) => T) => ({ en: make('en'), fr: make('fr') });
    this.lists.put({
      id: r.id,
      key,
      open: status === 'open',
      postedAt: r.postedAt ?? '',
      closingAt: r.fields.closingAt,
      lastChange,
      items: perLocale((locale) =>
        status === 'open' ? openItem(r, locale, now) : otherItem(r, locale),
      ),
      feed: perLocale((locale) => feedEntry(r, locale, siteUrl, lastChange)),
      listing: listingEntry(r, lastChange),
      packageLine: packageListLine(r.id, siteUrl),
    });
  }

  /** The path of every file of the last render (static assets excepted). */
  allPaths(): Set<string> {
    const paths = new Set(this.fixed?.keys() ?? []);
    for (const entry of this.cache.values()) for (const path of entry.own) paths.add(path);
    for (const path of this.lists.paths()) paths.add(path);
    return paths;
  }

  private renderOwn(
    r: Opportunity,
    now: Date,
    { events, chain }: Trail,
    lastChange: string,
  ): Map<string, string> {
    const { siteUrl, applyUrl } = this.options;
    const own = new Map<string, string>();
    for (const locale of locales)
      own.set(
        opportunityPath(r.id, locale),
        renderOpportunityPage(r, locale, now, {
          siteUrl,
          applyUrl,
          questionCutoffHours: this.cutoffHours,
        }),
      );
    own.set(opportunityDataPath(r.id), opportunityData(r, siteUrl, lastChange, chain ?? null));
    const ocds = { siteUrl, ocidPrefix: this.options.ocidPrefix ?? defaultOcidPrefix };
    own.set(
      ocdsPackagePath(r.id),
      renderReleasePackage(r.id, ocdsReleases(r, ocds, events), ocds, chain ?? null),
    );
    return own;
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
          renderContentPage(
            page,
            locale,
            this.options.content[locale][page],
            this.options.contacts ?? exampleContacts,
            this.options.siteUrl,
            this.options.applicantRetentionDays ?? defaultApplicantRetentionDays,
          ),
        );
      }
    }
    return files;
  }
}

/** The whole site from records: pure, records in, files out (static assets excepted). */
export function generateSite(
  records: readonly Opportunity[],
  options: SiteOptions & {
    now: Date;
    events?: ReadonlyMap<string, readonly AuditEvent[]>;
    chains?: ReadonlyMap<string, PublishedChain>;
  },
): Map<string, string> {
  // The first render's changes are every file.
  return new SiteRenderer(options).render(records, options.now, options.events, options.chains)
    .changed;
}
