import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  countDaysPresent,
  daysCovered,
  daysElapsed,
  isCompliant,
  isIsoWeek,
  isoWeekday,
  isoWeekOf,
  localDateTime,
  parseIsoWeek,
  requiredDaysIn,
  weekBounds,
  weekDates,
  weeksEndingWith,
  weeksInIsoYear,
} from './presence-week.ts';

const anyDate = fc
  .date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyWeek = anyDate.map(isoWeekOf);

describe('local date and time in Asia/Shanghai', () => {
  it('reads the wall clock of the server’s instant, past midnight UTC+8', () => {
    expect(localDateTime(new Date('2026-11-16T16:30:05Z'))).toEqual({ date: '2026-11-17', time: '00:30:05' });
    expect(localDateTime(new Date('2026-11-16T15:59:59Z'))).toEqual({ date: '2026-11-16', time: '23:59:59' });
  });
});

describe('ISO weeks', () => {
  it('knows known weeks and their Monday-to-Sunday bounds', () => {
    expect(weekBounds('2026-W47')).toEqual({ start: '2026-11-16', end: '2026-11-22' });
    expect(isoWeekOf('2026-11-22')).toBe('2026-W47');
    expect(isoWeekOf('2026-11-23')).toBe('2026-W48');
    // Year ends: 2021-01-03 belongs to 2020's week 53, 2024-12-30 to 2025's week 1.
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(weekBounds('2025-W01').start).toBe('2024-12-30');
  });

  it('refuses malformed weeks and a week 53 a year does not have', () => {
    expect(weeksInIsoYear(2020)).toBe(53);
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2027)).toBe(52);
    for (const bad of ['2026-47', '2026-W00', '2027-W53', '2026-W7', 'W47', '2026-w47', '']) expect(isIsoWeek(bad), bad).toBe(false);
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
  });

  it('lists weeks back across a year end, oldest first', () => {
    expect(weeksEndingWith('2026-W02', 4)).toEqual(['2025-W51', '2025-W52', '2026-W01', '2026-W02']);
  });

  it('property: a week holds exactly 7 consecutive local dates, Monday to Sunday, all in that week', () => {
    fc.assert(
      fc.property(anyWeek, (week) => {
        const dates = weekDates(week);
        expect(new Set(dates).size).toBe(7);
        expect(dates.map(isoWeekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
        for (let i = 1; i < 7; i++) expect(dates[i]).toBe(addDays(dates[i - 1] as string, 1));
        for (const d of dates) expect(isoWeekOf(d)).toBe(week);
        expect(isIsoWeek(week)).toBe(true);
      }),
    );
  });

  it('property: every date lies between its week’s bounds, and the next week starts the day after', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const { start, end } = weekBounds(isoWeekOf(date));
        expect(start <= date && date <= end).toBe(true);
        expect(weekBounds(isoWeekOf(addDays(end, 1))).start).toBe(addDays(end, 1));
      }),
    );
  });
});

describe('counting days present', () => {
  it('counts distinct days inside the week only', () => {
    const days = ['2026-11-16', '2026-11-16', '2026-11-18', '2026-11-15', '2026-11-23'];
    expect(countDaysPresent(days, '2026-W47')).toBe(2);
  });

  it('property: days counted are between 0 and 7 and never more than the check-ins', () => {
    fc.assert(
      fc.property(anyWeek, fc.array(fc.integer({ min: -10, max: 16 }), { maxLength: 40 }), (week, offsets) => {
        const days = offsets.map((o) => addDays(weekBounds(week).start, o));
        const n = countDaysPresent(days, week);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(Math.min(7, days.length));
      }),
    );
  });

  it('owes no more days than an assignment covered in the week', () => {
    const week = '2026-W47';
    expect(daysCovered(week, [{ startsOn: '2026-01-01', endsOn: null }])).toBe(7);
    expect(requiredDaysIn(week, [{ startsOn: '2026-11-20', endsOn: null }], 3)).toBe(3);
    expect(requiredDaysIn(week, [{ startsOn: '2026-11-21', endsOn: null }], 3)).toBe(2);
    expect(requiredDaysIn(week, [{ startsOn: '2026-11-01', endsOn: '2026-11-15' }], 3)).toBe(0);
    expect(isCompliant(2, 3)).toBe(false);
    expect(isCompliant(3, 3)).toBe(true);
  });

  it('property: covered days are 0..7 and required days never exceed the setting or the coverage', () => {
    fc.assert(
      fc.property(
        anyWeek,
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 7 }),
        (week, from, length, required) => {
          const startsOn = addDays(weekBounds(week).start, from);
          const range = { startsOn, endsOn: addDays(startsOn, length) };
          const covered = daysCovered(week, [range]);
          expect(covered).toBeGreaterThanOrEqual(0);
          expect(covered).toBeLessThanOrEqual(7);
          expect(requiredDaysIn(week, [range], required)).toBe(Math.min(required, covered));
        },
      ),
    );
  });

  it('tells how far into the week a day is', () => {
    expect(daysElapsed('2026-W47', '2026-11-15')).toBe(0);
    expect(daysElapsed('2026-W47', '2026-11-18')).toBe(3);
    expect(daysElapsed('2026-W47', '2026-12-01')).toBe(7);
  });
});
