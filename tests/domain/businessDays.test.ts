import fc from 'fast-check';
import {
  addBusinessDays,
  businessDaysBetween,
  easternDay,
  easternMoment,
  federalHolidays,
  holidayOn,
  isBusinessDate,
  isBusinessHours,
  nextBusinessHours,
  observedHolidays,
  pastBusinessDays,
} from '../../domain/businessDays';
import { easternDate, easternDateTime, easternToInstant } from '../../domain/text';

/** An instant from an Eastern wall-clock date and time. */
const at = (date: string, time = '10:00') => new Date(easternToInstant(date, time)!);

describe('the federal holidays observed', () => {
  test('2026: twelve days off, Boxing Day (a Saturday) on Monday 28 December', () => {
    expect(Object.fromEntries(observedHolidays(2026))).toEqual({
      '2026-01-01': 'newYearsDay',
      '2026-04-03': 'goodFriday',
      '2026-04-06': 'easterMonday',
      '2026-05-18': 'victoriaDay',
      '2026-07-01': 'canadaDay',
      '2026-08-03': 'civicHoliday',
      '2026-09-07': 'labourDay',
      '2026-09-30': 'truthAndReconciliation',
      '2026-10-12': 'thanksgiving',
      '2026-11-11': 'remembranceDay',
      '2026-12-25': 'christmasDay',
      '2026-12-28': 'boxingDay',
    });
  });

  test('every year has one day off per holiday, each on a weekday', () => {
    for (let year = 2021; year <= 2040; year++) {
      const days = [...observedHolidays(year).keys()];
      expect(days).toHaveLength(Object.keys(federalHolidays).length);
      for (const day of days)
        expect([0, 6]).not.toContain(new Date(`${day}T00:00:00Z`).getUTCDay());
    }
  });

  test('no Truth and Reconciliation day before 2021', () => {
    expect([...observedHolidays(2020).values()]).not.toContain('truthAndReconciliation');
    expect(holidayOn('2021-09-30')).toBe('truthAndReconciliation');
  });

  test.each([
    // A Saturday or Sunday holiday moves to Monday.
    ['2022-01-03', 'newYearsDay'],
    ['2023-07-03', 'canadaDay'],
    ['2023-10-02', 'truthAndReconciliation'],
    ['2023-11-13', 'remembranceDay'],
    // Christmas on Saturday, Boxing Day on Sunday: Monday and Tuesday.
    ['2027-12-27', 'christmasDay'],
    ['2027-12-28', 'boxingDay'],
    // Christmas on Sunday moves to Monday, so Boxing Day (Monday) takes Tuesday.
    ['2022-12-26', 'christmasDay'],
    ['2022-12-27', 'boxingDay'],
  ])('%s is the day off for %s', (date, holiday) => {
    expect(holidayOn(date)).toBe(holiday);
    expect(isBusinessDate(date)).toBe(false);
  });

  test('the Saturday or Sunday itself is not a second day off, and the day after the move is back to work', () => {
    expect(holidayOn('2023-07-01')).toBeUndefined();
    expect(isBusinessDate('2023-07-04')).toBe(true);
    expect(isBusinessDate('2027-12-29')).toBe(true);
  });

  test.each([...observedHolidays(2026).keys()])(
    'around %s: the holiday is off, the weekdays either side are not',
    (date) => {
      expect(isBusinessDate(date)).toBe(false);
      const shift = (days: number) =>
        new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      for (const near of [shift(-1), shift(1)]) {
        const weekend = [0, 6].includes(new Date(`${near}T00:00:00Z`).getUTCDay());
        expect(isBusinessDate(near)).toBe(!weekend && holidayOn(near) === undefined);
      }
    },
  );
});

