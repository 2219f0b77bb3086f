import Holidays from 'date-holidays';
import { easternDate, easternDateTime, easternToInstant } from './text';

/**
 * The federal public service's designated paid holidays (Treasury Board collective agreements,
 * "Designated paid holidays"): the eleven named days, plus the one provincial or civic day the
 * agreements add, which in the National Capital Region is the Civic Holiday. `date-holidays`
 * computes each date from its rule; which days count is ours (its `CA` list has only five public days).
 */
export const federalHolidays = {
  newYearsDay: '01-01',
  goodFriday: 'easter -2',
  easterMonday: 'easter 1',
  victoriaDay: 'monday before 05-25',
  canadaDay: '07-01',
  civicHoliday: '1st monday in August',
  labourDay: '1st monday in September',
  truthAndReconciliation: '09-30 since 2021',
  thanksgiving: '2nd monday in October',
  remembranceDay: '11-11',
  christmasDay: '12-25',
  boxingDay: '12-26',
} as const;
export type FederalHoliday = keyof typeof federalHolidays;

const calendar = new Holidays();
for (const [name, rule] of Object.entries(federalHolidays)) {
  if (!calendar.setHoliday(rule, { name, type: 'public' }))
    throw new Error(`date-holidays does not read the rule for ${name}: ${rule}`);
}

const dayMs = 86_400_000;
const hourMs = 3_600_000;

/**
 * The Eastern date of an instant, remembered by UTC hour: Toronto's offsets are whole hours and
 * change on the hour, so every instant of one UTC hour has the same Eastern date. The dashboard
 * asks this of every stage of every opportunity.
 */
const datesByHour = new Map<number, string>();
export function easternDay(instant: Date | number): string {
  const hour = Math.floor(new Date(instant).getTime() / hourMs);
  let date = datesByHour.get(hour);
  if (date === undefined) {
    if (datesByHour.size >= 200_000) datesByHour.clear();
    datesByHour.set(hour, (date = easternDate(hour * hourMs)));
  }
  return date;
}

/** A calendar date (YYYY-MM-DD) moved by whole days. */
function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

const observedByYear = new Map<number, ReadonlyMap<string, FederalHoliday>>();

/**
 * The days off a year's holidays give, by observed date. A holiday on a day of rest moves to the
 * first working day after it; two that meet (Christmas on Saturday, Boxing Day on Sunday) take
 * the first two working days (Monday and Tuesday). A holiday observed across the year end (New
 * Year's Day on a Saturday, observed on Monday 3 January) stays in the year it falls in.
 */
export function observedHolidays(year: number): ReadonlyMap<string, FederalHoliday> {
  const known = observedByYear.get(year);
  if (known) return known;
  const observed = new Map<string, FederalHoliday>();
  const actual = calendar
    .getHolidays(year)
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name as FederalHoliday }))
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const holiday of actual) {
    let day = holiday.date;
    while (isWeekend(day) || observed.has(day)) day = shiftDate(day, 1);
    observed.set(day, holiday.name);
  }
  observedByYear.set(year, observed);
  return observed;
}

/** The holiday observed on a calendar date, if any. */
export function holidayOn(date: string): FederalHoliday | undefined {
  return observedHolidays(Number(date.slice(0, 4))).get(date);
}

/** A weekday that is not an observed federal holiday. */
export function isBusinessDate(date: string): boolean {
  return !isWeekend(date) && holidayOn(date) === undefined;
}

/** Whether an instant falls on a business day, in Eastern time. */
export function isBusinessDay(instant: Date): boolean {
  return isBusinessDate(easternDate(instant));
}

/** Whether an instant is on a business day from 08:00 up to 17:00 Eastern: when people are reminded. */
export function isBusinessHours(instant: Date): boolean {
  const { time } = easternDateTime(instant.toISOString());
  return isBusinessDay(instant) && time >= '08:00' && time < '17:00';
}

/**
 * Business days from one instant to another, in Eastern time: the business days after `from`'s
 * date, up to and including `to`'s date. A step entered on Friday has waited one business day on
 * Monday, whatever the hours; zero when `to` is not later.
 */
