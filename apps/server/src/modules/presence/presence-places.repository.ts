import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { communityAssignments, regions, stationPosts, stations } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { overlaps } from '../staffing/staffing-rules.ts';

export interface PresencePlace {
  communityCode: string;
  communityName: string;
  stationId: string | null;
  stationName: string | null;
}

// A town station's area is its 9-digit town prefix, a service point's its own community.
const areaPrefix = sql`case when ${stations.tier} = 'town_station' then left(${stations.regionCode}, 9) else ${stations.regionCode} end`;
const today = (day: string) => ({ startsOn: day, endsOn: day });

/** The communities a worker is assigned to on `day` (一社区一社工), with the assigning station. */
export async function assignedCommunities(workerId: string, day: string): Promise<PresencePlace[]> {
  return q()
    .select({
      communityCode: communityAssignments.communityCode,
      communityName: sql<string>`coalesce(${regions.name}, ${communityAssignments.communityCode})`,
      stationId: communityAssignments.stationId,
      stationName: stations.name,
    })
    .from(communityAssignments)
    .innerJoin(stations, eq(stations.id, communityAssignments.stationId))
    .leftJoin(regions, eq(regions.code, communityAssignments.communityCode))
    .where(and(eq(communityAssignments.workerId, workerId), overlaps(communityAssignments, today(day))))
    .orderBy(asc(communityAssignments.communityCode), asc(communityAssignments.startsOn));
}

/**
 * A station where the worker holds a post on `day` and whose area holds the community: a
 * town station's staff work in all its communities, a service point's in its own.
 */
export async function postStationCovering(workerId: string, communityCode: string, day: string): Promise<string | null> {
  const [row] = await q()
    .select({ stationId: stations.id })
    .from(stationPosts)
    .innerJoin(stations, eq(stations.id, stationPosts.stationId))
    .where(
      and(
        eq(stationPosts.workerId, workerId),
        overlaps(stationPosts, today(day)),
        inArray(stations.tier, ['town_station', 'village_point']),
        sql`${communityCode} like ${areaPrefix} || '%'`,
      ),
    )
    // The service point itself before its town's station.
    .orderBy(sql`length(${areaPrefix}) desc`)
    .limit(1);
  return row?.stationId ?? null;
}
