import { FilingDecisionBody, FilingEvent, IdParams, Organisation } from '@shegong/contracts';
import type { FilingAction, Permission } from '@shegong/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordOf } from '../../platform/authz/guard.ts';
import { filingHistory, transitionFiling } from './filing.service.ts';
import { organisationPolicy } from './organisations.policy.ts';
import { presentOrganisation } from './organisations.service.ts';

const tags = ['organisations'];

/** The organisation submits; the district bureau of its address returns, approves or rejects. */
const ACTIONS: { action: FilingAction; permission: Permission; summary: string }[] = [
  { action: 'submit', permission: 'organisation.file', summary: 'Submit the filing (备案) for review' },
  { action: 'return', permission: 'organisation.review', summary: 'Return the filing for correction, with comments' },
  { action: 'approve', permission: 'organisation.review', summary: 'Approve the filing' },
  { action: 'reject', permission: 'organisation.review', summary: 'Reject the filing, with the reason' },
];

export async function filingRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  for (const { action, permission, summary } of ACTIONS) {
    r.post(
      `/api/organisations/:id/filing/${action}`,
      {
        schema: { tags, summary, params: IdParams, body: FilingDecisionBody, response: { 200: Organisation } },
        config: { auth: { permission, resource: 'organisation' } },
      },
      async (request) => {
        await transitionFiling(request.actor!, recordOf(request, organisationPolicy), action, request.body.comment, request.locale);
        return presentOrganisation(request.params.id, request.actor!, request.locale);
      },
    );
  }

  r.get(
    '/api/organisations/:id/filing/events',
    {
      schema: {
        tags,
        summary: 'Every step of the filing with reviewers’ comments',
        params: IdParams,
        response: { 200: z.array(FilingEvent) },
      },
      config: { kind: 'record', auth: { permission: 'organisation.read', resource: 'organisation' } },
    },
    async (request) => filingHistory(request.params.id),
  );
}
