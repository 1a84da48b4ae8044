import {
  CategoryInput,
  CategoryUpdate,
  ClientConsentParams,
  ClientDetail,
  ClientHoldingParams,
  ClientMemberParams,
  ConsentInput,
  ConsentWithdraw,
  HouseholdMemberInput,
  IdParams,
} from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { recordOf } from '../../platform/authz/guard.ts';
import { addCategory, addConsent, addMember, changeCategory, removeMember, withdrawConsent } from './client-parts.service.ts';
import { clientPolicy } from './clients.policy.ts';

const tags = ['clients'];
const update = { auth: { permission: 'client.update', resource: 'client' } } as const;

/** Categories, household members and consents of a file; each answers with the updated file. */
export async function clientPartRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/clients/:id/categories',
    {
      schema: {
        tags,
        summary: 'Record a category held from a date, with its evidence (a file uploaded for this client)',
        params: IdParams,
        body: CategoryInput,
        response: { 201: ClientDetail },
      },
      config: update,
    },
    async (request, reply) => {
      reply.code(201);
      return addCategory(request.actor!, recordOf(request, clientPolicy), request.body, request.locale);
    },
  );

  r.patch(
    '/api/clients/:id/categories/:holdingId',
    {
      schema: {
        tags,
        summary: 'End a category (its last day) or attach its evidence',
        params: ClientHoldingParams,
        body: CategoryUpdate,
        response: { 200: ClientDetail },
      },
      config: update,
    },
    async (request) =>
      changeCategory(request.actor!, recordOf(request, clientPolicy), request.params.holdingId, request.body, request.locale),
  );

  r.post(
    '/api/clients/:id/household',
    {
      schema: {
        tags,
        summary: 'Add a household member',
        params: IdParams,
        body: HouseholdMemberInput,
        response: { 201: ClientDetail },
      },
      config: update,
    },
    async (request, reply) => {
      reply.code(201);
      return addMember(request.actor!, recordOf(request, clientPolicy), request.body, request.locale);
    },
  );

  r.delete(
    '/api/clients/:id/household/:memberId',
    {
      schema: { tags, summary: 'Remove a household member', params: ClientMemberParams, response: { 200: ClientDetail } },
      config: update,
    },
    async (request) => removeMember(request.actor!, recordOf(request, clientPolicy), request.params.memberId, request.locale),
  );

  r.post(
    '/api/clients/:id/consents',
    {
      schema: {
        tags,
        summary: 'Record a consent (a guardian’s for a child under 14), with the signed form if uploaded',
        params: IdParams,
        body: ConsentInput,
        response: { 201: ClientDetail },
      },
      config: update,
    },
    async (request, reply) => {
      reply.code(201);
      return addConsent(request.actor!, recordOf(request, clientPolicy), request.body, request.locale);
    },
  );

  r.post(
    '/api/clients/:id/consents/:consentId/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a consent (never refused; a child’s file then shows the guardian consent missing)',
        params: ClientConsentParams,
        body: ConsentWithdraw,
        response: { 200: ClientDetail },
      },
      config: update,
    },
    async (request) =>
      withdrawConsent(request.actor!, recordOf(request, clientPolicy), request.params.consentId, request.body.withdrawnOn, request.locale),
  );
}
