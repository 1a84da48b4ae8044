import { CaseCreate, CaseDetail, CaseListQuery, CaseSummary, IdParams, pageOf } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { today } from '../workers/worker-status.ts';
import { presentCaseDetail, presentCaseSummary } from './case-present.ts';
import { listCases } from './cases.repository.ts';
import { createCase } from './intake.service.ts';
import './cases.policy.ts';

const tags = ['cases'];

export async function caseRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/cases',
    {
      schema: {
        tags,
        summary: 'Cases in the caller’s scope: by stage, worker, station, risk, overdue review; q finds client name, pinyin or case number',
        querystring: CaseListQuery,
        response: { 200: pageOf(CaseSummary) },
      },
      config: { kind: 'list', auth: { permission: 'case.read' }, list: 'case' },
    },
    async (request) => {
      const actor = request.actor!;
      const day = today();
      const page = await listCases(scopeOf(actor), request.query, day);
      // Client names are personal data: who searched for whom is kept.
      await audit({
        action: 'case.list',
        objectType: 'case',
        details: { q: request.query.q ?? null, stage: request.query.stage ?? null, count: page.items.length },
      });
      return { items: page.items.map((v) => presentCaseSummary(v, actor, day)), total: page.total };
    },
  );

  r.post(
    '/api/cases',
    {
      schema: {
        tags,
        summary: 'Intake (接案) of a client at a station of the caller’s organisation; with declinedReason, recorded as declined (不接案)',
        body: CaseCreate,
        response: { 201: CaseDetail },
      },
      config: { auth: { permission: 'case.create' } },
    },
    async (request, reply) => {
      reply.code(201);
      return createCase(request.actor!, request.body);
    },
  );

  r.get(
    '/api/cases/:id',
    {
      schema: {
        tags,
        summary: 'One case with goals, events and notes (read audited: case notes are personal data)',
        params: IdParams,
        response: { 200: CaseDetail },
      },
      config: { kind: 'record', auth: { permission: 'case.read', resource: 'case' } },
    },
    async (request) => {
      const actor = request.actor!;
      const detail = await presentCaseDetail(request.params.id, actor);
      await audit({
        action: 'case.read',
        objectType: 'case',
        objectId: detail.id,
        details: { clientId: detail.clientId, notes: detail.notes.length },
      });
      return detail;
    },
  );
}
