import { type SQL, sql } from 'drizzle-orm';
import { regionWhere } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';

/** The stations a dashboard covers, as a SQL condition on a column holding station ids. */
export function stationSet(prefix: string, organisationId: string | null, stationId: string | null): SQL {
  if (stationId) return sql`select ${stationId}::uuid as id`;
  const org = organisationId ? sql`and organisation_id = ${organisationId}` : sql``;
  return sql`select id from stations where ${regionWhere(sql`region_code`, prefix)} ${org}`;
}

const yearBounds = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/**
 * The region prefix whose people counters (rollup_region_people, migration 0008) answer a
 * dashboard: a whole city, district or town seen without an organisation filter. Dashboards
 * scoped to one organisation or one station (and any other prefix) keep counting distinct
 * clients over their stations' rollup_client_month rows: those are a few stations' rows.
 */
export function peoplePrefix(prefix: string, organisationId: string | null, stationId: string | null): string | null {
  return !organisationId && !stationId && [4, 6, 9].includes(prefix.length) ? prefix : null;
}

/** Distinct people of a region prefix in a period ('2026' or '2026-03'), '' = any category. */
const regionPeople = (prefix: string | SQL, period: string) => sql`
  (select coalesce(sum(people), 0)::int from rollup_region_people where prefix = ${prefix} and period = ${period} and category = '')`;

/** Person-times and people served per month, from the rollups (never the ledger). */
export async function byMonth(stations: SQL, region: string | null, year: number) {
  const { from, to } = yearBounds(year);
  const people = region
    ? sql`select to_date(period, 'YYYY-MM') as month, sum(people)::int as people from rollup_region_people
          where prefix = ${region} and period like ${`${year}-%`} and category = '' group by period having sum(people) > 0`
    : sql`select month, count(distinct client_id)::int as people from rollup_client_month
          where station_id in (${stations}) and month between ${from} and ${to} group by month`;
  const result = await q().execute<{ month: string; person_times: number; people: number }>(sql`
    with pt as (select month, sum(person_times)::int as person_times from rollup_station_month
                where station_id in (${stations}) and month between ${from} and ${to} group by month),
         pp as (${people})
    select coalesce(pt.month, pp.month)::text as month, coalesce(pt.person_times, 0) as person_times, coalesce(pp.people, 0) as people
    from pt full join pp on pp.month = pt.month order by 1`);
  return result.rows;
}

export async function totals(stations: SQL, region: string | null, year: number) {
  const { from, to } = yearBounds(year);
  const people = region
    ? regionPeople(region, String(year))
    : sql`(select count(distinct client_id)::int from rollup_client_month where station_id in (${stations}) and month between ${from} and ${to})`;
  const result = await q().execute<{
    person_times: number;
    people: number;
    case_visits: number;
    sessions: number;
    activities: number;
    open_cases: number;
  }>(sql`
    select
      (select coalesce(sum(person_times), 0)::int from rollup_station_month where station_id in (${stations}) and month between ${from} and ${to}) as person_times,
      ${people} as people,
      (select coalesce(sum(records), 0)::int from rollup_station_month where kind = 'case_visit' and station_id in (${stations}) and month between ${from} and ${to}) as case_visits,
      (select count(*)::int from group_sessions s join groups g on g.id = s.group_id where g.station_id in (${stations}) and s.held_on between ${from} and ${to}) as sessions,
      (select count(*)::int from activities a where a.station_id in (${stations}) and a.held_on between ${from} and ${to}) as activities,
      (select count(*)::int from cases c where c.station_id in (${stations}) and c.stage not in ('closed', 'declined')) as open_cases`);
  return result.rows[0] ?? { person_times: 0, people: 0, case_visits: 0, sessions: 0, activities: 0, open_cases: 0 };
}

export async function byKind(stations: SQL, year: number) {
  const { from, to } = yearBounds(year);
  const result = await q().execute<{ kind: string; person_times: number }>(sql`
    select kind, sum(person_times)::int as person_times from rollup_station_month
    where station_id in (${stations}) and month between ${from} and ${to} group by kind order by kind`);
  return result.rows;
}

/**
 * People served by category: distinct clients served in the year who held the category at
 * some time during a month they were served (the rollups keep months, not days), by the
 * holdings as they stand now. A region reads its counters (rollup_region_people for the year and
 * the category, kept to this definition by the ledger trigger and by a trigger on
 * client_category_holdings that recomputes a client whose holdings change).
 */
