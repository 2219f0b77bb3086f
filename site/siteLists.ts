import { easternDate } from '../domain/text';
import { locales } from '../domain/locale';
import { feedSize, renderFeed, type FeedEntry } from './feed';
import type { SafeHtml } from './html';
import { renderArchivePage, renderIndexPage } from './indexPage';
import { renderPackageList, renderPackageParts } from './ocds';
import { renderArchiveData, renderListing } from './openData';
import {
  archiveDataPath,
  archiveDataSize,
  archivePagePath,
  archivePageSize,
  feedPath,
  indexPagePath,
  indexPageSize,
  ocdsListPath,
  openDataPath,
  packageListPartPath,
  packageListSize,
  recentSize,
} from './paths';
import { SortedIds, type Moved } from './sortedIds';

/** What the lists need of one public opportunity, rendered once per change of it. */
export interface ListPiece {
  id: string;
  /** Changes whenever anything below does. */
  key: string;
  open: boolean;
  postedAt: string;
  closingAt: string | null;
  lastChange: string;
  items: Record<'en' | 'fr', SafeHtml>;
  feed: Record<'en' | 'fr', FeedEntry>;
  listing: string;
  packageLine: string;
}

const byNumber = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
/** The lists' order: closing time in ms, +∞ without one. */
const closingMs = (closingAt: string | null) =>
  closingAt ? Date.parse(closingAt) : Number.POSITIVE_INFINITY;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Pages (1-based) of `size` that positions `from`..`to` fall in, up to `count`. */
function pagesOf(moved: Moved, size: number, count: number, into: Set<number>): void {
  const last = Math.min(Math.floor(moved.to / size) + 1, count);
  for (let page = Math.floor(moved.from / size) + 1; page <= last; page++) into.add(page);
}

interface Changes {
  /** Pieces rendered again. */
  dirty: Set<string>;
  /** Positions moved in the archive and the package list (open pages are all checked anyway). */
  others: Moved[];
  postings: Moved[];
  /** Pieces that left the site. */
  gone: Set<string>;
}

/**
 * The site's lists (index pages, archive pages, feeds, open data, OCDS package list), kept in
 * order one change at a time. Each list is cut so that a change reaches few of its files: open
 * opportunities in pages from the soonest closing; everything closed in pages counted from the
 * oldest, where the next closing lands; packages in order of posting, where the next posting
 * lands. What a publication costs grows with the open opportunities, not with the archive.
 */
export class SiteLists {
  private readonly pieces = new Map<string, ListPiece>();
  private readonly open = new SortedIds<number>(byNumber);
  /** Oldest closing first: the archive's order, read backwards on pages. */
  private readonly others = new SortedIds<number>(byNumber);
  private readonly postings = new SortedIds<string>(byText);
  /** Each list file, by what it was made from (its content goes out, and is not kept). */
  private readonly files = new Map<string, string>();
  private feedTop: ListPiece[] = [];
  /** How many pages or parts each numbered list had at the last render. */
  private counts = { open: 0, archive: 0, parts: 0, packages: 0 };
  private changes: Changes = this.noChanges();
  private whole = true;

  constructor(
    private readonly siteUrl: string,
    /** The subscription form's address (on the server), linked from the first page of the list. */
    private readonly subscribeUrl?: string,
  ) {}

  private noChanges(): Changes {
    return { dirty: new Set(), others: [], postings: [], gone: new Set() };
  }

  /** A piece new or rendered again. */
  put(piece: ListPiece): void {
    const before = this.pieces.get(piece.id);
    this.pieces.set(piece.id, piece);
    this.changes.dirty.add(piece.id);
    if (this.whole) return;
    const c = this.changes;
    const closing = closingMs(piece.closingAt);
    if (piece.open) {
      this.open.set(piece.id, closing);
      const left = this.others.delete(piece.id);
      if (left) c.others.push(left);
    } else {
      this.open.delete(piece.id);
      const moved = this.others.set(piece.id, closing);
      if (moved) c.others.push(moved);
    }
    if (before?.postedAt !== piece.postedAt) {
      const posted = this.postings.set(piece.id, piece.postedAt);
      if (posted) c.postings.push(posted);
    }
  }

