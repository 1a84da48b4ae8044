import type { Coverage } from '@shegong/contracts';
import { sql } from 'drizzle-orm';
import { regionWhere } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';

/**
 * Network coverage inside a region prefix: which towns lack an active town station and
 * which communities lack an active service point. Aggregates only, no personal data.
 */
export async function coverageByDistrict(prefix: string): Promise<Coverage['districts']> {
  const result = await q().execute<{
    code: string;
    name: string;
    towns: number;
    towns_with_station: number;
    communities: number;
    communities_with_point: number;
    has_centre: boolean;
  }>(sql`
    with d as (
      select code, name,
        case when length(${prefix}) > 6 then ${prefix} else substr(code, 1, 6) end as p
      from regions
      where level = 3 and (${regionWhere(sql`code`, prefix)} or ${prefix} like substr(code, 1, 6) || '%')
    )
    select d.code, d.name,
      (select count(*)::int from regions t where t.level = 4 and t.code like d.p || '%') as towns,
      (select count(distinct s.region_code)::int from stations s
         where s.tier = 'town_station' and s.status = 'active' and s.region_code like d.p || '%') as towns_with_station,
      (select count(*)::int from regions v where v.level = 5 and v.code like d.p || '%') as communities,
      (select count(distinct s.region_code)::int from stations s
         where s.tier = 'village_point' and s.status = 'active' and s.region_code like d.p || '%') as communities_with_point,
      exists(select 1 from stations s where s.tier = 'district_centre' and s.status = 'active' and s.region_code = d.code) as has_centre
    from d order by d.code`);
  return result.rows.map((r) => ({
    code: r.code,
    name: r.name,
    towns: r.towns,
    townsWithStation: r.towns_with_station,
    communities: r.communities,
    communitiesWithPoint: r.communities_with_point,
    hasCentre: r.has_centre,
  }));
}

type Uncovered = Coverage['townsWithoutStation'][number];

async function uncovered(
  prefix: string,
  level: 4 | 5,
  tier: string,
  limit: number,
  offset: number,
): Promise<{ items: Uncovered[]; total: number }> {
  const where = sql`r.level = ${level} and ${regionWhere(sql`r.code`, prefix)}
    and not exists (select 1 from stations s where s.tier = ${tier} and s.status = 'active' and s.region_code = r.code)`;
  const rows = await q().execute<{ code: string; name: string; parent_name: string | null }>(sql`
    select r.code, r.name, p.name as parent_name from regions r left join regions p on p.code = r.parent_code
    where ${where} order by r.code limit ${limit} offset ${offset}`);
  const count = await q().execute<{ n: number }>(sql`select count(*)::int as n from regions r where ${where}`);
  return {
    items: rows.rows.map((r) => ({ code: r.code, name: r.name, parentName: r.parent_name ?? '' })),
    total: count.rows[0]?.n ?? 0,
  };
}

export async function townsWithoutStation(prefix: string): Promise<Uncovered[]> {
  return (await uncovered(prefix, 4, 'town_station', 1000, 0)).items;
}

export function communitiesWithoutPoint(prefix: string, limit: number, offset: number) {
  return uncovered(prefix, 5, 'village_point', limit, offset);
}
