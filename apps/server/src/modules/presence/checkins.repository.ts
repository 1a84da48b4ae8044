import type { CheckinListQuery } from '@shegong/contracts';
import { and, asc, desc, eq, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { presenceCheckins, regions, socialWorkers } from '../../db/schema/index.ts';
import { type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { q } from '../../platform/db/tx.ts';

export type CheckinRow = typeof presenceCheckins.$inferSelect;

/** A check-in sits in its community, with the worker's organisation. */
export interface CheckinView extends CheckinRow {
  workerName: string;
  /** The login account of the worker who checked in: only it may record the departure. */
  workerUserId: string | null;
  communityName: string;
}

function viewQuery() {
  return q()
    .select({
      checkin: presenceCheckins,
      workerName: socialWorkers.name,
      workerUserId: socialWorkers.userId,
      communityName: sql<string>`coalesce(${regions.name}, ${presenceCheckins.communityCode})`,
    })
    .from(presenceCheckins)
    .innerJoin(socialWorkers, eq(socialWorkers.id, presenceCheckins.workerId))
    .leftJoin(regions, eq(regions.code, presenceCheckins.communityCode));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = ({ checkin, ...rest }: ViewRow): CheckinView => ({ ...checkin, ...rest });

export async function findCheckin(id: string): Promise<CheckinView | null> {
  const [row] = await viewQuery().where(eq(presenceCheckins.id, id));
  return row ? toView(row) : null;
}

export async function listCheckins(scope: Scope, query: CheckinListQuery): Promise<{ items: CheckinView[]; total: number }> {
  const conditions: SQL[] = [scopeWhere(scope, { region: presenceCheckins.communityCode, organisation: presenceCheckins.organisationId })];
  if (query.from) conditions.push(gte(presenceCheckins.day, query.from));
  if (query.to) conditions.push(lte(presenceCheckins.day, query.to));
  if (query.communityCode) conditions.push(eq(presenceCheckins.communityCode, query.communityCode));
  if (query.workerId) conditions.push(eq(presenceCheckins.workerId, query.workerId));
  if (query.stationId) conditions.push(eq(presenceCheckins.stationId, query.stationId));
  const where = and(...conditions);
  const rows = await viewQuery()
    .where(where)
    .orderBy(desc(presenceCheckins.day), desc(presenceCheckins.arrivedAt), asc(presenceCheckins.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await q().select({ n: sql<number>`count(*)::int` }).from(presenceCheckins).where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

/** The worker's check-ins between two dates (its own week on the phone page). */
export async function checkinsOfWorker(workerId: string, from: string, to: string): Promise<CheckinView[]> {
  const rows = await viewQuery()
    .where(and(eq(presenceCheckins.workerId, workerId), gte(presenceCheckins.day, from), lte(presenceCheckins.day, to)))
    .orderBy(asc(presenceCheckins.day), asc(presenceCheckins.communityCode));
  return rows.map(toView);
}

/** Inserts the day's arrival unless one exists: the unique (worker, community, day) key makes a second tap a no-op. */
export async function insertCheckinOnce(values: typeof presenceCheckins.$inferInsert): Promise<boolean> {
  const rows = await q().insert(presenceCheckins).values(values).onConflictDoNothing().returning({ id: presenceCheckins.id });
  return rows.length === 1;
}

export async function findCheckinOf(workerId: string, communityCode: string, day: string): Promise<CheckinView | null> {
  const [row] = await viewQuery().where(
    and(eq(presenceCheckins.workerId, workerId), eq(presenceCheckins.communityCode, communityCode), eq(presenceCheckins.day, day)),
  );
  return row ? toView(row) : null;
}

/** Records the departure once; false when it was already recorded (another tap got there first). */
export async function markLeft(id: string, time: string): Promise<boolean> {
  const rows = await q()
    .update(presenceCheckins)
    .set({ leftAt: time })
    .where(and(eq(presenceCheckins.id, id), isNull(presenceCheckins.leftAt)))
    .returning({ id: presenceCheckins.id });
  return rows.length === 1;
}