  /** A piece that left the site. */
  remove(id: string): void {
    if (!this.pieces.delete(id)) return;
    this.changes.gone.add(id);
    if (this.whole) return;
    const c = this.changes;
    this.open.delete(id);
    const fromOthers = this.others.delete(id);
    if (fromOthers) c.others.push(fromOthers);
    const posted = this.postings.delete(id);
    if (posted) c.postings.push(posted);
  }

  /** The open opportunities, soonest closing first (all pieces, before the first render). */
  openIds(): readonly string[] {
    if (this.whole) return [...this.pieces.values()].filter((p) => p.open).map((p) => p.id);
    return this.open.all();
  }

  /** Every list file's path now. */
  paths(): Iterable<string> {
    return this.files.keys();
  }

  /** Brings the list files in line with the pieces put and removed since the last call. */
  render(now: Date, changed: Map<string, string>, removed: string[]): void {
    const c = this.changes;
    this.changes = this.noChanges();
    const whole = this.whole;
    this.whole = false;
    if (whole) {
      const pieces = [...this.pieces.values()];
      const byClosing = (p: ListPiece): [string, number] => [p.id, closingMs(p.closingAt)];
      this.open.rebuild(pieces.filter((p) => p.open).map(byClosing));
      this.others.rebuild(pieces.filter((p) => !p.open).map(byClosing));
      this.postings.rebuild(pieces.map((p) => [p.id, p.postedAt]));
    } else if (c.dirty.size === 0 && c.gone.size === 0) return;
    const write = (path: string, key: string, make: () => string) => {
      if (this.files.get(path) === key) return;
      this.files.set(path, key);
      changed.set(path, make());
    };
    const piece = (id: string) => this.pieces.get(id)!;
    const keyOf = (ids: readonly string[]) => ids.map((id) => id + piece(id).key).join('|');

    // Open opportunities: few, so their pages are all checked against what they were made from.
    const openPages = Math.max(1, Math.ceil(this.open.size / indexPageSize));
    const archivePages = Math.ceil(this.others.size / archivePageSize);
    const recent = this.others
      .slice(Math.max(0, this.others.size - recentSize), this.others.size)
      .reverse();
    for (let page = 1; page <= openPages; page++) {
      const slice = this.open.slice((page - 1) * indexPageSize, page * indexPageSize);
      const shown = page === 1 ? [...slice, ...recent] : slice;
      const head = [openPages, this.open.size, this.others.size, archivePages].join(',');
      for (const locale of locales)
        write(indexPagePath(locale, page), `${head};${keyOf(shown)}`, () =>
          renderIndexPage({
            locale,
            page,
            pageCount: openPages,
            openItems: slice.map((id) => piece(id).items[locale]),
            openTotal: this.open.size,
            recentItems: page === 1 ? recent.map((id) => piece(id).items[locale]) : [],
            otherTotal: this.others.size,
            newestArchivePage: archivePages,
            dateModified: latestDate(shown.map(piece)),
            siteUrl: this.siteUrl,
            subscribeUrl: this.subscribeUrl,
          }),
        );
    }

    // The archive: only the pages a change reached.
    const pages = this.reached(c.others, archivePageSize, archivePages, whole, c.dirty);
    // The last page links to a newer one once there is one, and stops when it goes.
    const before = this.counts.archive;
    if (before !== archivePages && Math.min(before, archivePages) > 0)
      pages.add(Math.min(before, archivePages));
    for (const page of pages) {
      const ids = this.others.slice((page - 1) * archivePageSize, page * archivePageSize);
      const newestFirst = [...ids].reverse().map(piece);
      for (const locale of locales)
        write(archivePagePath(locale, page), `${page < archivePages};${keyOf(ids)}`, () =>
          renderArchivePage({
            locale,
            page,
            items: newestFirst.map((p) => p.items[locale]),
            from: newestFirst.at(-1)?.closingAt ?? '',
            to: newestFirst[0]?.closingAt ?? '',
            hasNewer: page < archivePages,
            dateModified: latestDate(newestFirst),
            siteUrl: this.siteUrl,
          }),
        );
    }

    const parts = Math.ceil(this.others.size / archiveDataSize);
    for (const part of this.reached(c.others, archiveDataSize, parts, whole, c.dirty)) {
      const ids = this.others.slice((part - 1) * archiveDataSize, part * archiveDataSize);
      write(archiveDataPath(part), keyOf(ids), () =>
        renderArchiveData(ids.map((id) => piece(id).listing)),
      );
    }
    write(openDataPath, `${parts};${keyOf(this.open.all())}`, () =>
      renderListing(
        this.open.all().map((id) => piece(id).listing),
        parts,
        this.siteUrl,
      ),
    );

    // Package lines name only the opportunity: a part changes when postings join or leave it.
    const packageParts = Math.ceil(this.postings.size / packageListSize);
    for (const part of this.reached(c.postings, packageListSize, packageParts, whole)) {
      const ids = this.postings.slice((part - 1) * packageListSize, part * packageListSize);
      write(packageListPartPath(part), ids.join('|'), () =>
        renderPackageList(ids.map((id) => piece(id).packageLine)),
      );
    }
    write(ocdsListPath, String(packageParts), () => renderPackageParts(packageParts, this.siteUrl));

    this.renderFeeds(c, whole, now, write);

    // Files of the lists a change did not reach stand as they are; pages past the end are gone.
    const counts = { open: openPages, archive: archivePages, parts, packages: packageParts };
    const paths = {
      open: (n: number) => locales.map((locale) => indexPagePath(locale, n)),
      archive: (n: number) => locales.map((locale) => archivePagePath(locale, n)),
      parts: (n: number) => [archiveDataPath(n)],
      packages: (n: number) => [packageListPartPath(n)],
    };
    for (const list of ['open', 'archive', 'parts', 'packages'] as const)
      for (let n = counts[list] + 1; n <= this.counts[list]; n++)
        for (const path of paths[list](n)) if (this.files.delete(path)) removed.push(path);
    this.counts = counts;
  }

