import { canSeeDashboard } from '../../domain/permissions';
import type { StepTargets } from '../../domain/targets';
import type { Storage } from '../../storage/storage';
import { dashboardFigures } from './dashboardFigures';
import { DashboardProjection } from './dashboardProjection';
import type { PersonContext } from './guard';
import { fail, reply } from './respond';

/** GET /api/dashboard?thresholdDays=5: managers' (and admins') figures for the fiscal year. */
export function dashboardRoute(storage: Storage, clock: () => Date, targets: StepTargets) {
  const projection = new DashboardProjection(storage);
  return async (context: PersonContext): Promise<void> => {
    const { res, url, actor } = context;
    if (!canSeeDashboard(actor)) return fail(res, 403, 'forbidden', 'tab.api.dashboardForbidden');
    const threshold = Number(url.searchParams.get('thresholdDays') ?? 5);
    if (!Number.isInteger(threshold) || threshold < 0 || threshold > 365)
      return fail(res, 400, 'invalidQuery', 'tab.api.invalidQuery');
    reply(res, 200, dashboardFigures(await projection.current(), clock(), threshold, targets));
  };
}
