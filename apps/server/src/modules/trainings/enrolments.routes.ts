import { Enrolment, EnrolmentCreate, EnrolmentListQuery, EnrolmentWithdraw, IdParams, pageOf } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { workerPolicy } from '../workers/workers.policy.ts';
import { listEnrolments } from './enrolments.repository.ts';
import { enrolWorker, presentEnrolment, withdrawEnrolment } from './enrolments.service.ts';
import { enrolmentPolicy } from './trainings.policy.ts';

const tags = ['trainings'];

export async function enrolmentRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/enrolments',
    {
      schema: {
        tags,
        summary: 'Enrolments of the workers in the caller’s scope (an organisation sees its own staff’s)',
        querystring: EnrolmentListQuery,
        response: { 200: pageOf(Enrolment) },
      },
      config: { kind: 'list', auth: { permission: 'training.read' }, list: 'enrolment' },
    },
    async (request) => {
      const actor = request.actor!;
      const page = await listEnrolments(scopeOf(actor), request.query);
      await audit({
        action: 'enrolment.list',
        objectType: 'enrolment',
        details: { trainingId: request.query.trainingId ?? null, workerId: request.query.workerId ?? null, count: page.items.length },
      });
      return { items: page.items.map((v) => presentEnrolment(v, actor)), total: page.total };
    },
  );

  r.post(
    '/api/workers/:id/enrolments',
    {
      schema: {
        tags,
        summary: 'Enrol one of the organisation’s own workers in a programme (places and duplicates checked)',
        params: IdParams,
        body: EnrolmentCreate,
        response: { 201: Enrolment },
      },
      config: { auth: { permission: 'training.enrol', resource: 'worker' } },
    },
    async (request, reply) => {
      reply.code(201);
      return enrolWorker(request.actor!, recordOf(request, workerPolicy), request.body);
    },
  );

  r.post(
    '/api/enrolments/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw an enrolment before attendance is recorded (the reason is audited)',
        params: IdParams,
        body: EnrolmentWithdraw,
        response: { 204: z.null() },
      },
      config: { auth: { permission: 'training.enrol', resource: 'enrolment' } },
    },
    async (request, reply) => {
      await withdrawEnrolment(recordOf(request, enrolmentPolicy), request.body.reason);
      reply.code(204);
      return null;
    },
  );
}
