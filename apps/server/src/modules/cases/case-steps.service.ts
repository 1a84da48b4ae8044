import type {
  AssessmentSubmit,
  CaseDecision,
  CaseDetail,
  CaseReasonBody,
  ClosureRequest,
  EvaluationSubmit,
  PlanSubmit,
} from '@shegong/contracts';
import {
  type CaseAction,
  type CaseApproval,
  type CaseStage,
  type CaseState,
  caseActionNeedsComment,
  type Locale,
  type MessageKey,
  nextCaseState,
  translate,
  uuidv7,
} from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { AppError, FieldErrors, fieldError, versionConflict } from '../../platform/http/errors.ts';
import { today } from '../workers/worker-status.ts';
import { presentCaseDetail } from './case-present.ts';
import {
  type CaseInsert,
  type CaseRecord,
  hasAcceptedReferral,
  insertCaseEvent,
  listGoals,
  replaceGoals,
  setGoalStatuses,
  updateCase,
} from './cases.repository.ts';

function invalidTransition(stage: string, locale: Locale): AppError {
  return new AppError(409, 'invalid_state', 'case.invalid_transition', { stage: translate(locale, `case.stage.${stage}` as MessageKey) });
}

/**
 * The state the action leads to, or 409 from the wrong stage. Who may sign off is the case
 * policy's rule (`maySignOff`), which the guard applied before this runs; the workflow's own
 * check uses the same `isOwnCaseWork`, so a disagreement is a defect, not a user error.
 */
function planStep(actor: Actor, record: CaseRecord, action: CaseAction, locale: Locale): CaseState {
  const state = { stage: record.stage as CaseStage, approval: record.approval as CaseApproval, requestedBy: record.approvalRequestedBy };
  const step = nextCaseState(state, action, actor.userId, { createdBy: record.createdBy, workerUserId: record.workerUserId });
  if (!step.ok && step.problem === 'own') throw new Error('the case policy allowed a sign-off the workflow refuses');
  if (!step.ok) throw invalidTransition(record.stage, locale);
  return step.state;
}

interface Applied {
  version: number;
  values?: Partial<CaseInsert>;
  comment?: string | null;
  details?: Record<string, unknown>;
}

/** Writes the new stage (on the version read), the case event and the audit row together. */
async function applyStep(actor: Actor, record: CaseRecord, action: CaseAction, next: CaseState, applied: Applied) {
  const comment = applied.comment?.trim() || null;
  const values = { ...applied.values, stage: next.stage, approval: next.approval, approvalRequestedBy: next.requestedBy };
  if (!(await updateCase(record.id, applied.version, values))) throw versionConflict();
  await insertCaseEvent({
    id: uuidv7(),
    caseId: record.id,
    action,
    fromStage: record.stage,
    toStage: next.stage,
    comment,
    actorUserId: actor.userId,
    actorName: actor.displayName,
  });
  await audit({
    action: `case.${action}`,
    objectType: 'case',
    objectId: record.id,
    details: { from: `${record.stage}/${record.approval}`, to: `${next.stage}/${next.approval}`, ...applied.details },
  });
  return presentCaseDetail(record.id, actor);
}

type Ctx = { actor: Actor; record: CaseRecord; locale: Locale };

export async function assessCase({ actor, record, locale }: Ctx, body: AssessmentSubmit): Promise<CaseDetail> {
  const next = planStep(actor, record, 'assess', locale);
  const riskLevel = body.assessment.riskLevel ?? record.riskLevel;
  return applyStep(actor, record, 'assess', next, { version: body.version, values: { assessment: body.assessment, riskLevel } });
}

export async function submitPlan({ actor, record, locale }: Ctx, body: PlanSubmit): Promise<CaseDetail> {
  const next = planStep(actor, record, 'submit_plan', locale);
  const problems = new FieldErrors();
  body.goals.forEach((g, i) => {
    if (g.targetDate < record.intakeOn) problems.add(`goals.${i}.targetDate`, 'field.case_review_before_intake');
  });
  if (body.nextReviewOn < record.intakeOn) problems.add('nextReviewOn', 'field.case_review_before_intake');
  problems.throwIfAny();
  await replaceGoals(
    record.id,
    body.goals.map((g, i) => ({ id: uuidv7(), caseId: record.id, description: g.description, targetDate: g.targetDate, sortOrder: i })),
  );
  const values = { nextReviewOn: body.nextReviewOn, approvalComment: null };
  return applyStep(actor, record, 'submit_plan', next, { version: body.version, values, details: { goals: body.goals.length } });
}

/** A supervisor's sign-off of the plan (starting the intervention) or of the closure (closing the case). */
export async function decide(
  { actor, record, locale }: Ctx,
  action: 'approve_plan' | 'return_plan' | 'approve_closure' | 'return_closure',
  body: CaseDecision,
): Promise<CaseDetail> {
  const next = planStep(actor, record, action, locale);
  if (caseActionNeedsComment(action) && !body.comment?.trim()) throw fieldError('comment', 'field.comment_required');
  const values: Partial<CaseInsert> = { approvalComment: body.comment?.trim() || null };
  if (action === 'approve_closure') Object.assign(values, { closedOn: today(), nextReviewOn: null });
  return applyStep(actor, record, action, next, { version: body.version, values, comment: body.comment });
}

export async function evaluateCase({ actor, record, locale }: Ctx, body: EvaluationSubmit): Promise<CaseDetail> {
  const next = planStep(actor, record, 'evaluate', locale);
  const goals = await listGoals(record.id);
  const problems = new FieldErrors();
  const given = new Set(body.goalOutcomes.map((o) => o.goalId));
  body.goalOutcomes.forEach((o, i) => {
    if (!goals.some((g) => g.id === o.goalId)) problems.add(`goalOutcomes.${i}.goalId`, 'field.case_goal_unknown');
  });
  if (goals.some((g) => !given.has(g.id))) problems.add('goalOutcomes', 'field.case_goal_missing');
  problems.throwIfAny();
  await setGoalStatuses(record.id, body.goalOutcomes);
  const values = { evaluation: { summary: body.summary }, approvalComment: null };
  return applyStep(actor, record, 'evaluate', next, { version: body.version, values });
}

export async function requestClosure({ actor, record, locale }: Ctx, body: ClosureRequest): Promise<CaseDetail> {
  const next = planStep(actor, record, 'request_closure', locale);
  // A case whose client another station took over closes as referred.
  if (body.reason !== 'referred' && (await hasAcceptedReferral(record.id))) throw fieldError('reason', 'field.case_closure_referred');
  const values = { closureReason: body.reason, closureOutcome: body.outcome, approvalComment: null };
  return applyStep(actor, record, 'request_closure', next, { version: body.version, values, details: { reason: body.reason } });
}

export async function declineCase({ actor, record, locale }: Ctx, body: CaseReasonBody): Promise<CaseDetail> {
  const next = planStep(actor, record, 'decline', locale);
  return applyStep(actor, record, 'decline', next, {
    version: body.version,
    values: { declinedReason: body.reason },
    comment: body.reason,
  });
}

/** A closed case comes back to assessment; closure fields are cleared, the history stays in the events. */
export async function reopenCase({ actor, record, locale }: Ctx, body: CaseReasonBody): Promise<CaseDetail> {
  const next = planStep(actor, record, 'reopen', locale);
  const values = { closedOn: null, closureReason: null, closureOutcome: null, approvalComment: null };
  return applyStep(actor, record, 'reopen', next, { version: body.version, values, comment: body.reason });
}