export function businessDaysBetween(from: Date, to: Date): number {
  return businessDatesBetween(easternDay(from), easternDay(to));
}

/** Business days after the calendar date `first`, up to and including `last` (YYYY-MM-DD). */
export function businessDatesBetween(first: string, last: string): number {
  if (last <= first) return 0;
  let count = weekdaysUpTo(last) - weekdaysUpTo(first);
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++)
    for (const day of observedHolidays(year).keys()) if (day > first && day <= last) count--;
  return count;
}

/** Weekdays from 1 January 1970 (a Thursday) to `date`: counting by arithmetic, not by walking. */
function weekdaysUpTo(date: string): number {
  const fromMonday = (days: number) => 5 * Math.floor(days / 7) + Math.min(days % 7, 5);
  return fromMonday(Date.parse(`${date}T00:00:00Z`) / dayMs + 4) - fromMonday(3);
}

/** The calendar date `days` business days after `date` (the date itself when `days` is 0). */
export function addBusinessDates(date: string, days: number): string {
  let day = date;
  for (let left = days; left > 0;) {
    day = shiftDate(day, 1);
    if (isBusinessDate(day)) left--;
  }
  return day;
}

/**
 * The instant `days` business days after `from`, at the same Eastern wall-clock time: the moment
 * `businessDaysBetween(from, ·)` reaches `days`, measured to the day.
 */
export function addBusinessDays(from: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`business days must be a whole number ≥ 0, got ${days}`);
  const { date, time } = easternDateTime(from.toISOString());
  const target = addBusinessDates(date, days);
  const minute = Date.parse(easternToInstant(target, time)!);
  return new Date(minute + (from.getTime() % 60_000));
}

const offsetFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Toronto',
  timeZoneName: 'shortOffset',
});

/** Toronto's offset from UTC in milliseconds during one UTC hour (whole hours, changed on the hour). */
const offsetsByHour = new Map<number, number>();
function offsetOfHour(hour: number): number {
  let offset = offsetsByHour.get(hour);
  if (offset === undefined) {
    const name = offsetFormat.formatToParts(hour * hourMs).find((p) => p.type === 'timeZoneName');
    const hours = Number(/GMT([+-]\d+)/.exec(name?.value ?? '')?.[1] ?? 0);
    if (offsetsByHour.size >= 200_000) offsetsByHour.clear();
    offsetsByHour.set(hour, (offset = hours * hourMs));
  }
  return offset;
}

/** An instant as an Eastern date and wall-clock time (`HH:MM:SS.mmm`, which sorts as time of day). */
export function easternMoment(instant: Date): { date: string; clock: string } {
  const ms = instant.getTime();
  const wall = new Date(ms + offsetOfHour(Math.floor(ms / hourMs))).toISOString();
  return { date: wall.slice(0, 10), clock: wall.slice(11, 23) };
}

/**
 * Whether `now` is past `days` business days after `since`, as `addBusinessDays` places it, from
 * moments computed once: the dashboard asks this of thousands of rows per answer.
 */
export function pastBusinessDays(
  since: { date: string; clock: string },
  now: { date: string; clock: string },
  days: number,
  /** The business days from `since` to `now`, when the caller already has them. */
  waited = businessDatesBetween(since.date, now.date),
): boolean {
  if (waited !== days) return waited > days;
  // No days: due at `since` itself, as `addBusinessDays(since, 0)` places it.
  if (days === 0) return now.date === since.date ? now.clock > since.clock : now.date > since.date;
  // The due day is `now`'s own date only if that is a business day; otherwise it is behind.
  return !isBusinessDate(now.date) || now.clock > since.clock;
}

/** The next business day's start (08:00 Eastern) after `instant`, or `instant` itself in business hours. */
export function nextBusinessHours(instant: Date): Date {
  if (isBusinessHours(instant)) return instant;
  const { date, time } = easternDateTime(instant.toISOString());
  const day = isBusinessDate(date) && time < '08:00' ? date : addBusinessDates(date, 1);
  return new Date(easternToInstant(day, '08:00')!);
}
