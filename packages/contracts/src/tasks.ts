import { CASE_RISK_LEVELS, CASE_STAGES } from '@shegong/core';
import { z } from 'zod';
import { IdentityLookupAlert, ShareRequestTask } from './share-requests.ts';

/** Computed follow-ups (no table): a worker's "today" page and a supervisor's overview. */
const CaseRef = z.object({
  caseId: z.string(),
  caseNo: z.string(),
  clientName: z.string(),
  stage: z.enum(CASE_STAGES),
  riskLevel: z.enum(CASE_RISK_LEVELS),
  workerName: z.string().nullable(),
});

export const TodayTasks = z.object({
  today: z.string(),
  /** Review date today or past (overdue when past). */
  reviews: z.array(CaseRef.extend({ nextReviewOn: z.string(), isOverdue: z.boolean() })),
  /** Goals past their target date and still open. */
  goals: z.array(CaseRef.extend({ goalId: z.string(), description: z.string(), targetDate: z.string() })),
  /** High-risk cases with no visit within the high-risk review interval. */
  unvisited: z.array(CaseRef.extend({ lastVisitOn: z.string().nullable() })),
  /** Referrals waiting for the caller's organisation to accept or reject. */
  referrals: z.array(
    z.object({
      referralId: z.string(),
      fromOrganisationName: z.string(),
      toStationName: z.string(),
      reason: z.string(),
      createdAt: z.string(),
    }),
  ),
  /** Plans and closures the supervisor returned. */
  returned: z.array(CaseRef.extend({ approvalComment: z.string().nullable() })),
  /** Requests to share a file the caller's side holds, waiting for an answer. */
  shareRequests: z.array(ShareRequestTask),
});
export type TodayTasks = z.infer<typeof TodayTasks>;

export const SupervisionOverview = z.object({
  today: z.string(),
  /** Sign-offs waiting for the caller (never its own cases). */
  approvals: z.array(CaseRef.extend({ kind: z.enum(['plan', 'closure']), requestedByName: z.string().nullable() })),
  /** Per worker: open cases, overdue reviews and overdue goals. */
  workers: z.array(
    z.object({
      workerId: z.string().nullable(),
      workerName: z.string().nullable(),
      openCases: z.int(),
      overdueReviews: z.int(),
      overdueGoals: z.int(),
    }),
  ),
  /** Workers past the identity-lookup limit (too many ID numbers found held elsewhere), until acknowledged. */
  lookupAlerts: z.array(IdentityLookupAlert),
});
export type SupervisionOverview = z.infer<typeof SupervisionOverview>;
