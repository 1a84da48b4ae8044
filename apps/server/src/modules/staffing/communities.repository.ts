import { type SQL, sql } from 'drizzle-orm';
import { stations } from '../../db/schema/index.ts';
import { regionWhere, type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';

export interface CommunityRow {
  code: string;
  name: string;
  townName: string;
}

export interface CommunityPage {
  items: CommunityRow[];
  total: number;
  assigned: number;
  unassigned: number;
}

/**
 * The communities (level 5) under a region prefix, each marked by whether an assignment
 * visible in the scope (and of one station, when given) covers it on `day`.
 */
export async function communitiesUnder(
  prefix: string,
  scope: Scope,
  day: string,
  options: { stationId?: string; state?: 'assigned' | 'unassigned'; limit: number; offset: number },
): Promise<CommunityPage> {
  const ofStation = options.stationId ? sql`and a.station_id = ${options.stationId}` : sql``;
  const covered: SQL = sql`exists (
    select 1 from community_assignments a join stations on stations.id = a.station_id
    where a.community_code = r.code and a.starts_on <= ${day} and (a.ends_on is null or a.ends_on >= ${day}) ${ofStation}
      and ${scopeWhere(scope, { region: stations.regionCode, organisation: stations.organisationId })})`;
  const base = sql`select r.code, r.name, coalesce(t.name, '') as town_name, ${covered} as assigned
    from regions r left join regions t on t.code = r.parent_code
    where r.level = 5 and ${regionWhere(sql`r.code`, prefix)}`;
  const filter = options.state ? sql`where c.assigned = ${options.state === 'assigned'}` : sql``;
  const rows = await q().execute<{ code: string; name: string; town_name: string }>(
    sql`select c.code, c.name, c.town_name from (${base}) c ${filter} order by c.code limit ${options.limit} offset ${options.offset}`,
  );
  const counts = await q().execute<{ total: number; assigned: number; unassigned: number }>(sql`
    select count(*)::int as total, (count(*) filter (where c.assigned))::int as assigned,
      (count(*) filter (where not c.assigned))::int as unassigned
    from (${base}) c`);
  const n = counts.rows[0] ?? { total: 0, assigned: 0, unassigned: 0 };
  const total = options.state === 'assigned' ? n.assigned : options.state === 'unassigned' ? n.unassigned : n.total;
  return {
    items: rows.rows.map((r) => ({ code: r.code, name: r.name, townName: r.town_name })),
    total,
    assigned: n.assigned,
    unassigned: n.unassigned,
  };
}
