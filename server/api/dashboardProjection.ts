import type { HeadFigures, Outcome } from '../../storage/opportunityEntities';
import { ChangeCursor, syncOverlapMs } from '../../storage/changeCursor';
import type { Storage } from '../../storage/storage';
import { figureRow, figureRowOf, type FigureRow } from './dashboardFigures';

const noOutcome: Outcome = {
  applications: 0,
  qualified: 0,
  evaluationDone: false,
  winnerKey: null,
};

/** Records read at once when a row does not carry its stages. */
const inFlight = 16;

/**
 * The dashboard's rows in one server instance's memory. The first sync reads every head row's
 * small columns; later ones read only the rows storage wrote since the previous sync began (less
 * the overlap), whichever server wrote them. A restart simply reads everything again.
 */
export class DashboardProjection {
  private readonly rows = new Map<string, FigureRow & { version: number }>();
  private readonly cursor: ChangeCursor<number>;

  constructor(
    private readonly storage: Storage,
    overlapMs = syncOverlapMs,
    /** Wall-clock time, never a test's business clock: it is compared with storage's. */
    now: () => number = Date.now,
  ) {
    this.cursor = new ChangeCursor((since) => this.digest(since), overlapMs, now);
  }

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
    return this.cursor.next();
  }

  private async digest(since: Date | null): Promise<number> {
    const heads = await this.storage.opportunities.headFigures(since);
    const toRead: HeadFigures[] = [];
    for (const head of heads) {
      // Read again inside the overlap, unchanged: nothing to digest.
      if (this.rows.get(head.id)?.version === head.version) continue;
      const { stages, version } = head;
      // Rows stored before the outcome columns lack them; only one past closing has an outcome.
      const outcome =
        head.outcome ?? (stages?.some((s) => s.state === 'evaluating') ? null : noOutcome);
      if (stages && outcome)
        this.rows.set(head.id, { ...figureRow({ ...head, stages, outcome }), version });
      else toRead.push(head);
    }
    // Rows stored before the head carried its stages or outcome, or whose trail outgrew a
    // column: the store reads the record (and completes it from the events if it is that old).
    for (let i = 0; i < toRead.length; i += inFlight) {
      const batch = toRead.slice(i, i + inFlight);
      const records = await Promise.all(batch.map((h) => this.storage.opportunities.get(h.id)));
      for (const record of records)
        if (record) this.rows.set(record.id, { ...figureRowOf(record), version: record.version });
    }
    return heads.length;
  }
}
