import { and, asc, eq, inArray, isNull, lt, lte, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { caseGoals, caseNotes, cases, clients, organisations, referrals, socialWorkers, stations, users } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { scopeOf, scopeWhere } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';
import { CLOSED_STAGES } from '../cases/cases.repository.ts';
import { sentTo } from '../referrals/referrals.repository.ts';

/** Open cases in the actor's scope. */
function openInScope(actor: Actor): SQL {
  return and(
    scopeWhere(scopeOf(actor), { region: cases.regionCode, organisation: cases.organisationId }),
    notInArray(cases.stage, CLOSED_STAGES),
  ) as SQL;
}

/** The actor's caseload: cases whose worker is the actor, or that it took on without naming a worker. */
function mine(actor: Actor): SQL {
  return and(
    openInScope(actor),
    or(
      sql`${cases.workerId} in (select id from social_workers where user_id = ${actor.userId})`,
      and(isNull(cases.workerId), eq(cases.createdBy, actor.userId)),
    ),
  ) as SQL;
}

/** The cases a supervisor looks after: naming it, or naming nobody in its organisation. */
function supervised(actor: Actor): SQL {
  const own = actor.organisationId ? and(isNull(cases.supervisorUserId), eq(cases.organisationId, actor.organisationId)) : sql`false`;
  return and(openInScope(actor), or(eq(cases.supervisorUserId, actor.userId), own)) as SQL;
}

const caseColumns = {
  caseId: cases.id,
  caseNo: cases.caseNo,
  clientName: clients.name,
  stage: cases.stage,
  riskLevel: cases.riskLevel,
  workerName: socialWorkers.name,
};

function caseQuery<T extends SelectedFields>(extra: T) {
  return q()
    .select({ ...caseColumns, ...extra })
    .from(cases)
    .innerJoin(clients, eq(clients.id, cases.clientId))
    .leftJoin(socialWorkers, eq(socialWorkers.id, cases.workerId));
}

export function reviewsDue(actor: Actor, day: string) {
  return caseQuery({ nextReviewOn: cases.nextReviewOn })
    .where(and(mine(actor), lte(cases.nextReviewOn, day)))
    .orderBy(asc(cases.nextReviewOn));
}

export function goalsOverdue(actor: Actor, day: string) {
  return caseQuery({ goalId: caseGoals.id, description: caseGoals.description, targetDate: caseGoals.targetDate })
    .innerJoin(caseGoals, eq(caseGoals.caseId, cases.id))
    .where(and(mine(actor), eq(caseGoals.status, 'open'), lt(caseGoals.targetDate, day)))
    .orderBy(asc(caseGoals.targetDate));
}

/** High-risk cases in intervention or evaluation with no visit since `since`. */
export function highRiskUnvisited(actor: Actor, since: string) {
  const lastVisit = sql<
    string | null
  >`(select max(n.occurred_on)::text from case_notes n where n.case_id = ${cases.id} and n.kind = 'visit')`;
  return caseQuery({ lastVisitOn: lastVisit })
    .where(
      and(
        mine(actor),
        eq(cases.riskLevel, 'high'),
        inArray(cases.stage, ['intervention', 'evaluation']),
        sql`not exists (select 1 from ${caseNotes} n where n.case_id = ${cases.id} and n.kind = 'visit' and n.occurred_on >= ${since}::date)`,
      ),
    )
    .orderBy(asc(cases.id));
}

export function returnedToMe(actor: Actor) {
  return caseQuery({ approvalComment: cases.approvalComment })
    .where(and(mine(actor), eq(cases.approval, 'returned')))
    .orderBy(asc(cases.updatedAt));
}

/** Pending referrals to the actor's side (the receiving organisation and area). */
export function referralsToAnswer(actor: Actor) {
  return q()
    .select({
      referralId: referrals.id,
      fromOrganisationName: organisations.name,
      toStationName: stations.name,
      reason: referrals.reason,
      createdAt: referrals.createdAt,
    })
    .from(referrals)
    .innerJoin(stations, eq(stations.id, referrals.toStationId))
    .innerJoin(organisations, eq(organisations.id, referrals.fromOrganisationId))
    .where(and(sentTo(scopeOf(actor)), eq(referrals.status, 'pending')))
    .orderBy(asc(referrals.id));
}

/** Pending sign-offs among the supervised cases, with what the policy's own-work rule needs. */
export function pendingSignOffs(actor: Actor) {
  return caseQuery({ case: cases, workerUserId: socialWorkers.userId, requestedByName: users.displayName })
    .leftJoin(users, eq(users.id, cases.approvalRequestedBy))
    .where(and(supervised(actor), eq(cases.approval, 'pending')))
    .orderBy(asc(cases.updatedAt));
}

/** Per worker of the supervised cases: open cases, overdue reviews, open goals past their date. */
export function overdueByWorker(actor: Actor, day: string) {
  const overdueGoals = sql<number>`coalesce(sum((select count(*) from case_goals g
    where g.case_id = ${cases.id} and g.status = 'open' and g.target_date < ${day}::date)), 0)::int`;
  return q()
    .select({
      workerId: cases.workerId,
      workerName: socialWorkers.name,
      openCases: sql<number>`count(*)::int`,
      overdueReviews: sql<number>`count(*) filter (where ${cases.nextReviewOn} < ${day}::date)::int`,
      overdueGoals,
    })
    .from(cases)
    .leftJoin(socialWorkers, eq(socialWorkers.id, cases.workerId))
    .where(supervised(actor))
    .groupBy(cases.workerId, socialWorkers.name)
    .orderBy(asc(socialWorkers.name));
}
