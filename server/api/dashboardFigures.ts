import { totalCents } from '../../domain/completeness';
import type { Opportunity, StageEntry } from '../../domain/opportunity';
import { finalStates, states, type State } from '../../domain/states';
import { businessDatesBetween, easternDay, easternMoment } from '../../domain/businessDays';
import { defaultStepTargets, type StepTargets } from '../../domain/targets';
import { easternDate } from '../../domain/text';
import { abandonedStates } from '../../domain/transitions';
import { awaiting, type Awaiting } from '../../domain/awaiting';
import { outcomeOf, type Outcome } from '../../storage/opportunityEntities';
import type { DashboardFigures, Duration } from '../../contract/dashboardViews';
import { pilotMeasures } from './pilotMeasures';
import { targetFigures } from './targetFigures';

/** The stages whose durations the dashboard measures, in lifecycle order: every state but the final ones. */
export const measuredStages: readonly State[] = states.filter((s) => !finalStates.includes(s));

/** States in which the opportunity waits on a person's decision, not on suppliers or the clock. */
const waitingStates: readonly State[] = ['awaitingFunds', 'awaitingProcurement', 'accepted'];

/** What the figures need of one opportunity: the head row's small columns, no events. */
export interface FigureInput {
  id: string;
  state: State;
  titleEn: string;
  titleFr: string;
  /** Tax-included, as `totalCents` of the fields (0 when it cannot be computed yet). */
  totalCents: number;
  stateSince: string;
  payment: { paidOn: string; amountCents: number } | null;
  stages: readonly StageEntry[];
  closingAt: string | null;
  awaiting: Awaiting;
  outcome: Outcome;
}

/** The same digested once per version: all that does not depend on today. */
export interface FigureRow {
  id: string;
  state: State;
  titleEn: string;
  titleFr: string;
  totalCents: number;
  stateSince: string;
  stateSinceMs: number;
  /** `stateSince` in Eastern time, for the targets (computed once per version). */
  stateSinceMoment: { date: string; clock: string };
  /** The Eastern date funds were first approved. */
  fundedOn: string | null;
  payment: { paidOn: string; amountCents: number } | null;
  /** Each finished stage (every one but the current) and how long it lasted, also in business days. */
  passages: Array<{ state: State; ms: number; businessDays: number }>;
  deliveryToPaymentMs: number | null;
  closingAt: string | null;
  awaiting: Awaiting;
  outcome: Outcome;
  /** Each state entered, when (Eastern date) and by whom: the export's stage dates. */
  entered: Array<{ state: State; on: string; by: string | null }>;
  /** From the first submission to the award (final, not held), when awarded. */
  submissionToAward: { ms: number; businessDays: number; awardedOn: string } | null;
  /** Procurement officers' decisions that ended a wait (posting approval, a held award). */
  procurementDecisions: Array<{ by: string | null; from: State; to: State; businessDays: number }>;
}

/** The waits a procurement officer ends by deciding (`domain/transitions.ts`): not a cancellation. */
const procurementWaits: readonly State[] = ['awaitingProcurement', 'awardHeld'];

/**
 * One intent only leads into each of these states (`domain/transitions.ts`), so the stages say
 * when funds were approved (`awaitingProcurement`), the work delivered (`delivered`) and paid for
 * (`paid`).
 */
export function figureRow(input: FigureInput): FigureRow {
  const { stages } = input;
  const times = stages.map((s) => Date.parse(s.at));
  // Each stage's Eastern date once: a stage's end is the next one's start.
  const days = stages.map((s, i) => easternDay(times[i]!));
  const entered = (state: State) => {
    const i = stages.findIndex((s) => s.state === state);
    return i < 0 ? null : i;
  };
  const funded = entered('awaitingProcurement');
  const delivered = entered('delivered');
  const paid = entered('paid');
  const submitted = entered('awaitingFunds');
  const awarded = entered('awarded');
  const passages = stages.slice(0, -1).map((s, i) => ({
    state: s.state,
    ms: times[i + 1]! - times[i]!,
    businessDays: businessDatesBetween(days[i]!, days[i + 1]!),
  }));
  return {
    id: input.id,
    state: input.state,
    titleEn: input.titleEn,
    titleFr: input.titleFr,
    totalCents: input.totalCents,
    stateSince: input.stateSince,
    stateSinceMs: Date.parse(input.stateSince),
    stateSinceMoment: easternMoment(new Date(input.stateSince)),
    fundedOn: funded === null ? null : easternDate(stages[funded]!.at),
    payment: input.payment && {
      paidOn: input.payment.paidOn,
      amountCents: input.payment.amountCents,
    },
    // A stage lasts from its entry to the next one; the current stage is not over.
    passages,
    deliveryToPaymentMs:
      delivered === null || paid === null ? null : times[paid]! - times[delivered]!,
    closingAt: input.closingAt,
    awaiting: input.awaiting,
    outcome: input.outcome,
    entered: stages.map((s, i) => ({ state: s.state, on: days[i]!, by: s.by ?? null })),
    submissionToAward:
      submitted === null || awarded === null || awarded < submitted
        ? null
        : {
            ms: times[awarded]! - times[submitted]!,
            businessDays: businessDatesBetween(days[submitted]!, days[awarded]!),
            awardedOn: days[awarded]!,
          },
    procurementDecisions: passages.flatMap((passage, i) => {
      const next = stages[i + 1]!;
      if (!procurementWaits.includes(passage.state) || next.state === 'cancelled') return [];
      return [
        {
          by: next.by ?? null,
          from: passage.state,
          to: next.state,
          businessDays: passage.businessDays,
        },
      ];
    }),
  };
}

