import type { CaseListQuery } from '@shegong/contracts';
import { and, desc, eq, ilike, like, lt, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { caseEvents, caseGoals, cases, clients, referrals, socialWorkers, stations } from '../../db/schema/index.ts';
import { type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { escapeLike, nameSearch } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';

export type CaseRow = typeof cases.$inferSelect;
export type CaseInsert = typeof cases.$inferInsert;

/** A case with what its policy needs: the worker's sign-in account (the worker never signs off its own case). */
export interface CaseRecord extends CaseRow {
  workerUserId: string | null;
}
export interface CaseView extends CaseRecord {
  clientName: string;
  stationName: string;
  workerName: string | null;
}

export const CLOSED_STAGES = ['closed', 'declined'];

function viewQuery() {
  return q()
    .select({
      case: cases,
      workerUserId: socialWorkers.userId,
      clientName: clients.name,
      stationName: stations.name,
      workerName: socialWorkers.name,
    })
    .from(cases)
    .innerJoin(clients, eq(clients.id, cases.clientId))
    .innerJoin(stations, eq(stations.id, cases.stationId))
    .leftJoin(socialWorkers, eq(socialWorkers.id, cases.workerId));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = ({ case: row, ...rest }: ViewRow): CaseView => ({ ...row, ...rest });

export async function findCase(id: string): Promise<CaseRecord | null> {
  const [row] = await q()
    .select({ case: cases, workerUserId: socialWorkers.userId })
    .from(cases)
    .leftJoin(socialWorkers, eq(socialWorkers.id, cases.workerId))
    .where(eq(cases.id, id));
  return row ? { ...row.case, workerUserId: row.workerUserId } : null;
}

export async function viewCase(id: string): Promise<CaseView | null> {
  const [row] = await viewQuery().where(eq(cases.id, id));
  return row ? toView(row) : null;
}

/** Open cases whose review date has passed. */
export function reviewOverdue(today: string): SQL {
  return and(lt(cases.nextReviewOn, today), notInArray(cases.stage, CLOSED_STAGES)) as SQL;
}

export async function listCases(scope: Scope, query: CaseListQuery, today: string): Promise<{ items: CaseView[]; total: number }> {
  const conditions: SQL[] = [scopeWhere(scope, { region: cases.regionCode, organisation: cases.organisationId })];
  if (query.q) {
    const text = query.q.trim();
    const byName = nameSearch(text, { name: clients.name, pinyin: clients.namePinyin, initials: clients.nameInitials });
    conditions.push(or(byName, ilike(cases.caseNo, `%${escapeLike(text)}%`)) as SQL);
  }
  if (query.stage) conditions.push(eq(cases.stage, query.stage));
  if (query.approval) conditions.push(eq(cases.approval, query.approval));
  if (query.workerId) conditions.push(eq(cases.workerId, query.workerId));
  if (query.stationId) conditions.push(eq(cases.stationId, query.stationId));
  if (query.clientId) conditions.push(eq(cases.clientId, query.clientId));
  if (query.riskLevel) conditions.push(eq(cases.riskLevel, query.riskLevel));
  if (query.overdue === true) conditions.push(reviewOverdue(today));
  if (query.overdue === false) conditions.push(sql`not coalesce(${reviewOverdue(today)}, false)`);
  const where = and(...conditions);
  const rows = await viewQuery().where(where).orderBy(desc(cases.id)).limit(query.pageSize).offset(offsetOf(query));
  const [count] = await q()
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .innerJoin(clients, eq(clients.id, cases.clientId))
    .where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

export async function insertCase(values: CaseInsert): Promise<void> {
  await q().insert(cases).values(values);
}

/** Applies only to the version the caller read; false when someone changed it since. */
export async function updateCase(id: string, version: number, values: Partial<CaseInsert>): Promise<boolean> {
  const rows = await q()
    .update(cases)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning({ id: cases.id });
  return rows.length === 1;
}

export type CaseEventInsert = typeof caseEvents.$inferInsert;

export async function insertCaseEvent(values: CaseEventInsert): Promise<void> {
  await q().insert(caseEvents).values(values);
}

export async function listCaseEvents(caseId: string) {
  return q().select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(caseEvents.at, caseEvents.id);
}

export type GoalRow = typeof caseGoals.$inferSelect;

export async function listGoals(caseId: string): Promise<GoalRow[]> {
  return q().select().from(caseGoals).where(eq(caseGoals.caseId, caseId)).orderBy(caseGoals.sortOrder);
}

/** A submitted plan replaces the goals of the one before (a returned plan is corrected, not appended to). */
export async function replaceGoals(caseId: string, goals: (typeof caseGoals.$inferInsert)[]): Promise<void> {
  await q().delete(caseGoals).where(eq(caseGoals.caseId, caseId));
  if (goals.length > 0) await q().insert(caseGoals).values(goals);
}

export async function setGoalStatuses(caseId: string, outcomes: { goalId: string; status: string }[]): Promise<void> {
  for (const o of outcomes) {
    await q()
      .update(caseGoals)
      .set({ status: o.status })
      .where(and(eq(caseGoals.caseId, caseId), eq(caseGoals.id, o.goalId)));
  }
}

/**
 * Locks the case row for the rest of the transaction, so note writes of one case (and the
 * ledger rewrites they cause) queue. "No key update" does not wait for the key-share locks
 * that inserting a note takes through its foreign key.
 */
export async function lockCase(id: string): Promise<void> {
  await q().execute(sql`select 1 from cases where id = ${id} for no key update`);
}

/** Moves the review date to `date` unless it is already later (greatest() skips a null). */
export async function pushNextReview(id: string, date: string): Promise<void> {
  await q()
    .update(cases)
    .set({ nextReviewOn: sql`greatest(${cases.nextReviewOn}, ${date}::date)` })
    .where(eq(cases.id, id));
}

// Any constant: with the organisation and year, names the lock serialising case numbers.
const CASE_NO_LOCK = 72026201;

/** The next sequence of the organisation's year; the lock makes concurrent intakes queue, the unique index is the backstop. */
export async function nextCaseSequence(organisationId: string, year: number): Promise<number> {
  await q().execute(sql`select pg_advisory_xact_lock(${CASE_NO_LOCK}, hashtext(${`${organisationId}:${year}`}))`);
  const [row] = await q()
    .select({ last: sql<number | null>`max(right(${cases.caseNo}, 6)::int)` })
    .from(cases)
    .where(and(eq(cases.organisationId, organisationId), like(cases.caseNo, `%-${year}-%`)));
  return (row?.last ?? 0) + 1;
}

/** Whether a referral of the case was accepted (the case then closes as referred). */
export async function hasAcceptedReferral(caseId: string): Promise<boolean> {
  const [row] = await q()
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.caseId, caseId), eq(referrals.status, 'accepted')))
    .limit(1);
  return row !== undefined;
}
