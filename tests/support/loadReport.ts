import { summary } from '../../bench/stats';
import type { Outcome, Sample } from './loadClient';

export interface LoadSummary {
  requests: number;
  perSecond: number;
  outcomes: Record<Outcome, number>;
  /** Latency of every answered request (not `unanswered`), in milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  byOp: Array<{ op: string; count: number; p50: number; p95: number; p99: number }>;
}

export function summarise(samples: readonly Sample[], seconds: number): LoadSummary {
  const outcomes: Record<Outcome, number> = {
    ok: 0,
    conflict: 0,
    unavailable: 0,
    unanswered: 0,
    error: 0,
  };
  for (const s of samples) outcomes[s.outcome]++;
  const answered = samples.filter((s) => s.outcome !== 'unanswered');
  const ops = [...new Set(answered.map((s) => s.op))].sort();
  return {
    requests: samples.length,
    perSecond: samples.length / seconds,
    outcomes,
    ...summary(answered.map((s) => s.ms)),
    byOp: ops.map((op) => {
      const ms = answered.filter((s) => s.op === op).map((s) => s.ms);
      return { op, count: ms.length, ...summary(ms) };
    }),
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The lines a run prints: totals, latency percentiles, then each operation. */
export function formatSummary(title: string, s: LoadSummary): string {
  const o = s.outcomes;
  const lines = [
    title,
    `  ${s.requests} requests (${s.perSecond.toFixed(1)}/s): ${o.ok} ok, ${o.conflict} told someone else changed it first, ` +
      `${o.unavailable} "try again", ${o.unanswered} unanswered, ${o.error} errors`,
    `  latency p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}`,
    ...s.byOp.map(
      (b) =>
        `    ${b.op.padEnd(22)} ${String(b.count).padStart(6)}  p50 ${ms(b.p50).padStart(9)}  p95 ${ms(b.p95).padStart(9)}  p99 ${ms(b.p99).padStart(9)}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
