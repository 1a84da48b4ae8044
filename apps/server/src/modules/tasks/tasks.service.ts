import type { SupervisionOverview, TodayTasks } from '@shegong/contracts';
import { plusDays } from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { getSettings } from '../../platform/settings.ts';
import { clientNameFor } from '../cases/case-present.ts';
import { maySignOff } from '../cases/cases.policy.ts';
import { lookupAlertsFor } from '../clients/identity-lookup.service.ts';
import { shareRequestsToAnswer } from '../share-requests/share-requests.service.ts';
import { today } from '../workers/worker-status.ts';
import {
  goalsOverdue,
  highRiskUnvisited,
  overdueByWorker,
  pendingSignOffs,
  referralsToAnswer,
  returnedToMe,
  reviewsDue,
} from './tasks.repository.ts';

type CaseRefRow = { caseId: string; caseNo: string; clientName: string; stage: string; riskLevel: string; workerName: string | null };

function caseRef(actor: Actor, row: CaseRefRow) {
  return {
    caseId: row.caseId,
    caseNo: row.caseNo,
    clientName: clientNameFor(actor, row.clientName),
    stage: row.stage as TodayTasks['reviews'][number]['stage'],
    riskLevel: row.riskLevel as TodayTasks['reviews'][number]['riskLevel'],
    workerName: row.workerName,
  };
}

/**
 * A worker's "today": reviews due or overdue, goals past their date, high-risk clients not
 * visited within their interval (a setting), referrals and requests to share a file to answer,
 * plans and closures returned.
 */
export async function todayTasks(actor: Actor): Promise<TodayTasks> {
  const day = today();
  const highDays = (await getSettings())['case.reviewIntervalDays'].high;
  const [reviews, goals, unvisited, referrals, returned, shareRequests] = await Promise.all([
    reviewsDue(actor, day),
    goalsOverdue(actor, day),
    highRiskUnvisited(actor, plusDays(day, -highDays)),
    actor.permissions.has('referral.respond') ? referralsToAnswer(actor) : Promise.resolve([]),
    returnedToMe(actor),
    shareRequestsToAnswer(actor),
  ]);
  return {
    today: day,
    reviews: reviews.map((r) => ({ ...caseRef(actor, r), nextReviewOn: r.nextReviewOn ?? day, isOverdue: (r.nextReviewOn ?? day) < day })),
    goals: goals.map((g) => ({ ...caseRef(actor, g), goalId: g.goalId, description: g.description, targetDate: g.targetDate })),
    unvisited: unvisited.map((u) => ({ ...caseRef(actor, u), lastVisitOn: u.lastVisitOn })),
    referrals: referrals.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    returned: returned.map((r) => ({ ...caseRef(actor, r), approvalComment: r.approvalComment })),
    shareRequests,
  };
}

/**
 * A supervisor's overview: sign-offs waiting for it (never its own cases), per worker what is
 * overdue, and its workers who went past the identity-lookup limit.
 */
export async function supervisionOverview(actor: Actor): Promise<SupervisionOverview> {
  const day = today();
  const [pending, workers, lookupAlerts] = await Promise.all([pendingSignOffs(actor), overdueByWorker(actor, day), lookupAlertsFor(actor)]);
  return {
    today: day,
    approvals: pending
      .filter((p) => maySignOff(actor, { ...p.case, workerUserId: p.workerUserId }))
      .map((p) => ({ ...caseRef(actor, p), kind: p.stage === 'plan' ? 'plan' : 'closure', requestedByName: p.requestedByName })),
    workers,
    lookupAlerts,
  };
}
