// The dashboard's answer (`GET /api/dashboard`), as the tab reads it; server/api computes it
// (`dashboardFigures.ts`, `targetFigures.ts`, `pilotMeasures.ts`, `dashboardRoute.ts`).
import type { Awaiting } from '../domain/awaiting';
import type { State } from '../domain/states';

/** How long one stage (or step) took: how many, the median and the slowest, with whose it was. */
export interface Duration {
  count: number;
  medianMs: number | null;
  slowestMs: number | null;
  slowestId: string | null;
}

export interface StageAgainstTarget {
  state: State;
  /** Business days allowed; null for a stage with no target of its own. */
  targetDays: number | null;
  /** Finished stages measured. */
  count: number;
  medianDays: number | null;
  p90Days: number | null;
  /** Finished stages that took more business days than the target. */
  overTarget: number;
  /** Opportunities in this stage now, past its target. */
  overdueNow: number;
}

export interface OverdueNow {
  id: string;
  titleEn: string;
  titleFr: string;
  state: State;
  since: string;
  waitedDays: number;
  targetDays: number;
  /** Whom it waits for: a person (named by the route) or anyone with a role. */
  awaiting: Awaiting;
}

export interface TargetFigures {
  againstTarget: StageAgainstTarget[];
  /** Longest wait first. */
  overdue: OverdueNow[];
}

/** Counts between bounds: `upTo` inclusive, null for the open last bar. */
export interface Bar {
  upTo: number | null;
  count: number;
}

export interface OfficerWork {
  /** Null for decisions stored before the trail kept who made them. */
  personId: string | null;
  decisions: number;
  approvals: number;
  returns: number;
  rejections: number;
  releases: number;
  /** Business days the opportunities waited for the decision. */
  medianDays: number | null;
  p90Days: number | null;
  longestDays: number | null;
}

export interface PilotMeasures {
  submissionToAward: {
    plannedDays: number;
    pilotDays: number;
    count: number;
    /** Calendar days, to one decimal, as the pilot counted. */
    medianDays: number | null;
    p90Days: number | null;
    medianBusinessDays: number | null;
    withinPlanned: number;
    bars: Bar[];
  };
  applications: {
    /** Opportunities closed (their applications are fixed at closing). */
    closed: number;
    total: number;
    median: number | null;
    bars: Bar[];
    /** Closed and fully evaluated with no application that passed every criterion. */
    noQualified: number;
    /** The most recently closed of those, up to 20. */
    noQualifiedItems: Array<{
      id: string;
      titleEn: string;
      titleFr: string;
      closingAt: string | null;
    }>;
  };
  suppliers: {
    /** Final awards, all time. */
    awards: number;
    /** Distinct supplier keys among them. */
    distinctWinners: number;
    /** Distinct suppliers awarded in the fiscal year. */
    winnersThisYear: number;
    /** Of those, how many had never won before the fiscal year. */
    firstTimeThisYear: number;
  };
  procurement: { decisions: number; officers: OfficerWork[] };
  payment: {
    targetDays: number;
    count: number;
    medianDays: number | null;
    p90Days: number | null;
    withinTarget: number;
  };
}

export interface DashboardFigures extends TargetFigures {
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
  measures: PilotMeasures;
}

/** The figures, and the names of the people they mention (officers, whoever a step waits for). */
export interface DashboardView extends DashboardFigures {
  names: Record<string, string>;
}
