import type { ActivityListQuery } from '@shegong/contracts';
import { and, asc, desc, eq, gte, ilike, like, lte, type SQL, sql } from 'drizzle-orm';
import { activities, activityParticipants, files, stations } from '../../db/schema/index.ts';
import { type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { escapeLike } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';

export type ActivityRow = typeof activities.$inferSelect;
export type ActivityInsert = typeof activities.$inferInsert;
export type ActivityView = ActivityRow & { stationName: string; participantCount: number };

const participantCount = sql<number>`(select count(*)::int from activity_participants p where p.activity_id = "activities"."id")`;

function viewQuery() {
  return q()
    .select({ activity: activities, stationName: stations.name, participantCount })
    .from(activities)
    .leftJoin(stations, eq(stations.id, activities.stationId));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = (r: ViewRow): ActivityView => ({ ...r.activity, stationName: r.stationName ?? '', participantCount: r.participantCount });

export async function findActivity(id: string): Promise<ActivityRow | null> {
  const [row] = await q().select().from(activities).where(eq(activities.id, id));
  return row ?? null;
}

export async function viewActivity(id: string): Promise<ActivityView | null> {
  const [row] = await viewQuery().where(eq(activities.id, id));
  return row ? toView(row) : null;
}

export async function listActivities(scope: Scope, query: ActivityListQuery): Promise<{ items: ActivityView[]; total: number }> {
  const where = and(
    scopeWhere(scope, { region: activities.regionCode, organisation: activities.organisationId }),
    query.stationId ? eq(activities.stationId, query.stationId) : undefined,
    query.from ? gte(activities.heldOn, query.from) : undefined,
    query.to ? lte(activities.heldOn, query.to) : undefined,
    query.q ? ilike(activities.theme, `%${escapeLike(query.q)}%`) : undefined,
  ) as SQL;
  const rows = await viewQuery()
    .where(where)
    .orderBy(desc(activities.heldOn), asc(activities.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await q().select({ n: sql<number>`count(*)::int` }).from(activities).where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

export async function insertActivity(values: ActivityInsert): Promise<void> {
  await q().insert(activities).values(values);
}

export async function updateActivity(id: string, version: number, values: Partial<ActivityInsert>): Promise<boolean> {
  const rows = await q()
    .update(activities)
    .set({ ...values, version: version + 1 })
    .where(and(eq(activities.id, id), eq(activities.version, version)))
    .returning({ id: activities.id });
  return rows.length === 1;
}

export async function participantsOf(activityId: string): Promise<string[]> {
  const rows = await q().select().from(activityParticipants).where(eq(activityParticipants.activityId, activityId));
  return rows.map((r) => r.clientId);
}

export async function replaceParticipants(activityId: string, clientIds: readonly string[]): Promise<void> {
  await q().delete(activityParticipants).where(eq(activityParticipants.activityId, activityId));
  if (clientIds.length > 0)
    await q()
      .insert(activityParticipants)
      .values(clientIds.map((clientId) => ({ activityId, clientId })));
}

/** Removes the activity, its participants and its photos (the version must match). */
export async function deleteActivity(id: string, version: number): Promise<boolean> {
  const [row] = await q()
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.id, id), eq(activities.version, version)))
    .for('update');
  if (!row) return false;
  await q().delete(activityParticipants).where(eq(activityParticipants.activityId, id));
  await q()
    .delete(files)
    .where(and(eq(files.ownerType, 'activity'), eq(files.ownerId, id)));
  await q().delete(activities).where(eq(activities.id, id));
  return true;
}

/** Images uploaded for the activity (files with owner "activity"), without their content. */
export async function photosOf(activityId: string) {
  return q()
    .select({ id: files.id, name: files.name, mimeType: files.mimeType })
    .from(files)
    .where(and(eq(files.ownerType, 'activity'), eq(files.ownerId, activityId), like(files.mimeType, 'image/%')))
    .orderBy(asc(files.createdAt), asc(files.id));
}
