import { IdParams, Organisation, OrganisationCreate, OrganisationListQuery, OrganisationUpdate, pageOf } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { organisationPolicy } from './organisations.policy.ts';
import { listOrganisations } from './organisations.repository.ts';
import { changeOrganisation, createOrganisation, presentOrganisation, presentOrganisations } from './organisations.service.ts';

const tags = ['organisations'];

export async function organisationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/organisations',
    {
      schema: {
        tags,
        summary: 'Organisations registered in, or running stations in, the caller’s scope',
        querystring: OrganisationListQuery,
        response: { 200: pageOf(Organisation) },
      },
      config: { kind: 'list', auth: { permission: 'organisation.read' }, list: 'organisation' },
    },
    async (request) => {
      const page = await listOrganisations(scopeOf(request.actor!), request.query);
      return { items: await presentOrganisations(page.items, request.actor, request.locale), total: page.total };
    },
  );

  r.post(
    '/api/organisations',
    {
      schema: {
        tags,
        summary: 'Register an organisation (its filing starts as a draft)',
        body: OrganisationCreate,
        response: { 201: Organisation },
      },
      config: { auth: { permission: 'organisation.create' } },
    },
    async (request, reply) => {
      reply.code(201);
      return createOrganisation(request.actor!, request.body, request.locale);
    },
  );

  r.get(
    '/api/organisations/:id',
    {
      schema: {
        tags,
        summary: 'One organisation with its filing, rating and credit marks',
        params: IdParams,
        response: { 200: Organisation },
      },
      config: { kind: 'record', auth: { permission: 'organisation.read', resource: 'organisation' } },
    },
    async (request) => presentOrganisation(request.params.id, request.actor!, request.locale),
  );

  r.patch(
    '/api/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Update an organisation and its filing record (providers only while draft or returned; send the version you read)',
        params: IdParams,
        body: OrganisationUpdate,
        response: { 200: Organisation },
      },
      config: { auth: { permission: 'organisation.update', resource: 'organisation' } },
    },
    async (request) => changeOrganisation(request.actor!, recordOf(request, organisationPolicy), request.body, request.locale),
  );
}