describe('counting business days', () => {
  test('a step entered on Friday has waited one business day on Monday', () => {
    expect(businessDaysBetween(at('2026-11-13', '16:59'), at('2026-11-16', '08:00'))).toBe(1);
    expect(businessDaysBetween(at('2026-11-13'), at('2026-11-15'))).toBe(0);
  });

  test('Christmas 2026: from Thursday 24 December, Tuesday 29 is the first business day', () => {
    expect(businessDaysBetween(at('2026-12-24'), at('2026-12-28', '16:00'))).toBe(0);
    expect(businessDaysBetween(at('2026-12-24'), at('2026-12-29'))).toBe(1);
    expect(addBusinessDays(at('2026-12-24', '15:00'), 1)).toEqual(at('2026-12-29', '15:00'));
  });

  test('over the year end: New Year’s Day and the weekend do not count', () => {
    expect(businessDaysBetween(at('2026-12-30'), at('2027-01-04'))).toBe(2);
    expect(addBusinessDays(at('2026-12-30', '09:30'), 2)).toEqual(at('2027-01-04', '09:30'));
  });

  test('Canada Day 2026 (a Wednesday): Tuesday plus one business day is Thursday', () => {
    expect(addBusinessDays(at('2026-06-30'), 1)).toEqual(at('2026-07-02'));
  });

  test('days are Eastern days: 23:30 Eastern on Friday is already Saturday in UTC', () => {
    const fridayNight = at('2026-11-13', '23:30');
    expect(fridayNight.toISOString().slice(0, 10)).toBe('2026-11-14');
    expect(businessDaysBetween(fridayNight, at('2026-11-16', '00:10'))).toBe(1);
  });

  test('no days when the end is not later; adding zero is the same instant', () => {
    expect(businessDaysBetween(at('2026-11-18'), at('2026-11-16'))).toBe(0);
    const now = new Date('2026-11-18T15:04:05.678Z');
    expect(addBusinessDays(now, 0)).toEqual(now);
    expect(() => addBusinessDays(now, -1)).toThrow(RangeError);
    expect(() => addBusinessDays(now, 1.5)).toThrow(
      'business days must be a whole number ≥ 0, got 1.5',
    );
  });

  const instantArb = fc
    .integer({ min: Date.UTC(2021, 0, 1), max: Date.UTC(2040, 11, 31) })
    .map((ms) => new Date(ms));

  test('adding n business days then counting them gives n, and the result is a business day', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 300 }), (from, days) => {
        const later = addBusinessDays(from, days);
        expect(businessDaysBetween(from, later)).toBe(days);
        if (days > 0) {
          expect(isBusinessDate(easternToDate(later))).toBe(true);
          // A minute on the previous Eastern day still counts one fewer.
          expect(businessDaysBetween(from, new Date(later.getTime() - 86_400_000))).toBeLessThan(
            days,
          );
        }
      }),
    );
  });

  test('counting matches walking the days one by one', () => {
    const walk = (from: Date, to: Date) => {
      let count = 0;
      for (let day = easternToDate(from); day < easternToDate(to);) {
        day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        if (isBusinessDate(day)) count++;
      }
      return count;
    };
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 800 * 86_400_000 }), (from, span) => {
        const to = new Date(from.getTime() + span);
        expect(businessDaysBetween(from, to)).toBe(walk(from, to));
      }),
    );
  });

  test('counting splits at any instant between: a→b plus b→c is a→c', () => {
    fc.assert(
      fc.property(instantArb, instantArb, instantArb, (...three) => {
        const [a, b, c] = three.sort((x, y) => x.getTime() - y.getTime());
        expect(businessDaysBetween(a, b) + businessDaysBetween(b, c)).toBe(
          businessDaysBetween(a, c),
        );
      }),
    );
  });
});

describe('business hours', () => {
  test('08:00 up to 17:00 Eastern on a business day', () => {
    expect(isBusinessHours(at('2026-11-16', '07:59'))).toBe(false);
    expect(isBusinessHours(at('2026-11-16', '08:00'))).toBe(true);
    expect(isBusinessHours(at('2026-11-16', '16:59'))).toBe(true);
    expect(isBusinessHours(at('2026-11-16', '17:00'))).toBe(false);
    expect(isBusinessHours(at('2026-11-14', '10:00'))).toBe(false);
    expect(isBusinessHours(at('2026-11-11', '10:00'))).toBe(false);
  });

  test('the next business hours after Christmas Eve evening are Tuesday 29 December at 08:00', () => {
    expect(nextBusinessHours(at('2026-12-24', '17:30'))).toEqual(at('2026-12-29', '08:00'));
    expect(nextBusinessHours(at('2026-12-29', '06:00'))).toEqual(at('2026-12-29', '08:00'));
    const open = at('2026-12-29', '09:15');
    expect(nextBusinessHours(open)).toBe(open);
  });
});

function easternToDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(instant);
}

describe('past a number of business days, from moments computed once', () => {
  const instantArb = fc
    .integer({ min: Date.UTC(2021, 0, 1), max: Date.UTC(2040, 11, 31) })
    .map((ms) => new Date(ms));

  test('agrees with addBusinessDays for any instants', () => {
    fc.assert(
      fc.property(
        instantArb,
        fc.integer({ min: 0, max: 40 * 86_400_000 }),
        fc.integer({ min: 0, max: 20 }),
        (since, span, days) => {
          const now = new Date(since.getTime() + span);
          expect(pastBusinessDays(easternMoment(since), easternMoment(now), days)).toBe(
            now > addBusinessDays(since, days),
          );
        },
      ),
    );
  });

  test('zero days: past as soon as `since` is, on a business day or not', () => {
    const moment = (date: string, time: string) => easternMoment(at(date, time));
    // Monday 16 November 2026, then Saturday 14 and Sunday 15.
    const monday = moment('2026-11-16', '10:00');
    expect(pastBusinessDays(monday, moment('2026-11-16', '09:59'), 0)).toBe(false);
    expect(pastBusinessDays(monday, moment('2026-11-16', '10:00'), 0)).toBe(false);
    expect(pastBusinessDays(monday, moment('2026-11-16', '10:01'), 0)).toBe(true);
    const saturday = moment('2026-11-14', '10:00');
    expect(pastBusinessDays(saturday, moment('2026-11-14', '09:00'), 0)).toBe(false);
    expect(pastBusinessDays(saturday, moment('2026-11-15', '09:00'), 0)).toBe(true);
    // A `now` before `since` (another server's clock a little behind) is never past.
    expect(pastBusinessDays(monday, moment('2026-11-15', '12:00'), 0)).toBe(false);
  });

  test('right around the due instant, to the millisecond', () => {
    const since = new Date('2026-12-24T15:00:00.500Z');
    const due = addBusinessDays(since, 1);
    const past = (ms: number) =>
      pastBusinessDays(easternMoment(since), easternMoment(new Date(due.getTime() + ms)), 1);
    expect([past(-1), past(0), past(1)]).toEqual([false, false, true]);
  });
});

test('the Eastern date remembered by UTC hour is the Eastern date, across DST changes and midnights', () => {
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(2021, 0, 1), max: Date.UTC(2040, 11, 31) }), (ms) => {
      expect(easternDay(ms)).toBe(easternDate(ms));
    }),
    { numRuns: 2000 },
  );
  // Around the November 2026 change (06:00 UTC) and the midnights either side.
  for (let ms = Date.UTC(2026, 10, 1, 0); ms < Date.UTC(2026, 10, 2, 12); ms += 60_000)
    expect(easternDay(ms)).toBe(easternDate(ms));
});

test('an Eastern moment is the Eastern date and wall-clock time', () => {
  const check = (ms: number) => {
    const iso = new Date(ms).toISOString();
    const moment = easternMoment(new Date(ms));
    expect(moment.date).toBe(easternDate(ms));
    expect(moment.clock.slice(0, 5)).toBe(easternDateTime(iso).time);
    expect(moment.clock.slice(5)).toBe(iso.slice(16, 23));
  };
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(2021, 0, 1), max: Date.UTC(2040, 11, 31) }), check),
    { numRuns: 2000 },
  );
  // Both changes of 2026 (8 March and 1 November, 2:00 local), minute by minute.
  for (const day of [Date.UTC(2026, 2, 8), Date.UTC(2026, 10, 1)])
    for (let ms = day; ms < day + 12 * 3_600_000; ms += 60_000) check(ms);
});
