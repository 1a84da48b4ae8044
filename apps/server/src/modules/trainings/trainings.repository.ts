import type { TrainingListQuery } from '@shegong/contracts';
import { and, desc, eq, gte, ilike, type SQL, sql } from 'drizzle-orm';
import { regions, trainings } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { coveringWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { escapeLike } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';

export type TrainingRow = typeof trainings.$inferSelect;
export type TrainingInsert = typeof trainings.$inferInsert;
export interface TrainingView extends TrainingRow {
  regionName: string | null;
  enrolledCount: number;
  ownEnrolledCount: number | null;
}

/** The regions above a code, top down (province, city, …), not the code itself. */
function viewQuery(organisationId: string | null) {
  const enrolledCount = sql<number>`(select count(*)::int from training_enrolments te where te.training_id = "trainings"."id")`;
  const ownEnrolledCount = organisationId
    ? sql<number | null>`(select count(*)::int from training_enrolments te join social_workers sw on sw.id = te.worker_id
        where te.training_id = "trainings"."id" and sw.organisation_id = ${organisationId})`
    : sql<number | null>`null::int`;
  return q()
    .select({ training: trainings, regionName: regions.name, enrolledCount, ownEnrolledCount })
    .from(trainings)
    .leftJoin(regions, eq(regions.code, trainings.regionCode));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = ({ training, ...rest }: ViewRow): TrainingView => ({ ...training, ...rest });

export async function findTraining(id: string): Promise<TrainingRow | null> {
  const [row] = await q().select().from(trainings).where(eq(trainings.id, id));
  return row ?? null;
}

/** Locks the programme for the transaction, so places are counted and taken one at a time. */
export async function lockTraining(id: string): Promise<TrainingRow | null> {
  const [row] = await q().select().from(trainings).where(eq(trainings.id, id)).for('update');
  return row ?? null;
}

export async function viewTraining(id: string, organisationId: string | null): Promise<TrainingView | null> {
  const [row] = await viewQuery(organisationId).where(eq(trainings.id, id));
  return row ? toView(row) : null;
}

export async function listTrainings(
  actor: Actor,
  query: TrainingListQuery,
  today: string,
): Promise<{ items: TrainingView[]; total: number }> {
  const conditions: SQL[] = [coveringWhere(actor, trainings.regionCode)];
  if (query.q) conditions.push(ilike(trainings.title, `%${escapeLike(query.q)}%`));
  if (query.kind) conditions.push(eq(trainings.kind, query.kind));
  if (query.open === 'true') conditions.push(gte(trainings.endsOn, today));
  if (query.open === 'false') conditions.push(sql`${trainings.endsOn} < ${today}`);
  const where = and(...conditions);
  const rows = await viewQuery(actor.organisationId)
    .where(where)
    .orderBy(desc(trainings.startsOn), desc(trainings.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await q().select({ n: sql<number>`count(*)::int` }).from(trainings).where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

export async function insertTraining(values: TrainingInsert): Promise<void> {
  await q().insert(trainings).values(values);
}

export async function updateTraining(id: string, version: number, values: Partial<TrainingInsert>): Promise<boolean> {
  const rows = await q()
    .update(trainings)
    .set({ ...values, version: version + 1 })
    .where(and(eq(trainings.id, id), eq(trainings.version, version)))
    .returning({ id: trainings.id });
  return rows.length === 1;
}

export async function deleteTraining(id: string, version: number): Promise<boolean> {
  const rows = await q()
    .delete(trainings)
    .where(and(eq(trainings.id, id), eq(trainings.version, version)))
    .returning({ id: trainings.id });
  return rows.length === 1;
}
