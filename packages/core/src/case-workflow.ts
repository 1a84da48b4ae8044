/**
 * Casework (MZ/T 094-2017): 接案 intake → 预估 assessment → 计划 plan → 介入 intervention →
 * 评估 evaluation → 结案 closed, or 不接案 declined at intake. A clinical supervisor signs off
 * the plan (which starts the intervention) and the closure; a closed case may be reopened,
 * going back to assessment. `approval` belongs to the stage: at `plan` it is the plan's
 * sign-off, at `evaluation` the closure's.
 */
export const CASE_STAGES = ['intake', 'assessment', 'plan', 'intervention', 'evaluation', 'closed', 'declined'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const CASE_APPROVALS = ['none', 'pending', 'approved', 'returned'] as const;
export type CaseApproval = (typeof CASE_APPROVALS)[number];

export const CASE_ACTIONS = [
  'assess',
  'decline',
  'submit_plan',
  'approve_plan',
  'return_plan',
  'evaluate',
  'request_closure',
  'approve_closure',
  'return_closure',
  'reopen',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** The sign-offs: given by a supervisor, never by whoever asked for them or owns the case. */
export const CASE_APPROVAL_ACTIONS: readonly CaseAction[] = ['approve_plan', 'return_plan', 'approve_closure', 'return_closure'];

export const CASE_SOURCES = ['self', 'outreach', 'referral_in'] as const;
export const CASE_RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type CaseRiskLevel = (typeof CASE_RISK_LEVELS)[number];
export const CASE_NOTE_KINDS = ['note', 'visit', 'service', 'resource'] as const;
export type CaseNoteKind = (typeof CASE_NOTE_KINDS)[number];
export const CASE_MODES = ['home_visit', 'office', 'phone', 'online', 'outreach'] as const;
export const CASE_CLOSURE_REASONS = ['goals_met', 'client_request', 'moved', 'referred', 'deceased', 'lost_contact', 'other'] as const;
export type CaseClosureReason = (typeof CASE_CLOSURE_REASONS)[number];
export const LIFE_DOMAINS = ['health', 'economic', 'family', 'education', 'housing', 'safety', 'social', 'psychological'] as const;
export const NEED_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export const GOAL_STATUSES = ['open', 'achieved', 'partly', 'not_achieved'] as const;

export interface CaseState {
  stage: CaseStage;
  approval: CaseApproval;
  /** Who asked for the pending sign-off. */
  requestedBy: string | null;
}

/** The people a case belongs to: none of them signs it off. */
export interface CaseParties {
  createdBy: string | null;
  workerUserId: string | null;
}

interface Transition {
  from: (s: CaseState) => boolean;
  to: (s: CaseState, actorId: string) => CaseState;
}

const at =
  (stage: CaseStage, ...approvals: CaseApproval[]) =>
  (s: CaseState) =>
    s.stage === stage && (approvals.length === 0 || approvals.includes(s.approval));
const move = (stage: CaseStage) => (): CaseState => ({ stage, approval: 'none', requestedBy: null });
const request = (stage: CaseStage) => (_: CaseState, actorId: string) => ({ stage, approval: 'pending' as const, requestedBy: actorId });
const keepRequester = (stage: CaseStage, approval: CaseApproval) => (s: CaseState) => ({ stage, approval, requestedBy: s.requestedBy });

const TRANSITIONS: Record<CaseAction, Transition> = {
  // The assessment may be revised until a plan is submitted.
  assess: { from: (s) => at('intake')(s) || at('assessment')(s), to: move('assessment') },
  decline: { from: at('intake'), to: move('declined') },
  // A returned plan is corrected and submitted again.
  submit_plan: { from: (s) => at('assessment')(s) || at('plan', 'returned')(s), to: request('plan') },
  approve_plan: { from: at('plan', 'pending'), to: keepRequester('intervention', 'approved') },
  return_plan: { from: at('plan', 'pending'), to: keepRequester('plan', 'returned') },
  evaluate: { from: (s) => at('intervention')(s) || at('evaluation', 'none', 'returned')(s), to: move('evaluation') },
  request_closure: { from: at('evaluation', 'none', 'returned'), to: request('evaluation') },
  approve_closure: { from: at('evaluation', 'pending'), to: keepRequester('closed', 'approved') },
  return_closure: { from: at('evaluation', 'pending'), to: keepRequester('evaluation', 'returned') },
  reopen: { from: at('closed'), to: move('assessment') },
};

/** Whether the person is one the case belongs to or who asked for the sign-off. */
export function isOwnCaseWork(actorId: string, parties: CaseParties, requestedBy: string | null): boolean {
  return actorId === parties.createdBy || actorId === parties.workerUserId || actorId === requestedBy;
}

export type CaseStep = { ok: true; state: CaseState } | { ok: false; problem: 'transition' | 'own' };

/** The next state, or why the action is refused: not from this stage, or a sign-off of one's own work. */
export function nextCaseState(state: CaseState, action: CaseAction, actorId: string, parties: CaseParties): CaseStep {
  const transition = TRANSITIONS[action];
  if (!transition.from(state)) return { ok: false, problem: 'transition' };
  if (CASE_APPROVAL_ACTIONS.includes(action) && isOwnCaseWork(actorId, parties, state.requestedBy)) return { ok: false, problem: 'own' };
  return { ok: true, state: transition.to(state, actorId) };
}

/** Whether the action is possible from this state, whoever takes it. */
export function caseActionOpen(state: CaseState, action: CaseAction): boolean {
  return TRANSITIONS[action].from(state);
}

/** Returns and declines must say why: the worker reads it. */
export function caseActionNeedsComment(action: CaseAction): boolean {
  return action === 'return_plan' || action === 'return_closure' || action === 'decline' || action === 'reopen';
}

/** A case still being worked on (not closed, not declined). */
export function isCaseOpen(stage: CaseStage): boolean {
  return stage !== 'closed' && stage !== 'declined';
}

/**
 * What may be recorded at a stage: a plain note at any open stage; visits, services and
 * resources only once the plan is signed off (intervention) and until the case closes.
 */
export function mayRecordNote(stage: CaseStage, kind: CaseNoteKind): boolean {
  if (kind === 'note') return isCaseOpen(stage);
  return stage === 'intervention' || stage === 'evaluation';
}

/** The ledger kind of a note, or null for notes that are not a service delivered. */
export function ledgerKindOfNote(kind: CaseNoteKind): 'case_visit' | 'case_service' | null {
  if (kind === 'visit') return 'case_visit';
  if (kind === 'service') return 'case_service';
  return null;
}

/** Case numbers read HZ-2026-000123: district initials, intake year, sequence in the organisation's year. */
export function formatCaseNo(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}
