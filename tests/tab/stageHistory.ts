import type { State } from '../../domain/states';
import { headEntity } from '../../storage/opportunityEntities';
import type { Storage } from '../../storage/storage';
import { anOpportunity } from '../support/builders';

const anHour = 3_600_000;

/**
 * An opportunity that spent the given hours in each stage and entered `now` `hoursInNow` hours
 * ago (one unless given), written
 * as its head row: the dashboard reads head rows only, so its stage figures and chart have
 * durations of days, which a test cannot wait for through the routes.
 */
export async function aPastOpportunity(
  storage: Storage,
  id: string,
  hours: Array<[State, number]>,
  now: State,
  hoursInNow = 1,
): Promise<void> {
  let at = Date.now() - hoursInNow * anHour - hours.reduce((sum, [, h]) => sum + h * anHour, 0);
  const stages = hours.map(([state, h]) => {
    const entered = new Date(at).toISOString();
    at += h * anHour;
    return { state, at: entered };
  });
  const stateSince = new Date(at).toISOString();
  stages.push({ state: now, at: stateSince });
  const record = anOpportunity({
    id,
    version: stages.length,
    state: now,
    stateSince,
    stages,
    createdAt: stages[0]!.at,
    updatedAt: stateSince,
    postedAt: stages.find((s) => s.state === 'posted')?.at ?? null,
  });
  await storage.tables.clients.opportunities.createEntity(headEntity(record, []));
}
