import type { GroupListQuery } from '@shegong/contracts';
import { and, asc, desc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import { groupMembers, groups, socialWorkers, stations } from '../../db/schema/index.ts';
import { type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { escapeLike } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';

export type GroupRow = typeof groups.$inferSelect;
export type GroupInsert = typeof groups.$inferInsert;

const memberCount = sql<number>`(select count(*)::int from group_members m where m.group_id = "groups"."id" and m.left_on is null)`;
const sessionsHeld = sql<number>`(select count(*)::int from group_sessions s where s.group_id = "groups"."id")`;

function viewQuery() {
  return q()
    .select({ group: groups, stationName: stations.name, facilitatorName: socialWorkers.name, memberCount, sessionsHeld })
    .from(groups)
    .leftJoin(stations, eq(stations.id, groups.stationId))
    .leftJoin(socialWorkers, eq(socialWorkers.id, groups.facilitatorWorkerId));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
export type GroupView = GroupRow & { stationName: string; facilitatorName: string | null; memberCount: number; sessionsHeld: number };
const toView = (r: ViewRow): GroupView => ({
  ...r.group,
  stationName: r.stationName ?? '',
  facilitatorName: r.facilitatorName,
  memberCount: r.memberCount,
  sessionsHeld: r.sessionsHeld,
});

export async function findGroup(id: string): Promise<GroupRow | null> {
  const [row] = await q().select().from(groups).where(eq(groups.id, id));
  return row ?? null;
}

/** The group row locked for the rest of the transaction: session numbers and phase changes of one group never interleave. */
export async function lockGroup(id: string): Promise<GroupRow | null> {
  const [row] = await q().select().from(groups).where(eq(groups.id, id)).for('update');
  return row ?? null;
}

export async function viewGroup(id: string): Promise<GroupView | null> {
  const [row] = await viewQuery().where(eq(groups.id, id));
  return row ? toView(row) : null;
}

export async function listGroups(scope: Scope, query: GroupListQuery): Promise<{ items: GroupView[]; total: number }> {
  const where = and(
    scopeWhere(scope, { region: groups.regionCode, organisation: groups.organisationId }),
    query.stationId ? eq(groups.stationId, query.stationId) : undefined,
    query.phase ? eq(groups.phase, query.phase) : undefined,
    query.q ? ilike(groups.name, `%${escapeLike(query.q)}%`) : undefined,
  ) as SQL;
  const rows = await viewQuery().where(where).orderBy(desc(groups.createdAt), asc(groups.id)).limit(query.pageSize).offset(offsetOf(query));
  const [count] = await q().select({ n: sql<number>`count(*)::int` }).from(groups).where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

export async function insertGroup(values: GroupInsert): Promise<void> {
  await q().insert(groups).values(values);
}

export async function updateGroup(id: string, version: number, values: Partial<GroupInsert>): Promise<boolean> {
  const rows = await q()
    .update(groups)
    .set({ ...values, version: version + 1 })
    .where(and(eq(groups.id, id), eq(groups.version, version)))
    .returning({ id: groups.id });
  return rows.length === 1;
}

export type MemberRow = typeof groupMembers.$inferSelect;

export async function membersOf(groupId: string): Promise<MemberRow[]> {
  return q()
    .select()
    .from(groupMembers)
    .where(eq(groupMembers.groupId, groupId))
    .orderBy(asc(groupMembers.joinedOn), asc(groupMembers.clientId));
}

/** Joining again after leaving keeps the first joining date and clears the leaving date. */
export async function addMembers(groupId: string, clientIds: readonly string[], joinedOn: string): Promise<void> {
  if (clientIds.length === 0) return;
  await q()
    .insert(groupMembers)
    .values(clientIds.map((clientId) => ({ groupId, clientId, joinedOn })))
    .onConflictDoUpdate({ target: [groupMembers.groupId, groupMembers.clientId], set: { leftOn: null } });
}

export async function markLeft(groupId: string, clientId: string, leftOn: string): Promise<boolean> {
  const rows = await q()
    .update(groupMembers)
    .set({ leftOn })
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.clientId, clientId)))
    .returning({ clientId: groupMembers.clientId });
  return rows.length === 1;
}
