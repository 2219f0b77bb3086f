import { totalCents } from '../../domain/completeness';
import type { AuditEvent } from '../../domain/events';
import type { Opportunity } from '../../domain/opportunity';
import { finalStates, states, type State } from '../../domain/states';
import { easternDate } from '../../domain/text';

/** The stages whose durations the dashboard measures, in lifecycle order: every state but the final ones. */
export const measuredStages: readonly State[] = states.filter((s) => !finalStates.includes(s));

/** States in which the opportunity waits on a person's decision, not on suppliers or the clock. */
const waitingStates: readonly State[] = ['awaitingFunds', 'awaitingProcurement', 'accepted'];

/** What the figures need of an event: when, into which state, by which intent. */
export interface TrailStep {
  at: string;
  to: State;
  kind: AuditEvent['details']['kind'];
}

export function stepOf(event: AuditEvent): TrailStep {
  return { at: event.at, to: event.to, kind: event.details.kind };
}

export interface Duration {
  count: number;
  medianMs: number | null;
  slowestMs: number | null;
  slowestId: string | null;
}

export interface DashboardFigures {
  fiscalYear: { start: string; end: string };
  total: number;
  countsByState: Record<State, number>;
  committedCents: number;
  paidCents: number;
  stages: Array<{ state: State } & Duration>;
  thresholdDays: number;
  waitingLong: Array<{
    id: string;
    titleEn: string;
    titleFr: string;
    state: State;
    since: string;
    waitingMs: number;
  }>;
  deliveryToPayment: Duration;
}

/** The Government of Canada fiscal year, April to March, in Eastern time. */
export function fiscalYear(now: Date): { start: string; end: string } {
  const today = easternDate(now);
  const year = Number(today.slice(0, 4));
  const startYear = today.slice(5) >= '04-01' ? year : year - 1;
  return { start: `${startYear}-04-01`, end: `${startYear + 1}-03-31` };
}

function summarise(samples: Array<{ ms: number; id: string }>): Duration {
  if (samples.length === 0) return { count: 0, medianMs: null, slowestMs: null, slowestId: null };
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? sorted[mid]!.ms : Math.round((sorted[mid - 1]!.ms + sorted[mid]!.ms) / 2);
  const slowest = sorted[sorted.length - 1]!;
  return { count: sorted.length, medianMs: median, slowestMs: slowest.ms, slowestId: slowest.id };
}

/** Figures from every record and its events; pure, so the rules are tested without storage. */
export function dashboardFigures(
  items: Array<{ record: Opportunity; events: readonly TrailStep[] }>,
  now: Date,
  thresholdDays: number,
): DashboardFigures {
  const fy = fiscalYear(now);
  const inYear = (iso: string) => {
    const day = iso.length === 10 ? iso : easternDate(iso);
    return day >= fy.start && day <= fy.end;
  };
  const countsByState = Object.fromEntries(states.map((s) => [s, 0])) as Record<State, number>;
  const visits = new Map<State, Array<{ ms: number; id: string }>>();
  const deliveryToPayment: Array<{ ms: number; id: string }> = [];
  const waitingLong: DashboardFigures['waitingLong'] = [];
  let committedCents = 0;
  let paidCents = 0;
  const thresholdMs = thresholdDays * 24 * 60 * 60 * 1000;

  for (const { record, events } of items) {
    countsByState[record.state] += 1;
    const funded = events.find((e) => e.kind === 'approveFunds');
    // A commitment ends when the opportunity is cancelled or rejected.
    if (funded && inYear(funded.at) && !['cancelled', 'rejected'].includes(record.state))
      committedCents += totalCents(record.fields) ?? 0;
    if (record.payment && inYear(record.payment.paidOn)) paidCents += record.payment.amountCents;

    for (let i = 0; i < events.length - 1; i++) {
      const entered = events[i]!;
      const left = events.slice(i + 1).find((e) => e.to !== entered.to);
      if (!left || (events[i - 1] && events[i - 1]!.to === entered.to)) continue;
      const ms = Date.parse(left.at) - Date.parse(entered.at);
      const list = visits.get(entered.to) ?? [];
      list.push({ ms, id: record.id });
      visits.set(entered.to, list);
    }
    const delivered = events.find((e) => e.kind === 'recordDelivery');
    const paid = events.find((e) => e.kind === 'recordPayment');
    if (delivered && paid)
      deliveryToPayment.push({ ms: Date.parse(paid.at) - Date.parse(delivered.at), id: record.id });

    const waitingMs = now.getTime() - Date.parse(record.stateSince);
    if (waitingStates.includes(record.state) && waitingMs > thresholdMs) {
      const { titleEn, titleFr } = record.fields;
      waitingLong.push({
        id: record.id,
        titleEn,
        titleFr,
        state: record.state,
        since: record.stateSince,
        waitingMs,
      });
    }
  }
  return {
    fiscalYear: fy,
    total: items.length,
    countsByState,
    committedCents,
    paidCents,
    stages: measuredStages.map((state) => ({ state, ...summarise(visits.get(state) ?? []) })),
    thresholdDays,
    waitingLong: waitingLong.sort((a, b) => b.waitingMs - a.waitingMs),
    deliveryToPayment: summarise(deliveryToPayment),
  };
}
