import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ms, percentile, summary } from './stats';

/** What bench/requestTraceHook.cjs wrote: microseconds on the monotonic clock. */
interface Call {
  from: number;
  /** Handed to the system (the request's 'finish'); 0 if never. */
  sent: number;
  to: number;
  path: string;
  id?: string;
}
interface Traced {
  id?: string;
  method: string;
  path: string;
  from: number;
  to: number;
  calls: Call[];
}
interface Pause {
  from: number;
  us: number;
}
interface Late {
  at: number;
  us: number;
}
interface Trace {
  requests: Traced[];
  gc: Pause[];
  lag: Late[];
}
interface Window {
  from: number;
  to: number;
}

/** A request's route with its ids left out, so that requests of one kind group together. */
function routeOf(r: Traced): string {
  const path = r.path
    .replace(/\/[A-Z]{2}-[0-9]{4}-[0-9]{4,}/g, '/:id')
    .replace(/\/[0-9a-f-]{16,}/gi, '/:id')
    .replace(/\/[0-9]+(?=\/|$)/g, '/:n');
  return `${r.method} ${path}`;
}

/** The time within [from, to] covered by at least one of the intervals. */
function covered(intervals: readonly (readonly [number, number])[], from: number, to: number) {
  const clipped = intervals
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = from;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

interface Breakdown {
  us: number;
  waitingUs: number;
  calls: number;
  pausedUs: number;
}

const milliseconds = (us: number) => ms(us / 1000).padStart(9);

function describe(label: string, xs: readonly Breakdown[]): string {
  const mean = (f: (b: Breakdown) => number) =>
    xs.reduce((sum, b) => sum + f(b), 0) / Math.max(1, xs.length);
  return (
    `${label.padEnd(36)} ${String(xs.length).padStart(5)}  mean ${milliseconds(mean((b) => b.us))}: ` +
    `waiting on its calls ${milliseconds(mean((b) => b.waitingUs))} (${mean((b) => b.calls).toFixed(1)} calls), ` +
    `GC ${milliseconds(mean((b) => b.pausedUs))}\n`
  );
}

/** How late a process's loop ran and how long it paused for GC, within the window. */
function loopLine(name: string, trace: Trace, window: Window): string {
  const late = trace.lag.filter((l) => l.at >= window.from && l.at <= window.to);
  const gc = trace.gc.filter((p) => p.from >= window.from && p.from <= window.to);
  const sum = (xs: readonly { us: number }[]) => xs.reduce((s, x) => s + x.us, 0);
  const longest = (xs: readonly { us: number }[]) => Math.max(0, ...xs.map((x) => x.us));
  return (
    `${name.padEnd(8)} event loop late by more than 3 ms ${late.length} times, ${milliseconds(sum(late))} in all, ` +
    `at most ${milliseconds(longest(late))}; GC ${gc.length} pauses, ${milliseconds(sum(gc))} in all, ` +
    `at most ${milliseconds(longest(gc))}\n`
  );
}

/**
 * A storage call, cut where the two traces meet: before it was handed to the system (the server's
 * own work), on its way into Azurite (until Azurite's loop read it), in Azurite (until its answer
 * was handed to the system), and on its way back (until the server's loop read the answer).
 */
function callParts(server: Trace, azurite: Trace, window: Window): string {
  const seen = new Map<string, Traced>();
  for (const r of azurite.requests) if (r.id && r.to) seen.set(r.id, r);
  const parts: Array<Record<'total' | 'sending' | 'inward' | 'inAzurite' | 'back', number>> = [];
  for (const r of server.requests) {
    if (r.from < window.from || r.to > window.to) continue;
    for (const c of r.calls) {
      const there = c.id ? seen.get(c.id) : undefined;
      if (!there || !c.to || !c.sent) continue;
      parts.push({
        total: c.to - c.from,
        sending: c.sent - c.from,
        inward: there.from - c.sent,
        inAzurite: there.to - there.from,
        back: c.to - there.to,
      });
    }
  }
  if (!parts.length) return '';
  const names = ['total', 'sending', 'inward', 'inAzurite', 'back'] as const;
  const labels = {
    total: 'the whole call',
    sending: 'until handed to the system',
    inward: 'until Azurite read it',
    inAzurite: 'in Azurite',
    back: 'until the server read the answer',
  };
  const threshold = percentile(
    parts.map((p) => p.total),
    98,
  );
  const slow = parts.filter((p) => p.total >= threshold);
  const mean = (xs: typeof parts, name: (typeof names)[number]) =>
    xs.reduce((s, p) => s + p[name], 0) / Math.max(1, xs.length);
  let out = `\nstorage calls made while answering (${parts.length}, joined with Azurite's trace):\n`;
  for (const name of names) {
    const s = summary(parts.map((p) => p[name] / 1000));
    out +=
      `  ${labels[name].padEnd(34)} p50 ${ms(s.p50).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  ` +
      `p99 ${ms(s.p99).padStart(9)}   slowest 2 %: mean ${milliseconds(mean(slow, name))}\n`;
  }
  return out;
}

/**
 * The trace of a load run, summarised: the server's own time per request (from its arrival to the
 * answer's last byte) and how much of it went waiting on its HTTP calls and in GC, for all
 * requests and for the slowest one in a hundred by route; then, when Azurite was traced too, where
 * each storage call's time went, and how late each process's event loop ran.
 */
export function summariseTrace(dir: string): string {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Trace;
  const server = read('requests.json');
  const azurite = existsSync(join(dir, 'azurite.json')) ? read('azurite.json') : null;
  const window = JSON.parse(readFileSync(join(dir, 'window.json'), 'utf8')) as Window;
  const inWindow = server.requests.filter(
    (r) => r.to > 0 && r.from >= window.from && r.to <= window.to,
  );
  const pauses = server.gc.map((p) => [p.from, p.from + p.us] as const);
  const all = inWindow.map((r) => {
    const calls = r.calls.filter((c) => c.from < r.to);
    const b: Breakdown = {
      us: r.to - r.from,
      waitingUs: covered(
        calls.map((c) => [c.from, c.to || r.to]),
        r.from,
        r.to,
      ),
      calls: calls.length,
      pausedUs: covered(pauses, r.from, r.to),
    };
    return { route: routeOf(r), b };
  });
  const own = summary(all.map((x) => x.b.us / 1000));
  const slowest = all.filter((x) => x.b.us / 1000 >= own.p99);
  let out =
    `the server's own time per request (${all.length}): p50 ${ms(own.p50)}  p95 ${ms(own.p95)}  p99 ${ms(own.p99)}\n` +
    describe(
      'every request',
      all.map((x) => x.b),
    ) +
    describe(
      'the slowest 1 %',
      slowest.map((x) => x.b),
    );
  const byRoute = new Map<string, Breakdown[]>();
  for (const x of slowest) byRoute.set(x.route, [...(byRoute.get(x.route) ?? []), x.b]);
  for (const [route, xs] of [...byRoute].sort((a, b) => b[1].length - a[1].length))
    out += describe(`  ${route}`, xs);
  if (azurite) {
    out += callParts(server, azurite, window);
    out += '\n' + loopLine('server', server, window) + loopLine('Azurite', azurite, window);
  }
  return out;
}

if (require.main === module) process.stdout.write(summariseTrace(process.argv[2] ?? '.'));
