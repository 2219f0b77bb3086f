import type { State } from '../../domain/states';
import type { StepTargets } from '../../domain/targets';
import type { Outcome } from '../../storage/opportunityEntities';
import type { Bar, OfficerWork, PilotMeasures } from '../../contract/dashboardViews';

/** The pilot's plan and result from start to award, in calendar days (its first opportunity). */
export const pilotPlannedDays = 23;
export const pilotActualDays = 57.75;

/** Upper bounds (inclusive) of the submission-to-award bars, in calendar days; the last is open. */
export const awardDayBounds = [7, 14, 23, 30, 45, 60] as const;
/** Upper bounds (inclusive) of the applications-per-opportunity bars; the last is open. */
export const applicationBounds = [0, 1, 2, 5, 10] as const;

const dayMs = 86_400_000;

/** What the measures need of one opportunity's row (see `FigureRow`). */
export interface MeasureRowInput {
  id: string;
  titleEn: string;
  titleFr: string;
  state: State;
  closingAt: string | null;
  outcome: Outcome;
  passages: ReadonlyArray<{ state: State; businessDays: number }>;
  submissionToAward: { ms: number; businessDays: number; awardedOn: string } | null;
  procurementDecisions: ReadonlyArray<{
    by: string | null;
    from: State;
    to: State;
    businessDays: number;
  }>;
}

/** The value below which `share` of the sorted samples lie (nearest rank). */
export function nearestRank(sorted: readonly number[], share: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
}

function sorted(values: number[]): number[] {
  return values.sort((a, b) => a - b);
}

function bars(values: readonly number[], bounds: readonly number[]): Bar[] {
  const counts = [...bounds, null].map((upTo) => ({ upTo, count: 0 }));
  for (const value of values) {
    const i = bounds.findIndex((bound) => value <= bound);
    counts[i < 0 ? bounds.length : i]!.count++;
  }
  return counts;
}

const oneDecimal = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/**
 * The measures the pilot was run to learn: time from submission to award against its 23 days,
 * applications and suppliers, the CFO branch's work, and payment after acceptance.
 */
export function pilotMeasures(
  rows: readonly MeasureRowInput[],
  fiscalYear: { start: string; end: string },
  targets: StepTargets,
): PilotMeasures {
  const awardDays: number[] = [];
  const awardBusinessDays: number[] = [];
  const applications: number[] = [];
  const noQualified: PilotMeasures['applications']['noQualifiedItems'] = [];
  const firstWin = new Map<string, string>();
  const winnersThisYear = new Set<string>();
  let awards = 0;
  const officers = new Map<string | null, { work: OfficerWork; days: number[] }>();
  const paymentDays: number[] = [];

  for (const row of rows) {
    const toAward = row.submissionToAward;
    if (toAward) {
      awardDays.push(toAward.ms / dayMs);
      awardBusinessDays.push(toAward.businessDays);
    }
    // Applications are fixed at closing, which leads into `evaluating` and nowhere else.
    if (row.state === 'evaluating' || row.passages.some((p) => p.state === 'evaluating'))
      applications.push(row.outcome.applications);
    if (row.outcome.evaluationDone && row.outcome.qualified === 0)
      noQualified.push({
        id: row.id,
        titleEn: row.titleEn,
        titleFr: row.titleFr,
        closingAt: row.closingAt,
      });
    const key = row.outcome.winnerKey;
    if (key && toAward) {
      awards++;
      const earlier = firstWin.get(key);
      if (earlier === undefined || toAward.awardedOn < earlier)
        firstWin.set(key, toAward.awardedOn);
      if (toAward.awardedOn >= fiscalYear.start && toAward.awardedOn <= fiscalYear.end)
        winnersThisYear.add(key);
    }
    for (const decision of row.procurementDecisions) {
      let officer = officers.get(decision.by);
      if (!officer) {
        officer = {
          work: {
            personId: decision.by,
            decisions: 0,
            approvals: 0,
            returns: 0,
            rejections: 0,
            releases: 0,
            medianDays: null,
            p90Days: null,
            longestDays: null,
          },
          days: [],
        };
        officers.set(decision.by, officer);
      }
      const { work } = officer;
      work.decisions++;
      if (decision.from === 'awardHeld') work.releases++;
      else if (decision.to === 'posted') work.approvals++;
      else if (decision.to === 'draft') work.returns++;
      else work.rejections++;
      officer.days.push(decision.businessDays);
    }
    for (const passage of row.passages)
      if (passage.state === 'accepted') paymentDays.push(passage.businessDays);
  }

  sorted(awardDays);
  sorted(awardBusinessDays);
  sorted(applications);
  sorted(paymentDays);
  const officerWork = [...officers.values()].map(({ work, days }) => {
    sorted(days);
    return {
      ...work,
      medianDays: nearestRank(days, 0.5),
      p90Days: nearestRank(days, 0.9),
      longestDays: days.at(-1) ?? null,
    };
  });
  officerWork.sort(
    (a, b) => b.decisions - a.decisions || String(a.personId).localeCompare(String(b.personId)),
  );
  noQualified.sort((a, b) => String(b.closingAt).localeCompare(String(a.closingAt)));
  return {
    submissionToAward: {
      plannedDays: pilotPlannedDays,
      pilotDays: pilotActualDays,
      count: awardDays.length,
      medianDays: oneDecimal(nearestRank(awardDays, 0.5)),
      p90Days: oneDecimal(nearestRank(awardDays, 0.9)),
      medianBusinessDays: nearestRank(awardBusinessDays, 0.5),
      withinPlanned: awardDays.filter((d) => d <= pilotPlannedDays).length,
      bars: bars(awardDays, awardDayBounds),
    },
    applications: {
      closed: applications.length,
      total: applications.reduce((sum, n) => sum + n, 0),
      median: nearestRank(applications, 0.5),
      bars: bars(applications, applicationBounds),
      noQualified: noQualified.length,
      noQualifiedItems: noQualified.slice(0, 20),
    },
    suppliers: {
      awards,
      distinctWinners: firstWin.size,
      winnersThisYear: winnersThisYear.size,
      firstTimeThisYear: [...winnersThisYear].filter((k) => firstWin.get(k)! >= fiscalYear.start)
        .length,
    },
    procurement: {
      decisions: officerWork.reduce((sum, o) => sum + o.decisions, 0),
      officers: officerWork,
    },
    payment: {
      targetDays: targets.payment,
      count: paymentDays.length,
      medianDays: nearestRank(paymentDays, 0.5),
      p90Days: nearestRank(paymentDays, 0.9),
      withinTarget: paymentDays.filter((d) => d <= targets.payment).length,
    },
  };
}
