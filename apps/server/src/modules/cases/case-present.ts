import type { Assessment, CaseAllowedAction, CaseDetail, CaseEvent, CaseNote, CaseSummary } from '@shegong/contracts';
import {
  CASE_ACTIONS,
  type CaseAction,
  type CaseApproval,
  type CaseStage,
  caseActionOpen,
  isCaseOpen,
  maskName,
  type Permission,
} from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { can } from '../../platform/authz/authorize.ts';
import { notFound } from '../../platform/http/errors.ts';
import { today } from '../workers/worker-status.ts';
import { type CaseNoteRow, countCaseNotes, listCaseNotes } from './case-notes.repository.ts';
import { caseNotePolicy, casePolicy } from './cases.policy.ts';
import { type CaseView, listCaseEvents, listGoals, viewCase } from './cases.repository.ts';

/** Which permission each step of the workflow needs. */
export const STEP_PERMISSION: Record<CaseAction, Permission> = {
  assess: 'case.update',
  decline: 'case.update',
  submit_plan: 'case.update',
  approve_plan: 'case.approve',
  return_plan: 'case.approve',
  evaluate: 'case.update',
  request_closure: 'case.update',
  approve_closure: 'case.approve',
  return_closure: 'case.approve',
  reopen: 'case.update',
};

/** The bureau oversees but does not serve: it sees client names masked, like the client lists. */
export function clientNameFor(actor: Actor | null, name: string): string {
  return actor?.organisationId ? name : (maskName(name) ?? '');
}

function stateOf(view: CaseView) {
  return { stage: view.stage as CaseStage, approval: view.approval as CaseApproval, requestedBy: view.approvalRequestedBy };
}

/** The steps open now that the caller may take, plus record (notes, visits) and refer while the case is open. */
function caseActions(view: CaseView, actor: Actor | null): CaseAllowedAction[] {
  const state = stateOf(view);
  const steps: CaseAllowedAction[] = CASE_ACTIONS.filter(
    (a) => caseActionOpen(state, a) && can(actor, STEP_PERMISSION[a], casePolicy, view),
  );
  if (isCaseOpen(state.stage) && can(actor, 'case.update', casePolicy, view)) steps.push('record');
  if (isCaseOpen(state.stage) && can(actor, 'case.refer', casePolicy, view)) steps.push('refer');
  return steps;
}

export function presentCaseSummary(view: CaseView, actor: Actor | null, day = today()): CaseSummary {
  const stage = view.stage as CaseStage;
  return {
    id: view.id,
    caseNo: view.caseNo,
    clientId: view.clientId,
    clientName: clientNameFor(actor, view.clientName),
    stationId: view.stationId,
    stationName: view.stationName,
    organisationId: view.organisationId,
    regionCode: view.regionCode,
    workerId: view.workerId,
    workerName: view.workerName,
    supervisorUserId: view.supervisorUserId,
    stage,
    approval: view.approval as CaseApproval,
    source: view.source as CaseSummary['source'],
    intakeOn: view.intakeOn,
    riskLevel: view.riskLevel as CaseSummary['riskLevel'],
    nextReviewOn: view.nextReviewOn,
    isReviewOverdue: isCaseOpen(stage) && view.nextReviewOn !== null && view.nextReviewOn < day,
    version: view.version,
    allowedActions: caseActions(view, actor),
  };
}

export function presentNote(
  note: CaseNoteRow,
  record: { regionCode: string; organisationId: string; stage: string },
  actor: Actor,
): CaseNote {
  const editable =
    isCaseOpen(record.stage as CaseStage) && can(actor, 'case.update', caseNotePolicy, { ...note, ...record, caseStage: record.stage });
  return {
    id: note.id,
    caseId: note.caseId,
    kind: note.kind as CaseNote['kind'],
    occurredOn: note.occurredOn,
    mode: note.mode as CaseNote['mode'],
    place: note.place,
    durationMinutes: note.durationMinutes,
    serviceType: note.serviceType,
    content: note.content,
    authorName: note.authorName,
    createdAt: note.createdAt.toISOString(),
    version: note.version,
    allowedActions: editable ? ['update'] : [],
  };
}

/** The whole case. Notes go to the organisation's own staff only; the bureau gets their number. */
export async function presentCaseDetail(id: string, actor: Actor): Promise<CaseDetail> {
  const view = await viewCase(id);
  if (!view) throw notFound();
  const [goals, events] = await Promise.all([listGoals(id), listCaseEvents(id)]);
  const ownStaff = actor.organisationId === view.organisationId;
  const notes = ownStaff ? await listCaseNotes(id) : [];
  const evaluation = view.evaluation as { summary: string } | null;
  return {
    ...presentCaseSummary(view, actor),
    presentingProblem: view.presentingProblem,
    declinedReason: view.declinedReason,
    approvalComment: view.approvalComment,
    assessment: (view.assessment as Assessment | null) ?? null,
    goals: goals.map((g) => ({
      id: g.id,
      description: g.description,
      targetDate: g.targetDate,
      status: g.status as CaseDetail['goals'][number]['status'],
    })),
    evaluation: evaluation ? { summary: evaluation.summary } : null,
    closureReason: view.closureReason as CaseDetail['closureReason'],
    closureOutcome: view.closureOutcome,
    closedOn: view.closedOn,
    events: events.map(
      (e): CaseEvent => ({
        id: e.id,
        action: e.action,
        fromStage: e.fromStage as CaseEvent['fromStage'],
        toStage: e.toStage as CaseEvent['toStage'],
        comment: e.comment,
        actorName: e.actorName,
        at: e.at.toISOString(),
      }),
    ),
    notes: notes.map((n) => presentNote(n, view, actor)),
    noteCount: ownStaff ? notes.length : await countCaseNotes(id),
  };
}
