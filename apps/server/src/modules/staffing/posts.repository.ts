import type { PostListQuery } from '@shegong/contracts';
import { and, asc, desc, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import { socialWorkers, stationPosts, stations } from '../../db/schema/index.ts';
import { type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { q } from '../../platform/db/tx.ts';
import { overlaps, termState } from './staffing-rules.ts';

export type PostRow = typeof stationPosts.$inferSelect;

/** A post with its station (which gives it its place: region and organisation) and worker's name. */
export interface PostView extends PostRow {
  stationName: string;
  stationTier: string;
  regionCode: string;
  organisationId: string;
  workerName: string;
}

function viewQuery() {
  return q()
    .select({
      post: stationPosts,
      stationName: stations.name,
      stationTier: stations.tier,
      regionCode: stations.regionCode,
      organisationId: stations.organisationId,
      workerName: socialWorkers.name,
    })
    .from(stationPosts)
    .innerJoin(stations, eq(stations.id, stationPosts.stationId))
    .innerJoin(socialWorkers, eq(socialWorkers.id, stationPosts.workerId));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = ({ post, ...rest }: ViewRow): PostView => ({ ...post, ...rest });

export async function findPost(id: string): Promise<PostView | null> {
  const [row] = await viewQuery().where(eq(stationPosts.id, id));
  return row ? toView(row) : null;
}

/** Every post of the given stations, current and past, newest first. */
export async function postsOfStations(stationIds: string[]): Promise<PostView[]> {
  if (stationIds.length === 0) return [];
  const rows = await viewQuery()
    .where(inArray(stationPosts.stationId, stationIds))
    .orderBy(desc(stationPosts.startsOn), desc(stationPosts.id));
  return rows.map(toView);
}

export async function listPosts(scope: Scope, query: PostListQuery, day: string): Promise<{ items: PostView[]; total: number }> {
  const conditions: SQL[] = [scopeWhere(scope, { region: stations.regionCode, organisation: stations.organisationId })];
  if (query.stationId) conditions.push(eq(stationPosts.stationId, query.stationId));
  if (query.workerId) conditions.push(eq(stationPosts.workerId, query.workerId));
  if (query.post) conditions.push(eq(stationPosts.post, query.post));
  if (query.state) conditions.push(termState(stationPosts, query.state, day));
  const where = and(...conditions);
  const rows = await viewQuery()
    .where(where)
    .orderBy(desc(stationPosts.startsOn), asc(stationPosts.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await q()
    .select({ n: sql<number>`count(*)::int` })
    .from(stationPosts)
    .innerJoin(stations, eq(stations.id, stationPosts.stationId))
    .where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

/** A post at the station overlapping the term held by this worker, or of this kind (the one head). */
export async function overlappingPost(
  stationId: string,
  match: { workerId: string } | { post: string },
  term: { startsOn: string; endsOn?: string | null },
): Promise<PostView | null> {
  const who = 'workerId' in match ? eq(stationPosts.workerId, match.workerId) : eq(stationPosts.post, match.post);
  const [row] = await viewQuery()
    .where(and(eq(stationPosts.stationId, stationId), who, overlaps(stationPosts, term)))
    .limit(1);
  return row ? toView(row) : null;
}

export async function insertPost(values: typeof stationPosts.$inferInsert): Promise<void> {
  await q().insert(stationPosts).values(values);
}

/** Ends an open post; false when someone else ended it first (the open state is what the client saw). */
export async function endPost(id: string, endsOn: string): Promise<boolean> {
  const rows = await q()
    .update(stationPosts)
    .set({ endsOn })
    .where(and(eq(stationPosts.id, id), isNull(stationPosts.endsOn)))
    .returning({ id: stationPosts.id });
  return rows.length === 1;
}

/** Service points under a station, in the caller's scope. */
export async function childStations(parentId: string, scope: Scope) {
  return q()
    .select({ id: stations.id, name: stations.name, regionCode: stations.regionCode })
    .from(stations)
    .where(
      and(
        eq(stations.parentId, parentId),
        ne(stations.status, 'closed'),
        scopeWhere(scope, { region: stations.regionCode, organisation: stations.organisationId }),
      ),
    )
    .orderBy(asc(stations.regionCode), asc(stations.name));
}
