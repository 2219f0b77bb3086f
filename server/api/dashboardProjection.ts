import type { HeadFigures } from '../../storage/opportunityEntities';
import type { Storage } from '../../storage/storage';
import { figureRow, figureRowOf, type FigureRow } from './dashboardFigures';

/**
 * How far before the previous sync began the next one reaches back: storage dates each write
 * itself (its `Timestamp`), and this server's clock may differ from storage's; a write in flight
 * while the previous sync ran is caught too.
 */
export const syncOverlapMs = 2 * 60_000;

/** Records read at once when a row does not carry its stages. */
const inFlight = 16;

/**
 * The dashboard's rows in one server instance's memory. The first sync reads every head row's
 * small columns; later ones read only the rows storage wrote since the previous sync began (less
 * the overlap), whichever server wrote them. A restart simply reads everything again.
 */
export class DashboardProjection {
  private readonly rows = new Map<string, FigureRow & { version: number }>();
  /** When (this server's clock, ms) the last finished sync began; null before the first. */
  private syncedFrom: number | null = null;
  private last: Promise<unknown> = Promise.resolve();
  private waiting: Promise<number> | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly overlapMs = syncOverlapMs,
    /** Wall-clock time, never a test's business clock: it is compared with storage's. */
    private readonly now: () => number = Date.now,
  ) {}

  /** The rows, up to date with every change stored before the call. */
  async current(): Promise<FigureRow[]> {
    await this.sync();
    return [...this.rows.values()];
  }

  /**
   * Reads what changed; answers how many head rows were read. Syncs run one at a time; a call
   * joins a sync that has not started yet (it will see everything stored before the call).
   */
  sync(): Promise<number> {
    if (this.waiting) return this.waiting;
    const start = () => {
      this.waiting = null;
      return this.pull();
    };
    const next = this.last.then(start, start);
    this.waiting = next;
    this.last = next;
    return next;
  }

  private async pull(): Promise<number> {
    const began = this.now();
    const since = this.syncedFrom === null ? null : new Date(this.syncedFrom - this.overlapMs);
    const heads = await this.storage.opportunities.headFigures(since);
    const withoutStages: HeadFigures[] = [];
    for (const head of heads) {
      // Read again inside the overlap, unchanged: nothing to digest.
      if (this.rows.get(head.id)?.version === head.version) continue;
      const { stages, version } = head;
      if (stages) this.rows.set(head.id, { ...figureRow({ ...head, stages }), version });
      else withoutStages.push(head);
    }
    // Rows stored before the head carried its stages, or whose trail outgrew a column: the store
    // reads the record (and completes it from the events if it is that old).
    for (let i = 0; i < withoutStages.length; i += inFlight) {
      const batch = withoutStages.slice(i, i + inFlight);
      const records = await Promise.all(batch.map((h) => this.storage.opportunities.get(h.id)));
      for (const record of records)
        if (record) this.rows.set(record.id, { ...figureRowOf(record), version: record.version });
    }
    this.syncedFrom = began;
    return heads.length;
  }
}
