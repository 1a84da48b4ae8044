/**
 * "一社区一社工" presence arithmetic: local dates in Asia/Shanghai, ISO weeks (Monday
 * first, week 1 holds the year's first Thursday) and the days counted against the
 * required days per week. Dates are 'YYYY-MM-DD' strings; calendar maths runs in UTC,
 * where a date has no offset to shift it.
 */
export const PRESENCE_TIME_ZONE = 'Asia/Shanghai';
export const ISO_WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((new Date(toUtc(date)).getUTCDay() + 6) % 7) + 1;
}

/** Building an Intl formatter costs ~0.2 ms: one per time zone, made once (per-row callers such as imports use it). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time of an instant in a time zone (the server's clock, never the client's). */
export function localDateTime(instant: Date, timeZone = PRESENCE_TIME_ZONE): { date: string; time: string } {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}:${part('second')}` };
}

function mondayOfWeekOne(year: number): string {
  const jan4 = `${String(year).padStart(4, '0')}-01-04`;
  return addDays(jan4, 1 - isoWeekday(jan4));
}

/** ISO years have 52 or 53 weeks: 28 December always lies in the last one. */
export function weeksInIsoYear(year: number): number {
  return Math.floor((toUtc(`${String(year).padStart(4, '0')}-12-28`) - toUtc(mondayOfWeekOne(year))) / (7 * DAY_MS)) + 1;
}

/** '2026-W47' → { year, week }, or null when malformed or past the year's last week. */
export function parseIsoWeek(text: string): { year: number; week: number } | null {
  const match = ISO_WEEK_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1970 || week < 1 || week > weeksInIsoYear(year)) return null;
  return { year, week };
}

export function isIsoWeek(text: string): boolean {
  return parseIsoWeek(text) !== null;
}

export function isoWeekOf(date: string): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((toUtc(thursday) - toUtc(mondayOfWeekOne(year))) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday and Sunday of an ISO week. Throws on a malformed week: callers validate first. */
export function weekBounds(week: string): { start: string; end: string } {
  const parsed = parseIsoWeek(week);
  if (!parsed) throw new Error(`not an ISO week: ${week}`);
  const start = addDays(mondayOfWeekOne(parsed.year), (parsed.week - 1) * 7);
  return { start, end: addDays(start, 6) };
}

export function weekDates(week: string): string[] {
  const { start } = weekBounds(week);
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** `count` consecutive weeks ending with `week`, oldest first. */
export function weeksEndingWith(week: string, count: number): string[] {
  const { start } = weekBounds(week);
  return Array.from({ length: count }, (_, i) => isoWeekOf(addDays(start, (i - count + 1) * 7)));
}

/** Distinct dates inside the week: two check-ins on one day (two communities, a repeat) count once. */
export function countDaysPresent(days: Iterable<string>, week: string): number {
  const { start, end } = weekBounds(week);
  const inside = new Set<string>();
  for (const day of days) if (day >= start && day <= end) inside.add(day);
  return inside.size;
}

export interface DateRange {
  startsOn: string;
  endsOn: string | null;
}

/** How many of the week's dates fall inside any of the ranges (an assignment's days in the week). */
export function daysCovered(week: string, ranges: readonly DateRange[]): number {
  return weekDates(week).filter((d) => ranges.some((r) => r.startsOn <= d && (r.endsOn === null || d <= r.endsOn))).length;
}

/**
 * Days a community owes in a week: the setting, but never more than the days it had an
 * assigned worker (a worker assigned on Friday cannot be present three days that week).
 */
export function requiredDaysIn(week: string, ranges: readonly DateRange[], requiredPerWeek: number): number {
  return Math.min(requiredPerWeek, daysCovered(week, ranges));
}

export function isCompliant(daysPresent: number, requiredDays: number): boolean {
  return daysPresent >= requiredDays;
}

/** Days of the week already begun on `today` (0 before the week, 7 once it is over). */
export function daysElapsed(week: string, today: string): number {
  return weekDates(week).filter((d) => d <= today).length;
}
