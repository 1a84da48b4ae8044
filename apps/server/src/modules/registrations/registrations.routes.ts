import {
  IdParams,
  pageOf,
  Registration,
  RegistrationApply,
  RegistrationIssue,
  RegistrationListQuery,
  RegistrationReview,
} from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { notFound } from '../../platform/http/errors.ts';
import { workerPolicy } from '../workers/workers.policy.ts';
import { registrationPolicy } from './registrations.policy.ts';
import { listRegistrations, viewRegistration } from './registrations.repository.ts';
import { applyForRegistration, issueRegistration, presentRegistration, reviewRegistration } from './registrations.service.ts';

const tags = ['registrations'];

export async function registrationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/registrations',
    {
      schema: {
        tags,
        summary: 'Registration applications in the caller’s scope (filter by status for a review queue)',
        querystring: RegistrationListQuery,
        response: { 200: pageOf(Registration) },
      },
      config: { kind: 'list', auth: { permission: 'worker.read' }, list: 'registration' },
    },
    async (request) => {
      const actor = request.actor!;
      const page = await listRegistrations(scopeOf(actor), request.query);
      await audit({
        action: 'registration.list',
        objectType: 'registration',
        details: { q: request.query.q ?? null, status: request.query.status ?? null, count: page.items.length },
      });
      return { items: page.items.map((v) => presentRegistration(v, actor)), total: page.total };
    },
  );

  r.post(
    '/api/workers/:id/registrations',
    {
      schema: {
        tags,
        summary: 'Apply for registration or renewal (the worker themselves or the employer)',
        params: IdParams,
        body: RegistrationApply,
        response: { 201: Registration },
      },
      config: { auth: { permission: 'registration.apply', resource: 'worker' } },
    },
    async (request, reply) => {
      reply.code(201);
      return applyForRegistration(request.actor!, recordOf(request, workerPolicy), request.body);
    },
  );

  r.get(
    '/api/registrations/:id',
    {
      schema: { tags, summary: 'One application and its review trail (read audited)', params: IdParams, response: { 200: Registration } },
      config: { kind: 'record', auth: { permission: 'worker.read', resource: 'registration' } },
    },
    async (request) => {
      const actor = request.actor!;
      const view = await viewRegistration(request.params.id);
      if (!view) throw notFound();
      await audit({
        action: 'registration.read',
        objectType: 'registration',
        objectId: view.id,
      });
      return presentRegistration(view, actor);
    },
  );

  r.post(
    '/api/registrations/:id/first-review',
    {
      schema: {
        tags,
        summary: 'First review by the employer (初审); a rejection needs a comment',
        params: IdParams,
        body: RegistrationReview,
        response: { 200: Registration },
      },
      config: { auth: { permission: 'registration.review_first', resource: 'registration' } },
    },
    async (request) => reviewRegistration(request.actor!, recordOf(request, registrationPolicy), 'first', request.body, request.locale),
  );

  r.post(
    '/api/registrations/:id/final-review',
    {
      schema: {
        tags,
        summary: 'Final review by the district bureau (终审), after the first; a rejection needs a comment',
        params: IdParams,
        body: RegistrationReview,
        response: { 200: Registration },
      },
      config: { auth: { permission: 'registration.review_final', resource: 'registration' } },
    },
    async (request) => reviewRegistration(request.actor!, recordOf(request, registrationPolicy), 'final', request.body, request.locale),
  );

  r.post(
    '/api/registrations/:id/issue',
    {
      schema: {
        tags,
        summary: 'Issue the registration (出证) after the final review: number and validity',
        params: IdParams,
        body: RegistrationIssue,
        response: { 200: Registration },
      },
      config: { auth: { permission: 'registration.review_final', resource: 'registration' } },
    },
    async (request) => issueRegistration(request.actor!, recordOf(request, registrationPolicy), request.body.version, request.locale),
  );
}
