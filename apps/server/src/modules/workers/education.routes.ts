import { EducationAlertQuery, EducationRecord, EducationRecordCreate, IdParams, pageOf, Worker, WorkerEducation } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { recordEducation, workerEducation } from './education.service.ts';
import { statusContext } from './worker-status.ts';
import { workerPolicy } from './workers.policy.ts';
import { presentWorker } from './workers.present.ts';
import { listWorkers } from './workers.repository.ts';

const tags = ['workers'];

export async function educationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // Not marked as a `list` route: it shows only workers short of hours, so the matrix's
  // fixtures (who have no registration deadline) are rightly absent; scope is the worker list's.
  r.get(
    '/api/workers/education-alerts',
    {
      schema: {
        tags,
        summary: 'Workers who will not make their continuing-education hours (at risk) or did not (lapsed), soonest deadline first',
        querystring: EducationAlertQuery,
        response: { 200: pageOf(Worker) },
      },
      config: { kind: 'list', auth: { permission: 'worker.read' } },
    },
    async (request) => {
      const actor = request.actor!;
      const ctx = await statusContext();
      const { state, ...query } = request.query;
      const page = await listWorkers(
        scopeOf(actor),
        ctx,
        { ...query, isActive: 'true', educationStates: state ? [state] : ['at_risk', 'lapsed'] },
        'deadline',
      );
      await audit({
        action: 'education.alerts',
        objectType: 'worker',
        details: { state: state ?? null, count: page.items.length },
      });
      return { items: page.items.map((v) => presentWorker(v, actor, ctx)), total: page.total };
    },
  );

  r.get(
    '/api/workers/:id/education',
    {
      schema: {
        tags,
        summary: 'A worker’s continuing-education records and the period’s total against the requirement',
        params: IdParams,
        response: { 200: WorkerEducation },
      },
      config: { kind: 'record', auth: { permission: 'worker.read', resource: 'worker' } },
    },
    async (request) => workerEducation(request.actor!, request.params.id),
  );

  r.post(
    '/api/workers/:id/education',
    {
      schema: {
        tags,
        summary: 'Record continuing education (the employer’s administrator, or the worker themselves)',
        params: IdParams,
        body: EducationRecordCreate,
        response: { 201: EducationRecord },
      },
      config: { auth: { permission: 'education.record', resource: 'worker' } },
    },
    async (request, reply) => {
      reply.code(201);
      return recordEducation(request.actor!, recordOf(request, workerPolicy), request.body);
    },
  );
}
