import { elapsedFraction, type Pace, paceOf, type TargetIndicator } from '@shegong/core';
import { sql } from 'drizzle-orm';
import { q } from '../../platform/db/tx.ts';
import type { ProjectView } from './projects.repository.ts';

export interface Actuals {
  cases: number;
  case_visits: number;
  group_sessions: number;
  activities: number;
  person_times: number;
  people_served: number;
  communities_covered: number;
  /** category code → distinct people holding it on the service date */
  byCategory: Map<string, number>;
}

const empty = (): Actuals => ({
  cases: 0,
  case_visits: 0,
  group_sessions: 0,
  activities: 0,
  person_times: 0,
  people_served: 0,
  communities_covered: 0,
  byCategory: new Map(),
});

/**
 * Live progress of projects over each project's stations and period up to today, read from the
 * ledger rollups (maintained by the database on every ledger write) so that a city dashboard
 * with hundreds of projects never scans the ledger. Definitions follow packages/core/src/measures.ts:
 * person-times = sum of person_times; visits = case_visit rows; sessions and activities = those
 * held in the period; cases = intakes in the period, declined excluded. People served (and by
 * category) are distinct clients over the months of service in the period — exact for periods of
 * whole months, which is how contracts run.
 */
export async function projectActuals(ids: string[], today: string): Promise<Map<string, Actuals>> {
  const result = new Map(ids.map((id) => [id, empty()]));
  if (ids.length === 0) return result;
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const periods = sql`select p.id as project_id, ps.station_id, p.starts_on, least(p.ends_on, ${today}::date) as ends_on
    from projects p join project_stations ps on ps.project_id = p.id where p.id in (${idList})`;
  const days = await q().execute<{ project_id: string; person_times: number; case_visits: number }>(sql`
    with pp as (${periods})
    select pp.project_id, coalesce(sum(d.person_times), 0)::int as person_times,
      coalesce(sum(d.records) filter (where d.kind = 'case_visit'), 0)::int as case_visits
    from pp join rollup_station_day d on d.station_id = pp.station_id and d.day between pp.starts_on and pp.ends_on
    group by pp.project_id`);
  for (const row of days.rows)
    Object.assign(result.get(row.project_id) as Actuals, { person_times: row.person_times, case_visits: row.case_visits });
  const counts = await q().execute<{
    project_id: string;
    people: number;
    sessions: number;
    activities: number;
    cases: number;
    covered: number;
  }>(sql`
    with pp as (${periods})
    select pp.project_id,
      (select count(distinct m.client_id)::int from rollup_client_month m join pp p2 on p2.project_id = pp.project_id and m.station_id = p2.station_id
        where m.month between date_trunc('month', p2.starts_on)::date and p2.ends_on) as people,
      (select count(*)::int from group_sessions s join groups g on g.id = s.group_id join pp p2 on p2.project_id = pp.project_id and g.station_id = p2.station_id
        where s.held_on between p2.starts_on and p2.ends_on) as sessions,
      (select count(*)::int from activities a join pp p2 on p2.project_id = pp.project_id and a.station_id = p2.station_id
        where a.held_on between p2.starts_on and p2.ends_on) as activities,
      (select count(*)::int from cases c join pp p2 on p2.project_id = pp.project_id and c.station_id = p2.station_id
        where c.intake_on between p2.starts_on and p2.ends_on and c.stage <> 'declined') as cases,
      (select count(distinct pc.community_code)::int from presence_checkins pc join pp p2 on p2.project_id = pp.project_id and pc.station_id = p2.station_id
        where pc.day between p2.starts_on and p2.ends_on) as covered
    from (select distinct project_id from pp) pp`);
  for (const row of counts.rows) {
    Object.assign(result.get(row.project_id) as Actuals, {
      people_served: row.people,
      group_sessions: row.sessions,
      activities: row.activities,
      cases: row.cases,
      communities_covered: row.covered,
    });
  }
  const categories = await q().execute<{ project_id: string; code: string; n: number }>(sql`
    with pp as (${periods})
    select t.project_id, t.category_code as code, count(distinct m.client_id)::int as n
    from project_targets t
    join pp on pp.project_id = t.project_id
    join rollup_client_month m on m.station_id = pp.station_id and m.month between date_trunc('month', pp.starts_on)::date and pp.ends_on
    join client_category_holdings h on h.client_id = m.client_id and h.category_code = t.category_code
      and h.effective_from <= (m.month + interval '1 month' - interval '1 day')::date and (h.effective_to is null or h.effective_to >= m.month)
    where t.indicator = 'people_in_category'
    group by t.project_id, t.category_code`);
  for (const row of categories.rows) result.get(row.project_id)?.byCategory.set(row.code, row.n);
  return result;
}

export interface TargetProgressRow {
  id: string;
  indicator: TargetIndicator;
  categoryCode: string | null;
  target: number;
  actual: number;
  progress: number;
  pace: Pace;
}

export function targetProgress(
  view: ProjectView,
  actuals: Actuals,
  today: string,
  tolerance: number,
): { rows: TargetProgressRow[]; elapsed: number; pace: Pace } {
  const elapsed = elapsedFraction(view.startsOn, view.endsOn, today);
  const rows = view.targets.map((t) => {
    const indicator = t.indicator as TargetIndicator;
    const actual = indicator === 'people_in_category' ? (actuals.byCategory.get(t.categoryCode ?? '') ?? 0) : actuals[indicator];
    return {
      id: t.id,
      indicator,
      categoryCode: t.categoryCode,
      target: t.target,
      actual,
      progress: t.target > 0 ? actual / t.target : 1,
      pace: paceOf(actual, t.target, elapsed, tolerance),
    };
  });
  const pace: Pace = rows.some((r) => r.pace === 'behind')
    ? 'behind'
    : elapsed === 0
      ? 'not_started'
      : rows.every((r) => r.pace === 'ahead') && rows.length > 0
        ? 'ahead'
        : 'on_track';
  return { rows, elapsed, pace };
}