  /**
   * The pages of `size` a change reached: those positions moved in, and (in the archive) those
   * where a piece rendered again sits. All of them the first time.
   */
  private reached(
    moves: readonly Moved[],
    size: number,
    count: number,
    whole: boolean,
    dirtyInArchive: ReadonlySet<string> = new Set(),
  ): Set<number> {
    const pages = new Set<number>();
    if (whole) {
      for (let page = 1; page <= count; page++) pages.add(page);
      return pages;
    }
    for (const moved of moves) pagesOf(moved, size, count, pages);
    for (const id of dirtyInArchive) {
      const at = this.others.indexOf(id);
      if (at >= 0) pages.add(Math.floor(at / size) + 1);
    }
    return pages;
  }

  /**
   * The feeds hold the latest changes (ties by reference). Only a changed piece can enter them,
   * unless one of those in them left or moved back in time: then every piece is compared again.
   */
  private renderFeeds(
    c: Changes,
    whole: boolean,
    now: Date,
    write: (path: string, key: string, make: () => string) => void,
  ): void {
    const top = new Map(this.feedTop.map((p) => [p.id, p]));
    const again =
      whole ||
      [...c.gone].some((id) => top.has(id)) ||
      [...c.dirty].some((id) => {
        const was = top.get(id);
        return was !== undefined && this.pieces.get(id)!.lastChange < was.lastChange;
      });
    const candidates = again
      ? [...this.pieces.values()]
      : [...new Set([...top.keys(), ...c.dirty])].map((id) => this.pieces.get(id)!);
    this.feedTop = candidates
      .sort((a, b) => byText(b.lastChange, a.lastChange) || byText(a.id, b.id))
      .slice(0, feedSize);
    const key = this.feedTop.map((p) => p.id + p.key).join('|') || now.toISOString();
    for (const locale of locales)
      write(feedPath(locale), key, () =>
        renderFeed(
          this.feedTop.map((p) => p.feed[locale]),
          locale,
          this.siteUrl,
          now,
        ),
      );
  }
}

function latestDate(pieces: readonly ListPiece[]): string | undefined {
  const latest = pieces.reduce((max, p) => (p.lastChange > max ? p.lastChange : max), '');
  return latest ? easternDate(latest) : undefined;
}
