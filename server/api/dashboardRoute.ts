import { canSeeDashboard } from '../../domain/permissions';
import type { StepTargets } from '../../domain/targets';
import type { Storage } from '../../storage/storage';
import type { DashboardView } from '../../contract/dashboardViews';
import { dashboardFigures, type FigureRow } from './dashboardFigures';
import type { DashboardProjection } from './dashboardProjection';
import type { PersonContext } from './guard';
import { fail, replyAs } from './respond';

/** What the dashboard and its exports read: the projection's rows and the figures over them. */
export interface DashboardSource {
  current(thresholdDays?: number): Promise<{ rows: FigureRow[]; view: DashboardView }>;
}

export function dashboardSource(
  storage: Storage,
  projection: DashboardProjection,
  clock: () => Date,
  targets: StepTargets,
): DashboardSource {
  return {
    async current(thresholdDays = 5) {
      const [rows, people] = await Promise.all([projection.current(), storage.people.directory()]);
      const figures = dashboardFigures(rows, clock(), thresholdDays, targets);
      const mentioned = new Set<string>();
      for (const officer of figures.measures.procurement.officers)
        if (officer.personId) mentioned.add(officer.personId);
      for (const item of figures.overdue)
        if (item.awaiting && 'personId' in item.awaiting) mentioned.add(item.awaiting.personId);
      const names = Object.fromEntries(
        people.filter((p) => mentioned.has(p.id)).map((p) => [p.id, p.name]),
      );
      return { rows, view: { ...figures, names } };
    },
  };
}

/** GET /api/dashboard?thresholdDays=5: managers' (and admins') figures for the fiscal year. */
export function dashboardRoute(source: DashboardSource) {
  return async (context: PersonContext): Promise<void> => {
    const { res, url, actor } = context;
    if (!canSeeDashboard(actor)) return fail(res, 403, 'forbidden', 'tab.api.dashboardForbidden');
    const threshold = Number(url.searchParams.get('thresholdDays') ?? 5);
    if (!Number.isInteger(threshold) || threshold < 0 || threshold > 365)
      return fail(res, 400, 'invalidQuery', 'tab.api.invalidQuery');
    replyAs('GET /api/dashboard', res, 200, (await source.current(threshold)).view);
  };
}
