import type { HomeSummary } from '@shegong/contracts';
import { and, count, countDistinct, eq, type SQL, sql } from 'drizzle-orm';
import { organisations, regions, stations, users } from '../../db/schema/index.ts';
import { regionWhere, type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';

type Tier = 'town_station' | 'village_point' | 'district_centre';

const stationScope = (scope: Scope) => scopeWhere(scope, { region: stations.regionCode, organisation: stations.organisationId });

async function regionCount(scope: Scope, level: number): Promise<number> {
  const [row] = await q()
    .select({ n: count() })
    .from(regions)
    .where(and(eq(regions.level, level), regionWhere(regions.code, scope)));
  return row?.n ?? 0;
}

async function stationCount(scope: Scope, tier: Tier): Promise<number> {
  const [row] = await q()
    .select({ n: count() })
    .from(stations)
    .where(and(eq(stations.tier, tier), stationScope(scope)));
  return row?.n ?? 0;
}

/** Distinct towns (communities) where an active station (service point) in scope works. */
async function covered(scope: Scope, tier: Tier): Promise<number> {
  const [row] = await q()
    .select({ n: countDistinct(stations.regionCode) })
    .from(stations)
    .where(and(eq(stations.tier, tier), eq(stations.status, 'active'), stationScope(scope)));
  return row?.n ?? 0;
}

async function scopedCount(table: typeof organisations | typeof users, where: SQL): Promise<number> {
  const [row] = await q().select({ n: count() }).from(table).where(where);
  return row?.n ?? 0;
}

/** Counts for the home page, inside the caller's scope (organisation staff: their organisation). */
export async function homeCounts(scope: Scope): Promise<Omit<HomeSummary, 'regionName' | 'byDistrict'>> {
  const towns = await regionCount(scope, 4);
  const communities = await regionCount(scope, 5);
  return {
    counts: {
      districts: await regionCount(scope, 3),
      towns,
      communities,
      organisations: await scopedCount(
        organisations,
        scopeWhere(scope, { region: organisations.regionCode, organisation: organisations.id }),
      ),
      stations: await stationCount(scope, 'town_station'),
      servicePoints: await stationCount(scope, 'village_point'),
      centres: await stationCount(scope, 'district_centre'),
      users: await scopedCount(users, scopeWhere(scope, { region: users.regionCode, organisation: users.organisationId })),
    },
    coverage: {
      townsCovered: await covered(scope, 'town_station'),
      towns,
      communitiesCovered: await covered(scope, 'village_point'),
      communities,
    },
  };
}

/** Stations, service points and organisations per district of the caller's area (the district containing it, below a district). */
export async function stationsByDistrict(scope: Scope): Promise<HomeSummary['byDistrict']> {
  const district = sql`substr(${regions.code}, 1, 6)`;
  const rows = await q()
    .select({
      code: regions.code,
      name: regions.name,
      stations: sql<number>`count(${stations.id}) filter (where ${stations.tier} = 'town_station')::int`,
      servicePoints: sql<number>`count(${stations.id}) filter (where ${stations.tier} = 'village_point')::int`,
      organisations: sql<number>`count(distinct ${stations.organisationId})::int`,
    })
    .from(regions)
    .leftJoin(stations, and(sql`${stations.regionCode} like ${district} || '%'`, stationScope(scope)))
    .where(and(eq(regions.level, 3), sql`(${regionWhere(regions.code, scope)} or ${scope.regionPrefix} like ${district} || '%')`))
    .groupBy(regions.code, regions.name)
    .orderBy(regions.code);
  return rows;
}
