/**
 * Runs `read` one call at a time. A call that arrives while a read runs joins the next read, which
 * starts once that one settles, so every call sees everything stored before it was made, and any
 * number of calls waiting on one running read cost a single read more, not one each. A read that
 * fails fails only its own callers; the next read starts as usual.
 */
export function coalescedReads<T>(read: () => Promise<T>): () => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  let waiting: Promise<T> | null = null;
  return () => {
    if (waiting) return waiting;
    const start = () => {
      waiting = null;
      return read();
    };
    const next = last.then(start, start);
    waiting = next;
    last = next;
    return next;
  };
}
