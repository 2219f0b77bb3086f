/** Positions `from` to `to` (inclusive) of a list now hold other ids than before. */
export interface Moved {
  from: number;
  to: number;
}

/**
 * Ids kept in the order of their keys, so that one change costs a binary search and one splice,
 * and says which positions it moved (the pages cut from them are the only ones to make again).
 */
export class SortedIds<K> {
  private ids: string[] = [];
  private readonly keys = new Map<string, K>();

  constructor(private readonly compare: (a: K, b: K) => number) {}

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.keys.has(id);
  }

  slice(start: number, end: number): string[] {
    return this.ids.slice(start, end);
  }

  all(): readonly string[] {
    return this.ids;
  }

  /** Where `id` stands, or -1. */
  indexOf(id: string): number {
    const key = this.keys.get(id);
    if (key === undefined) return -1;
    const at = this.lowerBound(key, id);
    return this.ids[at] === id ? at : -1;
  }

  /** Replaces everything at once: cheaper than one change at a time for a whole site. */
  rebuild(entries: Iterable<[string, K]>): void {
    this.keys.clear();
    for (const [id, key] of entries) this.keys.set(id, key);
    this.ids = [...this.keys.keys()].sort((a, b) => this.order(a, this.keys.get(a)!, b));
  }

  /** Puts `id` where `key` places it; answers the positions that changed, or null if none did. */
  set(id: string, key: K): Moved | null {
    const before = this.keys.get(id);
    if (before !== undefined && this.compare(before, key) === 0) return null;
    const size = this.ids.length;
    const removedAt = before === undefined ? null : this.lowerBound(before, id);
    if (removedAt !== null) this.ids.splice(removedAt, 1);
    this.keys.set(id, key);
    const at = this.lowerBound(key, id);
    this.ids.splice(at, 0, id);
    if (removedAt === null) return { from: at, to: size };
    if (removedAt === at) return null;
    return { from: Math.min(at, removedAt), to: Math.max(at, removedAt) };
  }

  delete(id: string): Moved | null {
    const key = this.keys.get(id);
    if (key === undefined) return null;
    const at = this.lowerBound(key, id);
    const last = this.ids.length - 1;
    this.ids.splice(at, 1);
    this.keys.delete(id);
    return { from: at, to: last };
  }

  /** Ties in key are broken by id, so the order never depends on the order of arrival. */
  private order(a: string, key: K, b: string): number {
    return this.compare(key, this.keys.get(b)!) || (a < b ? -1 : a > b ? 1 : 0);
  }

  private lowerBound(key: K, id: string): number {
    let low = 0;
    let high = this.ids.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.order(id, key, this.ids[mid]!) > 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
