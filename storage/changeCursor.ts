import { coalescedReads } from './coalescedReads';

/**
 * How far before the previous read began the next one reaches back: storage dates each write
 * itself (its `Timestamp`), and this server's clock may differ from storage's; a write in flight
 * while the previous read ran is caught too.
 */
export const syncOverlapMs = 2 * 60_000;

/**
 * A reader of "what storage wrote since": the first read takes everything (`since` null), later
 * ones what storage wrote since the previous read began (less the overlap), whichever server
 * wrote it. Rows read again inside the overlap are the reader's to recognise (by version).
 * Reads run one at a time; a call joins a read that has not started yet (it will see everything
 * stored before the call). A read that fails leaves the cursor where it was.
 */
export class ChangeCursor<T> {
  /** When (this server's clock, ms) the last read that succeeded began; null before the first. */
  private readFrom: number | null = null;
  private everything = false;
  private readonly pulled = coalescedReads(() => this.pull());

  constructor(
    private readonly read: (since: Date | null) => Promise<T>,
    private readonly overlapMs = syncOverlapMs,
    /** Wall-clock time, never a test's business clock: it is compared with storage's. */
    private readonly now: () => number = Date.now,
  ) {}

  next(): Promise<T> {
    return this.pulled();
  }

  /** The next read takes everything again. */
  reset(): void {
    this.everything = true;
  }

  private async pull(): Promise<T> {
    const began = this.now();
    const whole = this.everything || this.readFrom === null;
    this.everything = false;
    const since = whole ? null : new Date(this.readFrom! - this.overlapMs);
    try {
      const result = await this.read(since);
      this.readFrom = began;
      return result;
    } catch (e) {
      if (whole) this.everything = true;
      throw e;
    }
  }
}
