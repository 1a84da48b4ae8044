import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASE_ACTIONS,
  CASE_APPROVAL_ACTIONS,
  type CaseAction,
  type CaseState,
  caseActionNeedsComment,
  caseActionOpen,
  formatCaseNo,
  isOwnCaseWork,
  ledgerKindOfNote,
  mayRecordNote,
  nextCaseState,
} from './case-workflow.ts';

const WORKER = 'worker-user';
const SUPERVISOR = 'supervisor-user';
const parties = { createdBy: WORKER, workerUserId: WORKER };
const start: CaseState = { stage: 'intake', approval: 'none', requestedBy: null };

/** Applies actions in turn, each by the given person; throws on a refused step. */
function run(steps: [CaseAction, string][], from = start): CaseState {
  let state = from;
  for (const [action, actor] of steps) {
    const step = nextCaseState(state, action, actor, parties);
    if (!step.ok) throw new Error(`${action} from ${state.stage}/${state.approval}: ${step.problem}`);
    state = step.state;
  }
  return state;
}

describe('case transitions', () => {
  it('follows MZ/T 094: intake → assessment → plan (signed off) → intervention → evaluation → closure (signed off)', () => {
    const plan = run([
      ['assess', WORKER],
      ['submit_plan', WORKER],
    ]);
    expect(plan).toEqual({ stage: 'plan', approval: 'pending', requestedBy: WORKER });
    const intervention = run([['approve_plan', SUPERVISOR]], plan);
    expect(intervention).toMatchObject({ stage: 'intervention', approval: 'approved' });
    const closing = run(
      [
        ['evaluate', WORKER],
        ['request_closure', WORKER],
      ],
      intervention,
    );
    expect(closing).toEqual({ stage: 'evaluation', approval: 'pending', requestedBy: WORKER });
    expect(run([['approve_closure', SUPERVISOR]], closing)).toMatchObject({ stage: 'closed', approval: 'approved' });
  });

  it('returns a plan or a closure for correction, and accepts it again', () => {
    const returned = run([
      ['assess', WORKER],
      ['submit_plan', WORKER],
      ['return_plan', SUPERVISOR],
    ]);
    expect(returned).toMatchObject({ stage: 'plan', approval: 'returned' });
    expect(run([['submit_plan', WORKER]], returned)).toMatchObject({ stage: 'plan', approval: 'pending' });
    const closure = run(
      [
        ['submit_plan', WORKER],
        ['approve_plan', SUPERVISOR],
        ['evaluate', WORKER],
        ['request_closure', WORKER],
        ['return_closure', SUPERVISOR],
      ],
      returned,
    );
    expect(closure).toMatchObject({ stage: 'evaluation', approval: 'returned' });
    expect(run([['request_closure', WORKER]], closure)).toMatchObject({ approval: 'pending' });
  });

  it('declines only at intake; reopens only a closed case, back to assessment', () => {
    expect(run([['decline', WORKER]])).toMatchObject({ stage: 'declined' });
    expect(nextCaseState({ ...start, stage: 'assessment' }, 'decline', WORKER, parties)).toEqual({ ok: false, problem: 'transition' });
    expect(nextCaseState({ ...start, stage: 'declined' }, 'reopen', WORKER, parties)).toEqual({ ok: false, problem: 'transition' });
    expect(run([['reopen', WORKER]], { stage: 'closed', approval: 'approved', requestedBy: WORKER })).toEqual({
      stage: 'assessment',
      approval: 'none',
      requestedBy: null,
    });
  });

  it('refuses to skip a stage', () => {
    expect(nextCaseState(start, 'submit_plan', WORKER, parties).ok).toBe(false);
    expect(nextCaseState(start, 'evaluate', WORKER, parties).ok).toBe(false);
    expect(nextCaseState({ ...start, stage: 'assessment' }, 'evaluate', WORKER, parties).ok).toBe(false);
    expect(nextCaseState({ ...start, stage: 'intervention' }, 'request_closure', WORKER, parties).ok).toBe(false);
    expect(nextCaseState({ ...start, stage: 'plan', approval: 'returned' }, 'approve_plan', SUPERVISOR, parties).ok).toBe(false);
  });

  it('refuses a sign-off by the requester, the worker or the creator', () => {
    const pending: CaseState = { stage: 'plan', approval: 'pending', requestedBy: 'someone-else' };
    expect(nextCaseState(pending, 'approve_plan', 'someone-else', parties)).toEqual({ ok: false, problem: 'own' });
    expect(nextCaseState(pending, 'approve_plan', WORKER, parties)).toEqual({ ok: false, problem: 'own' });
    expect(nextCaseState(pending, 'approve_plan', 'creator', { createdBy: 'creator', workerUserId: null })).toEqual({
      ok: false,
      problem: 'own',
    });
    expect(isOwnCaseWork(SUPERVISOR, parties, WORKER)).toBe(false);
  });

  it('asks for a comment on returns, declines and reopening', () => {
    expect(CASE_ACTIONS.filter(caseActionNeedsComment)).toEqual(['decline', 'return_plan', 'return_closure', 'reopen']);
  });

  it('records visits and services only once the plan is signed off; notes at any open stage', () => {
    expect(mayRecordNote('intake', 'note')).toBe(true);
    expect(mayRecordNote('plan', 'visit')).toBe(false);
    expect(mayRecordNote('intervention', 'visit')).toBe(true);
    expect(mayRecordNote('evaluation', 'service')).toBe(true);
    expect(mayRecordNote('closed', 'note')).toBe(false);
    expect([ledgerKindOfNote('visit'), ledgerKindOfNote('service'), ledgerKindOfNote('note')]).toEqual([
      'case_visit',
      'case_service',
      null,
    ]);
  });

  it('numbers cases HZ-2026-000123', () => {
    expect(formatCaseNo('HZ', 2026, 123)).toBe('HZ-2026-000123');
  });
});

