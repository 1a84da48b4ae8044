import {
  AssessmentSubmit,
  CaseDecision,
  CaseDetail,
  CaseReasonBody,
  ClosureRequest,
  EvaluationSubmit,
  IdParams,
  PlanSubmit,
} from '@shegong/contracts';
import type { Permission } from '@shegong/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { recordOf } from '../../platform/authz/guard.ts';
import { assessCase, decide, declineCase, evaluateCase, reopenCase, requestClosure, submitPlan } from './case-steps.service.ts';
import { casePolicy } from './cases.policy.ts';

const tags = ['cases'];

const ctx = (request: FastifyRequest) => ({
  actor: request.actor!,
  record: recordOf(request, casePolicy),
  locale: request.locale,
});

type Handler<B> = (c: ReturnType<typeof ctx>, body: B) => Promise<CaseDetail>;

interface Step<S extends z.ZodType> {
  path: string;
  permission: Permission;
  summary: string;
  body: S;
  run: Handler<z.infer<S>>;
}

const step = <S extends z.ZodType>(s: Step<S>) => s as unknown as Step<z.ZodType>;

/** Each transition its own route, so the permission (and the sign-off rule) is declared per step. */
const STEPS = [
  step({
    path: 'assessment',
    permission: 'case.update',
    summary: 'Submit the assessment (预估): needs per life domain, risks, strengths',
    body: AssessmentSubmit,
    run: assessCase,
  }),
  step({
    path: 'plan',
    permission: 'case.update',
    summary: 'Submit the plan (计划) for the supervisor’s sign-off',
    body: PlanSubmit,
    run: submitPlan,
  }),
  step({
    path: 'plan/approve',
    permission: 'case.approve',
    summary: 'Sign off the plan; the intervention starts',
    body: CaseDecision,
    run: (c, b) => decide(c, 'approve_plan', b),
  }),
  step({
    path: 'plan/return',
    permission: 'case.approve',
    summary: 'Return the plan for correction, with a comment',
    body: CaseDecision,
    run: (c, b) => decide(c, 'return_plan', b),
  }),
  step({
    path: 'evaluation',
    permission: 'case.update',
    summary: 'Submit the evaluation (评估): each goal’s outcome and a summary',
    body: EvaluationSubmit,
    run: evaluateCase,
  }),
  step({
    path: 'closure',
    permission: 'case.update',
    summary: 'Request closure (结案) with reason and outcome',
    body: ClosureRequest,
    run: requestClosure,
  }),
  step({
    path: 'closure/approve',
    permission: 'case.approve',
    summary: 'Sign off the closure; the case is closed',
    body: CaseDecision,
    run: (c, b) => decide(c, 'approve_closure', b),
  }),
  step({
    path: 'closure/return',
    permission: 'case.approve',
    summary: 'Return the closure request, with a comment',
    body: CaseDecision,
    run: (c, b) => decide(c, 'return_closure', b),
  }),
  step({
    path: 'decline',
    permission: 'case.update',
    summary: 'Decline at intake (不接案), with the reason',
    body: CaseReasonBody,
    run: declineCase,
  }),
  step({
    path: 'reopen',
    permission: 'case.update',
    summary: 'Reopen a closed case; it returns to assessment',
    body: CaseReasonBody,
    run: reopenCase,
  }),
];

export async function caseStepRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const s of STEPS) {
    r.post(
      `/api/cases/:id/${s.path}`,
      {
        schema: { tags, summary: s.summary, params: IdParams, body: s.body, response: { 200: CaseDetail } },
        config: { auth: { permission: s.permission, resource: 'case' } },
      },
      async (request) => s.run(ctx(request), request.body),
    );
  }
}
