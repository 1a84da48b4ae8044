import {
  IdParams,
  pageOf,
  Worker,
  WorkerCreate,
  WorkerListQuery,
  WorkerRevealBody,
  WorkerRevealResult,
  WorkerUpdate,
} from '@shegong/contracts';
import { parseIdCard } from '@shegong/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { notFound } from '../../platform/http/errors.ts';
import { statusContext } from './worker-status.ts';
import { workerPolicy } from './workers.policy.ts';
import { presentWorker } from './workers.present.ts';
import { listWorkers, viewWorker } from './workers.repository.ts';
import { changeWorker, createWorker, revealField } from './workers.service.ts';

const tags = ['workers'];

export async function workerRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/workers',
    {
      schema: {
        tags,
        summary: 'Social workers in the caller’s scope; q matches name, pinyin, initials, certificate prefix or an exact ID number',
        querystring: WorkerListQuery,
        response: { 200: pageOf(Worker) },
      },
      config: { kind: 'list', auth: { permission: 'worker.read' }, list: 'worker' },
    },
    async (request) => {
      const actor = request.actor!;
      const ctx = await statusContext();
      const page = await listWorkers(scopeOf(actor), ctx, request.query);
      // Lists carry personal data (masked): who searched for what is kept, not the ID number itself.
      await audit({
        action: 'worker.list',
        objectType: 'worker',
        details: {
          q: request.query.q && parseIdCard(request.query.q).ok ? '(id number)' : (request.query.q ?? null),
          count: page.items.length,
        },
      });
      return { items: page.items.map((v) => presentWorker(v, actor, ctx)), total: page.total };
    },
  );

  r.post(
    '/api/workers',
    {
      schema: {
        tags,
        summary: 'Register a social worker; gender and birth date come from the ID number',
        body: WorkerCreate,
        response: { 201: Worker },
      },
      config: { auth: { permission: 'worker.create' } },
    },
    async (request, reply) => {
      reply.code(201);
      return createWorker(request.actor!, request.body);
    },
  );

  r.get(
    '/api/workers/:id',
    {
      schema: { tags, summary: 'One social worker (read audited)', params: IdParams, response: { 200: Worker } },
      config: { kind: 'record', auth: { permission: 'worker.read', resource: 'worker' } },
    },
    async (request) => {
      const actor = request.actor!;
      const ctx = await statusContext();
      const view = await viewWorker(request.params.id, ctx);
      if (!view) throw notFound();
      await audit({
        action: 'worker.read',
        objectType: 'worker',
        objectId: view.id,
      });
      return presentWorker(view, actor, ctx);
    },
  );

  r.patch(
    '/api/workers/:id',
    {
      schema: {
        tags,
        summary: 'Update a social worker (send the version you read); isActive false marks a leaver',
        params: IdParams,
        body: WorkerUpdate,
        response: { 200: Worker },
      },
      config: { auth: { permission: 'worker.update', resource: 'worker' } },
    },
    async (request) => changeWorker(request.actor!, recordOf(request, workerPolicy), request.body),
  );

  r.post(
    '/api/workers/:id/reveal',
    {
      schema: {
        tags,
        summary: 'The full ID number or mobile, for a stated reason (audited with it)',
        params: IdParams,
        body: WorkerRevealBody,
        response: { 200: WorkerRevealResult },
      },
      config: { auth: { permission: 'worker.reveal_id', resource: 'worker' } },
    },
    async (request) => revealField(recordOf(request, workerPolicy), request.body.field, request.body.reason),
  );
}