export function figureRowOf(record: Opportunity): FigureRow {
  return figureRow({
    id: record.id,
    state: record.state,
    titleEn: record.fields.titleEn,
    titleFr: record.fields.titleFr,
    totalCents: totalCents(record.fields) ?? 0,
    stateSince: record.stateSince,
    payment: record.payment,
    stages: record.stages,
    closingAt: record.fields.closingAt,
    awaiting: awaiting(record),
    outcome: outcomeOf(record),
  });
}

/** The Government of Canada fiscal year, April to March, in Eastern time. */
export function fiscalYear(now: Date): { start: string; end: string } {
  const today = easternDate(now);
  const year = Number(today.slice(0, 4));
  const startYear = today.slice(5) >= '04-01' ? year : year - 1;
  return { start: `${startYear}-04-01`, end: `${startYear + 1}-03-31` };
}

/** Samples of one measure: durations and whose they are, in the order met. */
class Samples {
  readonly ms: number[] = [];
  readonly ids: string[] = [];
  add(ms: number, id: string): void {
    this.ms.push(ms);
    this.ids.push(id);
  }
  summary(): Duration {
    const n = this.ms.length;
    if (n === 0) return { count: 0, medianMs: null, slowestMs: null, slowestId: null };
    const sorted = Float64Array.from(this.ms).sort();
    const mid = Math.floor(n / 2);
    const median = n % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
    // The slowest; of equals, the last met.
    let slowest = 0;
    for (let i = 1; i < n; i++) if (this.ms[i]! >= this.ms[slowest]!) slowest = i;
    return {
      count: n,
      medianMs: median,
      slowestMs: this.ms[slowest]!,
      slowestId: this.ids[slowest]!,
    };
  }
}

/** Figures from every opportunity's row; pure, so the rules are tested without storage. */
export function dashboardFigures(
  rows: readonly FigureRow[],
  now: Date,
  thresholdDays: number,
  targets: StepTargets = defaultStepTargets,
): DashboardFigures {
  const fy = fiscalYear(now);
  const inYear = (day: string) => day >= fy.start && day <= fy.end;
  const countsByState = Object.fromEntries(states.map((s) => [s, 0])) as Record<State, number>;
  const visits = new Map<State, Samples>(states.map((s) => [s, new Samples()]));
  const deliveryToPayment = new Samples();
  const waitingLong: DashboardFigures['waitingLong'] = [];
  let committedCents = 0;
  let paidCents = 0;
  const nowMs = now.getTime();
  const thresholdMs = thresholdDays * 24 * 60 * 60 * 1000;

  for (const row of rows) {
    countsByState[row.state] += 1;
    // A commitment ends when the opportunity is cancelled or rejected.
    if (row.fundedOn && inYear(row.fundedOn) && !abandonedStates.includes(row.state))
      committedCents += row.totalCents;
    if (row.payment && inYear(row.payment.paidOn)) paidCents += row.payment.amountCents;
    for (const { state, ms } of row.passages) visits.get(state)!.add(ms, row.id);
    if (row.deliveryToPaymentMs !== null) deliveryToPayment.add(row.deliveryToPaymentMs, row.id);

    const waitingMs = nowMs - row.stateSinceMs;
    if (waitingStates.includes(row.state) && waitingMs > thresholdMs) {
      waitingLong.push({
        id: row.id,
        titleEn: row.titleEn,
        titleFr: row.titleFr,
        state: row.state,
        since: row.stateSince,
        waitingMs,
      });
    }
  }
  return {
    fiscalYear: fy,
    total: rows.length,
    countsByState,
    committedCents,
    paidCents,
    stages: measuredStages.map((state) => ({ state, ...visits.get(state)!.summary() })),
    thresholdDays,
    waitingLong: waitingLong.sort((a, b) => b.waitingMs - a.waitingMs),
    deliveryToPayment: deliveryToPayment.summary(),
    ...targetFigures(rows, measuredStages, now, targets),
    measures: pilotMeasures(rows, fy, targets),
  };
}
