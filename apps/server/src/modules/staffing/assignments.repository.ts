import type { AssignmentListQuery } from '@shegong/contracts';
import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { communityAssignments, regions, socialWorkers, stations } from '../../db/schema/index.ts';
import { regionWhere, type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { q } from '../../platform/db/tx.ts';
import { overlaps, termState } from './staffing-rules.ts';

export type AssignmentRow = typeof communityAssignments.$inferSelect;

/** An assignment sits at its station (region and organisation), like every staffing record. */
export interface AssignmentView extends AssignmentRow {
  communityName: string;
  stationName: string;
  regionCode: string;
  organisationId: string;
  workerName: string;
}

function viewQuery() {
  return q()
    .select({
      assignment: communityAssignments,
      communityName: sql<string>`coalesce(${regions.name}, ${communityAssignments.communityCode})`,
      stationName: stations.name,
      regionCode: stations.regionCode,
      organisationId: stations.organisationId,
      workerName: socialWorkers.name,
    })
    .from(communityAssignments)
    .innerJoin(stations, eq(stations.id, communityAssignments.stationId))
    .innerJoin(socialWorkers, eq(socialWorkers.id, communityAssignments.workerId))
    .leftJoin(regions, eq(regions.code, communityAssignments.communityCode));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = ({ assignment, ...rest }: ViewRow): AssignmentView => ({ ...assignment, ...rest });
const stationScope = (scope: Scope) => scopeWhere(scope, { region: stations.regionCode, organisation: stations.organisationId });

export async function findAssignment(id: string): Promise<AssignmentView | null> {
  const [row] = await viewQuery().where(eq(communityAssignments.id, id));
  return row ? toView(row) : null;
}

export async function listAssignments(
  scope: Scope,
  query: AssignmentListQuery,
  day: string,
): Promise<{ items: AssignmentView[]; total: number }> {
  const conditions: SQL[] = [stationScope(scope)];
  if (query.stationId) conditions.push(eq(communityAssignments.stationId, query.stationId));
  if (query.workerId) conditions.push(eq(communityAssignments.workerId, query.workerId));
  if (query.communityCode) conditions.push(eq(communityAssignments.communityCode, query.communityCode));
  if (query.regionCode) conditions.push(regionWhere(communityAssignments.communityCode, query.regionCode));
  if (query.state) conditions.push(termState(communityAssignments, query.state, day));
  const where = and(...conditions);
  const rows = await viewQuery()
    .where(where)
    .orderBy(asc(communityAssignments.communityCode), desc(communityAssignments.startsOn), asc(communityAssignments.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await q()
    .select({ n: sql<number>`count(*)::int` })
    .from(communityAssignments)
    .innerJoin(stations, eq(stations.id, communityAssignments.stationId))
    .where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

/** Assignments current on `day` for these communities, visible in the scope (optionally of one station). */
export async function currentAssignments(
  communityCodes: string[],
  scope: Scope,
  day: string,
  stationId?: string,
): Promise<AssignmentView[]> {
  if (communityCodes.length === 0) return [];
  const conditions: SQL[] = [
    inArray(communityAssignments.communityCode, communityCodes),
    stationScope(scope),
    overlaps(communityAssignments, { startsOn: day, endsOn: day }),
  ];
  if (stationId) conditions.push(eq(communityAssignments.stationId, stationId));
  const rows = await viewQuery()
    .where(and(...conditions))
    .orderBy(asc(communityAssignments.communityCode), asc(communityAssignments.startsOn));
  return rows.map(toView);
}

/** The station's assignment of this community overlapping the term: one community, one worker per station. */
export async function overlappingAssignment(
  stationId: string,
  communityCode: string,
  term: { startsOn: string; endsOn?: string | null },
): Promise<AssignmentView | null> {
  const [row] = await viewQuery()
    .where(
      and(
        eq(communityAssignments.stationId, stationId),
        eq(communityAssignments.communityCode, communityCode),
        overlaps(communityAssignments, term),
      ),
    )
    .limit(1);
  return row ? toView(row) : null;
}

export async function insertAssignment(values: typeof communityAssignments.$inferInsert): Promise<void> {
  await q().insert(communityAssignments).values(values);
}

/** Ends an open assignment; false when someone else ended it first. */
export async function endAssignment(id: string, endsOn: string): Promise<boolean> {
  const rows = await q()
    .update(communityAssignments)
    .set({ endsOn })
    .where(and(eq(communityAssignments.id, id), isNull(communityAssignments.endsOn)))
    .returning({ id: communityAssignments.id });
  return rows.length === 1;
}
