import type { EnrolmentListQuery } from '@shegong/contracts';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { organisations, socialWorkers, trainingEnrolments, trainings } from '../../db/schema/index.ts';
import { type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { q } from '../../platform/db/tx.ts';

export type EnrolmentRow = typeof trainingEnrolments.$inferSelect;

/** An enrolment with its worker's place (its scope) and its training's essentials. */
export interface EnrolmentView extends EnrolmentRow {
  workerName: string;
  workerRegionCode: string;
  workerOrganisationId: string;
  organisationName: string | null;
  trainingTitle: string;
  trainingHours: string;
}

function viewQuery() {
  return q()
    .select({
      enrolment: trainingEnrolments,
      workerName: socialWorkers.name,
      workerRegionCode: socialWorkers.regionCode,
      workerOrganisationId: socialWorkers.organisationId,
      organisationName: organisations.name,
      trainingTitle: trainings.title,
      trainingHours: trainings.hours,
    })
    .from(trainingEnrolments)
    .innerJoin(socialWorkers, eq(socialWorkers.id, trainingEnrolments.workerId))
    .innerJoin(trainings, eq(trainings.id, trainingEnrolments.trainingId))
    .leftJoin(organisations, eq(organisations.id, socialWorkers.organisationId));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = ({ enrolment, ...rest }: ViewRow): EnrolmentView => ({ ...enrolment, ...rest });

export async function findEnrolment(id: string): Promise<EnrolmentView | null> {
  const [row] = await viewQuery().where(eq(trainingEnrolments.id, id));
  return row ? toView(row) : null;
}

export async function findEnrolmentOf(trainingId: string, workerId: string): Promise<EnrolmentRow | null> {
  const [row] = await q()
    .select()
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.trainingId, trainingId), eq(trainingEnrolments.workerId, workerId)));
  return row ?? null;
}

/** Enrolments of workers in the caller's scope: an organisation sees its own staff's only. */
export async function listEnrolments(scope: Scope, query: EnrolmentListQuery): Promise<{ items: EnrolmentView[]; total: number }> {
  const conditions: SQL[] = [scopeWhere(scope, { region: socialWorkers.regionCode, organisation: socialWorkers.organisationId })];
  if (query.trainingId) conditions.push(eq(trainingEnrolments.trainingId, query.trainingId));
  if (query.workerId) conditions.push(eq(trainingEnrolments.workerId, query.workerId));
  if (query.status) conditions.push(eq(trainingEnrolments.status, query.status));
  const where = and(...conditions);
  const rows = await viewQuery().where(where).orderBy(desc(trainingEnrolments.id)).limit(query.pageSize).offset(offsetOf(query));
  const [count] = await q()
    .select({ n: sql<number>`count(*)::int` })
    .from(trainingEnrolments)
    .innerJoin(socialWorkers, eq(socialWorkers.id, trainingEnrolments.workerId))
    .where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

/** A programme's roster, for the bureau that runs it. */
export async function rosterOf(trainingId: string, page: { page: number; pageSize: number }) {
  const where = eq(trainingEnrolments.trainingId, trainingId);
  const rows = await viewQuery()
    .where(where)
    .orderBy(asc(socialWorkers.namePinyin), asc(trainingEnrolments.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const [count] = await q().select({ n: sql<number>`count(*)::int` }).from(trainingEnrolments).where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

export async function countEnrolments(trainingId: string): Promise<number> {
  const [row] = await q()
    .select({ n: sql<number>`count(*)::int` })
    .from(trainingEnrolments)
    .where(eq(trainingEnrolments.trainingId, trainingId));
  return row?.n ?? 0;
}

export async function insertEnrolment(values: typeof trainingEnrolments.$inferInsert): Promise<void> {
  await q().insert(trainingEnrolments).values(values);
}

export async function setAttendance(id: string, status: string, attendedHours: string | null): Promise<void> {
  await q().update(trainingEnrolments).set({ status, attendedHours }).where(eq(trainingEnrolments.id, id));
}

export async function deleteEnrolment(id: string): Promise<void> {
  await q().delete(trainingEnrolments).where(eq(trainingEnrolments.id, id));
}
