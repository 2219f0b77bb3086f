import { businessDatesBetween, easternMoment, pastBusinessDays } from '../../domain/businessDays';
import type { Awaiting } from '../../domain/awaiting';
import type { State } from '../../domain/states';
import { stateTarget, type StepTargets } from '../../domain/targets';
import type { OverdueNow, StageAgainstTarget, TargetFigures } from '../../contract/dashboardViews';

/** What the target figures need of one opportunity's row (see `FigureRow`). */
export interface TargetRowInput {
  id: string;
  titleEn: string;
  titleFr: string;
  state: State;
  stateSince: string;
  /** `stateSince` in Eastern time, computed once per version. */
  stateSinceMoment: { date: string; clock: string };
  /** Each finished stage and how many business days it lasted. */
  passages: ReadonlyArray<{ state: State; businessDays: number }>;
  awaiting: Awaiting;
}

/** The value below which `share` of the sorted samples lie (nearest rank). */
function percentile(sorted: readonly number[], share: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
}

/** Each measured stage in business days against its target, and what is overdue now. */
export function targetFigures(
  rows: readonly TargetRowInput[],
  measured: readonly State[],
  now: Date,
  targets: StepTargets,
): TargetFigures {
  const samples = new Map<State, number[]>(measured.map((s) => [s, []]));
  const overdue: OverdueNow[] = [];
  const nowMoment = easternMoment(now);
  // Many rows share a start date: count each date's business days to today once.
  const waitedFrom = new Map<string, number>();
  const waitedSince = (date: string) => {
    let waited = waitedFrom.get(date);
    if (waited === undefined)
      waitedFrom.set(date, (waited = businessDatesBetween(date, nowMoment.date)));
    return waited;
  };
  for (const row of rows) {
    for (const { state, businessDays } of row.passages) samples.get(state)?.push(businessDays);
    const target = stateTarget(row.state, targets);
    if (target === null) continue;
    const since = row.stateSinceMoment;
    const waited = waitedSince(since.date);
    // Overdue as reminders see it: after the same time of day, `target` business days on.
    if (!pastBusinessDays(since, nowMoment, target, waited)) continue;
    overdue.push({
      id: row.id,
      titleEn: row.titleEn,
      titleFr: row.titleFr,
      state: row.state,
      since: row.stateSince,
      waitedDays: waited,
      targetDays: target,
      awaiting: row.awaiting,
    });
  }
  const againstTarget = measured.map((state): StageAgainstTarget => {
    const days = samples.get(state)!.sort((a, b) => a - b);
    const targetDays = stateTarget(state, targets);
    return {
      state,
      targetDays,
      count: days.length,
      medianDays: percentile(days, 0.5),
      p90Days: percentile(days, 0.9),
      overTarget: targetDays === null ? 0 : days.filter((d) => d > targetDays).length,
      overdueNow: overdue.filter((o) => o.state === state).length,
    };
  });
  overdue.sort((a, b) => b.waitedDays - a.waitedDays || a.since.localeCompare(b.since));
  return { againstTarget, overdue };
}
