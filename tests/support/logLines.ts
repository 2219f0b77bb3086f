import { EventEmitter, once } from 'node:events';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../runtime/logger';

export type LogLine = Record<string, unknown>;

/**
 * A logger whose JSON lines a test can read: pass `logger` to the server under test, then ask for
 * the line a request should have left. Waiting is bounded and fails naming what was missing.
 */
export function logLines(level = 'info'): {
  logger: Logger;
  lines: LogLine[];
  find(what: string, matches: (line: LogLine) => boolean, withinMs?: number): Promise<LogLine>;
} {
  const lines: LogLine[] = [];
  const written = new EventEmitter();
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(text) as LogLine);
      written.emit('line');
      done();
    },
  });
  return {
    logger: createLogger(level, destination),
    lines,
    async find(what, matches, withinMs = 2_000) {
      const signal = AbortSignal.timeout(withinMs);
      for (;;) {
        const line = lines.find(matches);
        if (line) return line;
        try {
          await once(written, 'line', { signal });
        } catch {
          throw new Error(
            `no log line for ${what} within ${withinMs} ms; the ${lines.length} lines written:\n` +
              lines.map((l) => JSON.stringify(l)).join('\n'),
          );
        }
      }
    },
  };
}