const ORDER = ['intake', 'assessment', 'plan', 'intervention', 'evaluation', 'closed'];
const PEOPLE = [WORKER, SUPERVISOR, 'creator', 'colleague'];

describe('case workflow properties', () => {
  it('no sequence of actions skips a stage, reaches intervention or closed without a sign-off, or lets anyone sign off their own', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.boolean(), fc.constantFrom(...PEOPLE)), { maxLength: 40 }),
        fc.constantFrom(WORKER, 'creator'),
        (steps, creator) => {
          const owners = { createdBy: creator, workerUserId: WORKER };
          let state = start;
          for (const [pick, anyAction, actor] of steps) {
            // Half the steps try any action; the others one that is open now, so walks get far.
            const open = CASE_ACTIONS.filter((a) => caseActionOpen(state, a));
            const choices = anyAction || open.length === 0 ? CASE_ACTIONS : open;
            const action = choices[pick % choices.length] as CaseAction;
            const step = nextCaseState(state, action, actor, owners);
            if (!step.ok) {
              if (step.problem === 'own') expect(isOwnCaseWork(actor, owners, state.requestedBy)).toBe(true);
              continue;
            }
            const next = step.state;
            if (CASE_APPROVAL_ACTIONS.includes(action)) {
              // A sign-off is never given by its requester, the worker or the creator.
              expect([state.requestedBy, creator, WORKER]).not.toContain(actor);
              expect(state.approval).toBe('pending');
            }
            if (next.stage === 'intervention' && state.stage !== 'intervention') {
              expect(action).toBe('approve_plan');
              expect(state).toMatchObject({ stage: 'plan', approval: 'pending' });
            }
            if (next.stage === 'closed' && state.stage !== 'closed') {
              expect(action).toBe('approve_closure');
              expect(state).toMatchObject({ stage: 'evaluation', approval: 'pending' });
            }
            if (next.stage === 'declined') expect(state.stage).toBe('intake');
            if (action === 'reopen') expect([state.stage, next.stage]).toEqual(['closed', 'assessment']);
            else if (next.stage !== 'declined') {
              // Forward by at most one stage, never backwards.
              const jump = ORDER.indexOf(next.stage) - ORDER.indexOf(state.stage);
              expect(jump === 0 || jump === 1).toBe(true);
            }
            state = next;
            reached.add(state.stage);
          }
        },
      ),
      { numRuns: 2000 },
    );
    // The random walks did get through every stage, so the checks above were exercised.
    expect([...reached].sort()).toEqual(['assessment', 'closed', 'declined', 'evaluation', 'intervention', 'plan']);
  });
});