export async function byCategory(stations: SQL, region: string | null, year: number) {
  const { from, to } = yearBounds(year);
  if (region) {
    const counted = await q().execute<{ code: string; name: string; name_en: string; people: number }>(sql`
      select c.code, c.name_zh as name, c.name_en, sum(p.people)::int as people
      from rollup_region_people p join client_categories c on c.code = p.category
      where p.prefix = ${region} and p.period = ${String(year)} and p.category <> ''
      group by c.code, c.name_zh, c.name_en, c.sort_order having sum(p.people) > 0 order by c.sort_order`);
    return counted.rows;
  }
  const result = await q().execute<{ code: string; name: string; name_en: string; people: number }>(sql`
    select c.code, c.name_zh as name, c.name_en, count(distinct r.client_id)::int as people
    from rollup_client_month r
    join client_category_holdings h on h.client_id = r.client_id
      and h.effective_from <= (r.month + interval '1 month' - interval '1 day')::date
      and (h.effective_to is null or h.effective_to >= r.month)
    join client_categories c on c.code = h.category_code
    where r.station_id in (${stations}) and r.month between ${from} and ${to}
    group by c.code, c.name_zh, c.name_en, c.sort_order order by c.sort_order`);
  return result.rows;
}

export async function casesByStage(stations: SQL) {
  const result = await q().execute<{ stage: string; cases: number }>(sql`
    select stage, count(*)::int as cases from cases where station_id in (${stations}) group by stage order by stage`);
  return result.rows;
}

/**
 * Drill-down rows: each child region's (or the town's stations') figures for the year. A child
 * region's people come from its counters unless the caller is limited to one organisation; a
 * town's stations count their own (small) rollup_client_month rows.
 */
export async function children(prefix: string, level: number, organisationId: string | null, year: number) {
  const { from, to } = yearBounds(year);
  const org = organisationId ? sql`and s.organisation_id = ${organisationId}` : sql``;
  if (level >= 4) {
    const result = await q().execute<{ code: string; name: string; person_times: number; people: number }>(sql`
      select s.id::text as code, s.name,
        coalesce((select sum(person_times)::int from rollup_station_month m where m.station_id = s.id and m.month between ${from} and ${to}), 0) as person_times,
        coalesce((select count(distinct client_id)::int from rollup_client_month m where m.station_id = s.id and m.month between ${from} and ${to}), 0) as people
      from stations s where ${regionWhere(sql`s.region_code`, prefix)} ${org} order by s.region_code, s.name`);
    return result.rows.map((r) => ({
      kind: 'station' as const,
      code: r.code,
      name: r.name,
      personTimes: r.person_times,
      peopleServed: r.people,
      stations: 1,
    }));
  }
  const digits = level === 2 ? 6 : 9;
  const result = await q().execute<{ code: string; name: string; person_times: number; people: number; stations: number }>(sql`
    select r.code, r.name,
      coalesce((select sum(m.person_times)::int from rollup_station_month m join stations s on s.id = m.station_id
        where s.region_code like substr(r.code, 1, ${digits}) || '%' ${org} and m.month between ${from} and ${to}), 0) as person_times,
      ${
        organisationId || (level !== 2 && level !== 3)
          ? sql`coalesce((select count(distinct m.client_id)::int from rollup_client_month m join stations s on s.id = m.station_id
        where s.region_code like substr(r.code, 1, ${digits}) || '%' ${org} and m.month between ${from} and ${to}), 0)`
          : regionPeople(sql`substr(r.code, 1, ${digits})`, String(year))
      } as people,
      (select count(*)::int from stations s where s.region_code like substr(r.code, 1, ${digits}) || '%' ${org}) as stations
    from regions r where r.level = ${level + 1} and ${regionWhere(sql`r.code`, prefix)} order by r.code`);
  return result.rows.map((r) => ({
    kind: 'region' as const,
    code: r.code,
    name: r.name,
    personTimes: r.person_times,
    peopleServed: r.people,
    stations: r.stations,
  }));
}

export async function networkCounts(stations: SQL) {
  const result = await q().execute<{ stations: number; points: number; workers: number }>(sql`
    select
      (select count(*)::int from stations where id in (${stations}) and tier <> 'village_point') as stations,
      (select count(*)::int from stations where id in (${stations}) and tier = 'village_point') as points,
      (select count(distinct p.worker_id)::int from station_posts p where p.station_id in (${stations}) and (p.ends_on is null or p.ends_on >= current_date)) as workers`);
  return result.rows[0] ?? { stations: 0, points: 0, workers: 0 };
}
