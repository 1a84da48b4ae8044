import type { HomeSummary } from '@shegong/contracts';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';

/** Counts for the home page, inside the caller's scope (organisation staff: their organisation). */
export async function homeCounts(scope: Scope): Promise<Omit<HomeSummary, 'regionName' | 'byDistrict'>> {
  const p = `${scope.regionPrefix}%`;
  const org = scope.organisationId;
  const stationScope = org ? sql`region_code like ${p} and organisation_id = ${org}` : sql`region_code like ${p}`;
  const result = await q().execute<Record<string, number>>(sql`
    select
      (select count(*)::int from regions where level = 3 and code like ${p}) as districts,
      (select count(*)::int from regions where level = 4 and code like ${p}) as towns,
      (select count(*)::int from regions where level = 5 and code like ${p}) as communities,
      (select count(*)::int from organisations where region_code like ${p} ${org ? sql`and id = ${org}` : sql``}) as organisations,
      (select count(*)::int from stations where tier = 'town_station' and ${stationScope}) as stations,
      (select count(*)::int from stations where tier = 'village_point' and ${stationScope}) as service_points,
      (select count(*)::int from stations where tier = 'district_centre' and ${stationScope}) as centres,
      (select count(*)::int from users where region_code like ${p} ${org ? sql`and organisation_id = ${org}` : sql``}) as users,
      (select count(distinct region_code)::int from stations where tier = 'town_station' and status = 'active' and region_code like ${p}) as towns_covered,
      (select count(distinct region_code)::int from stations where tier = 'village_point' and status = 'active' and region_code like ${p}) as communities_covered
  `);
  const r = result.rows[0] ?? {};
  const n = (k: string) => Number(r[k] ?? 0);
  return {
    counts: {
      districts: n('districts'),
      towns: n('towns'),
      communities: n('communities'),
      organisations: n('organisations'),
      stations: n('stations'),
      servicePoints: n('service_points'),
      centres: n('centres'),
      users: n('users'),
    },
    coverage: {
      townsCovered: n('towns_covered'),
      towns: n('towns'),
      communitiesCovered: n('communities_covered'),
      communities: n('communities'),
    },
  };
}

export async function stationsByDistrict(scope: Scope): Promise<HomeSummary['byDistrict']> {
  const p = `${scope.regionPrefix}%`;
  const org = scope.organisationId;
  const orgFilter = org ? sql`and s.organisation_id = ${org}` : sql``;
  const result = await q().execute<{ code: string; name: string; stations: number; service_points: number; organisations: number }>(sql`
    select d.code, d.name,
      count(*) filter (where s.tier = 'town_station')::int as stations,
      count(*) filter (where s.tier = 'village_point')::int as service_points,
      count(distinct s.organisation_id)::int as organisations
    from regions d
    left join stations s on s.region_code like substr(d.code, 1, 6) || '%' and s.region_code like ${p} ${orgFilter}
    where d.level = 3 and (d.code like ${p} or ${scope.regionPrefix} like substr(d.code, 1, 6) || '%')
    group by d.code, d.name order by d.code`);
  return result.rows.map((r) => ({
    code: r.code,
    name: r.name,
    stations: r.stations,
    servicePoints: r.service_points,
    organisations: r.organisations,
  }));
}
