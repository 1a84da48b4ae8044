import type { CommunityWeek, HistoryQuery, PresenceHistory, WeeklyQuery, WeeklyReport } from '@shegong/contracts';
import { countDaysPresent, daysElapsed, isCompliant, isoWeekOf, requiredDaysIn, weekBounds, weeksEndingWith } from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { askedRegion, scopeOf } from '../../platform/authz/scope.ts';
import { getSettings } from '../../platform/settings.ts';
import { regionNames } from '../regions/regions.repository.ts';
import { today } from '../staffing/staffing-rules.ts';
import { type AssignmentSpan, assignmentsBetween, presentDays, type ReportFilter } from './weekly.repository.ts';

/** The region asked for must lie in the caller's own area; by default the caller's whole area. */
function reportFilter(actor: Actor, query: { regionCode?: string; stationId?: string; communityCode?: string }): ReportFilter {
  return { regionPrefix: askedRegion(actor, query.regionCode), stationId: query.stationId, communityCode: query.communityCode };
}

const districtOf = (code: string) => code.slice(0, 6).padEnd(12, '0');

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** One row per community assigned during the week: distinct days present against the days owed. */
function summarise(
  week: string,
  spans: AssignmentSpan[],
  days: Map<string, string[]>,
  required: number,
  districts: Map<string, string>,
): CommunityWeek[] {
  const { start, end } = weekBounds(week);
  const inWeek = spans.filter((s) => s.startsOn <= end && (s.endsOn === null || s.endsOn >= start));
  return [...groupBy(inWeek, (s) => s.communityCode)].map(([code, list]) => {
    // The latest assignment names the community's station in the roll-up.
    const latest = list.reduce((a, b) => (b.startsOn >= a.startsOn ? b : a));
    const requiredDays = requiredDaysIn(week, list, required);
    const daysPresent = countDaysPresent(days.get(code) ?? [], week);
    const workers = [...new Map(list.map((s) => [s.workerId, { id: s.workerId, name: s.workerName }])).values()];
    return {
      communityCode: code,
      communityName: latest.communityName,
      townName: latest.townName,
      districtCode: districtOf(code),
      districtName: districts.get(districtOf(code)) ?? '',
      stationId: latest.stationId,
      stationName: latest.stationName,
      workers,
      daysPresent,
      requiredDays,
      compliant: isCompliant(daysPresent, requiredDays),
    };
  });
}

const counts = (rows: CommunityWeek[]) => {
  const compliant = rows.filter((r) => r.compliant).length;
  return { assigned: rows.length, compliant, below: rows.length - compliant };
};

async function gather(actor: Actor, filter: ReportFilter, from: string, to: string) {
  const scope = scopeOf(actor);
  const spans = await assignmentsBetween(scope, filter, from, to);
  const days = new Map(
    [...groupBy(await presentDays(scope, filter, from, to), (d) => d.communityCode)].map(([k, v]) => [k, v.map((d) => d.day)]),
  );
  const districts = await regionNames(spans.map((s) => districtOf(s.communityCode)));
  return { spans, days, districts, required: (await getSettings())['presence.requiredDaysPerWeek'] };
}

export async function weeklyReport(actor: Actor, query: WeeklyQuery): Promise<WeeklyReport> {
  const filter = reportFilter(actor, query);
  const day = today();
  const week = query.week ?? isoWeekOf(day);
  const { start, end } = weekBounds(week);
  const { spans, days, districts, required } = await gather(actor, filter, start, end);
  const rows = summarise(week, spans, days, required, districts).sort((a, b) => a.communityCode.localeCompare(b.communityCode));
  const offset = (query.page - 1) * query.pageSize;
  return {
    week,
    startsOn: start,
    endsOn: end,
    requiredDaysPerWeek: required,
    daysElapsed: daysElapsed(week, day),
    totals: counts(rows),
    districts: [...groupBy(rows, (r) => r.districtCode)].map(([code, list]) => ({
      districtCode: code,
      districtName: list[0]?.districtName ?? '',
      ...counts(list),
    })),
    stations: [...groupBy(rows, (r) => r.stationId)].map(([id, list]) => ({
      stationId: id,
      stationName: list[0]?.stationName ?? '',
      ...counts(list),
    })),
    communities: { items: rows.slice(offset, offset + query.pageSize), total: rows.length },
    below: rows.filter((r) => !r.compliant).sort((a, b) => a.daysPresent - b.daysPresent || a.communityCode.localeCompare(b.communityCode)),
  };
}

/** Several weeks side by side, oldest first, so a bureau sees which communities keep falling short. */
export async function presenceHistory(actor: Actor, query: HistoryQuery): Promise<PresenceHistory> {
  const filter = reportFilter(actor, query);
  const weeks = weeksEndingWith(query.week ?? isoWeekOf(today()), query.weeks);
  const from = weekBounds(weeks[0] as string).start;
  const to = weekBounds(weeks[weeks.length - 1] as string).end;
  const { spans, days, districts, required } = await gather(actor, filter, from, to);
  const perWeek = weeks.map((week) => new Map(summarise(week, spans, days, required, districts).map((r) => [r.communityCode, r])));
  const codes = [...new Set(spans.map((s) => s.communityCode))].sort();
  const offset = (query.page - 1) * query.pageSize;
  return {
    weeks,
    requiredDaysPerWeek: required,
    totals: weeks.map((week, i) => ({ week, ...counts([...(perWeek[i]?.values() ?? [])]) })),
    communities: {
      items: codes.slice(offset, offset + query.pageSize).map((code) => {
        const rows = perWeek.map((m) => m.get(code) ?? null);
        const last = rows.filter((r) => r !== null).pop();
        return {
          communityCode: code,
          communityName: last?.communityName ?? code,
          stationName: last?.stationName ?? '',
          cells: rows.map((r) => (r ? { daysPresent: r.daysPresent, requiredDays: r.requiredDays, compliant: r.compliant } : null)),
        };
      }),
      total: codes.length,
    },
  };
}
