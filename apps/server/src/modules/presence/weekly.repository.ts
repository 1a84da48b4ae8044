import { and, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { communityAssignments, presenceCheckins, regions, socialWorkers, stations } from '../../db/schema/index.ts';
import { regionWhere, type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';
import { overlaps } from '../staffing/staffing-rules.ts';

export interface ReportFilter {
  /** Communities whose code starts with this prefix. */
  regionPrefix: string;
  stationId?: string;
  communityCode?: string;
}

/** An assignment overlapping the report's period: the community owes presence while it lasts. */
export interface AssignmentSpan {
  communityCode: string;
  communityName: string;
  townName: string;
  stationId: string;
  stationName: string;
  workerId: string;
  workerName: string;
  startsOn: string;
  endsOn: string | null;
}

/**
 * In reports a community sits where it is (its code) and with the organisation of the
 * station that assigns it: a town sees its communities whoever's station covers them.
 */
function filterWhere(scope: Scope, filter: ReportFilter): SQL {
  const conditions: SQL[] = [
    scopeWhere(scope, { region: communityAssignments.communityCode, organisation: stations.organisationId }),
    regionWhere(communityAssignments.communityCode, filter.regionPrefix),
  ];
  if (filter.stationId) conditions.push(eq(communityAssignments.stationId, filter.stationId));
  if (filter.communityCode) conditions.push(eq(communityAssignments.communityCode, filter.communityCode));
  return and(...conditions) as SQL;
}

const town = alias(regions, 'town');

export async function assignmentsBetween(scope: Scope, filter: ReportFilter, from: string, to: string): Promise<AssignmentSpan[]> {
  return q()
    .select({
      communityCode: communityAssignments.communityCode,
      communityName: sql<string>`coalesce(${regions.name}, ${communityAssignments.communityCode})`,
      townName: sql<string>`coalesce(${town.name}, '')`,
      stationId: communityAssignments.stationId,
      stationName: stations.name,
      workerId: communityAssignments.workerId,
      workerName: socialWorkers.name,
      startsOn: communityAssignments.startsOn,
      endsOn: communityAssignments.endsOn,
    })
    .from(communityAssignments)
    .innerJoin(stations, eq(stations.id, communityAssignments.stationId))
    .innerJoin(socialWorkers, eq(socialWorkers.id, communityAssignments.workerId))
    .leftJoin(regions, eq(regions.code, communityAssignments.communityCode))
    .leftJoin(town, eq(town.code, regions.parentCode))
    .where(and(filterWhere(scope, filter), overlaps(communityAssignments, { startsOn: from, endsOn: to })))
    .orderBy(communityAssignments.communityCode, communityAssignments.startsOn);
}

/** Distinct (community, day) pairs on which a worker assigned to the community that day checked in there. */
export async function presentDays(
  scope: Scope,
  filter: ReportFilter,
  from: string,
  to: string,
): Promise<{ communityCode: string; day: string }[]> {
  return q()
    .selectDistinct({ communityCode: presenceCheckins.communityCode, day: presenceCheckins.day })
    .from(presenceCheckins)
    .innerJoin(
      communityAssignments,
      and(
        eq(communityAssignments.workerId, presenceCheckins.workerId),
        eq(communityAssignments.communityCode, presenceCheckins.communityCode),
        lte(communityAssignments.startsOn, presenceCheckins.day),
        sql`(${communityAssignments.endsOn} is null or ${communityAssignments.endsOn} >= ${presenceCheckins.day})`,
      ),
    )
    .innerJoin(stations, eq(stations.id, communityAssignments.stationId))
    .where(and(filterWhere(scope, filter), gte(presenceCheckins.day, from), lte(presenceCheckins.day, to)));
}
