import { states, type State } from './states';
import { statesFrom } from './transitions';

/**
 * How long suppliers' identities are kept once an opportunity has ended (APPLICANT_RETENTION_DAYS):
 * two years, the least the Privacy Regulations (s. 4) ask for personal information used to make
 * a decision about someone (here, who is evaluated and who wins), so that they can still ask for it.
 */
export const defaultApplicantRetentionDays = 730;

/** Where an opportunity ends: states no intent leaves (paid, cancelled, rejected). */
export const endedStates: readonly State[] = states.filter((s) => statesFrom(s).length === 1);

const aDay = 24 * 60 * 60 * 1000;

/**
 * Whether an opportunity's applicants' and askers' identities are due for removal: it ended
 * (`stateSince` is when) at least `days` days before `now`.
 */
export function identitiesDue(
  head: { state: State; stateSince: string },
  now: Date,
  days: number,
): boolean {
  return (
    endedStates.includes(head.state) && Date.parse(head.stateSince) + days * aDay <= now.getTime()
  );
}

/** The latest end a removal at `now` reaches: opportunities that ended at or before it. */
export function removalCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * aDay).toISOString();
}
