import { IdParams, pageOf, Referral, ReferralAccept, ReferralCreate, ReferralListQuery, ReferralReject } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { casePolicy } from '../cases/cases.policy.ts';
import { presentReferrals } from './referral-present.ts';
import { referralPolicy } from './referrals.policy.ts';
import { listReferrals } from './referrals.repository.ts';
import { acceptReferral, presentReferral, referCase, rejectReferral } from './referrals.service.ts';

const tags = ['referrals'];

export async function referralRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: 'Referrals sent from or to the caller’s scope (direction out | in); receivers see minimal client data until they accept',
        querystring: ReferralListQuery,
        response: { 200: pageOf(Referral) },
      },
      config: { kind: 'list', auth: { permission: 'case.read' }, list: 'referral' },
    },
    async (request) => {
      const actor = request.actor!;
      const page = await listReferrals(scopeOf(actor), request.query);
      await audit({
        action: 'referral.list',
        objectType: 'referral',
        details: { direction: request.query.direction ?? null, status: request.query.status ?? null, count: page.items.length },
      });
      return { items: await presentReferrals(page.items, actor, request.locale), total: page.total };
    },
  );

  r.post(
    '/api/cases/:id/referrals',
    {
      schema: {
        tags,
        summary: 'Refer the case out (转介) to another station, possibly another organisation’s, with the reason',
        params: IdParams,
        body: ReferralCreate,
        response: { 201: Referral },
      },
      config: { auth: { permission: 'case.refer', resource: 'case' } },
    },
    async (request, reply) => {
      reply.code(201);
      return referCase(request.actor!, recordOf(request, casePolicy), request.body, request.locale);
    },
  );

  r.get(
    '/api/referrals/:id',
    {
      schema: { tags, summary: 'One referral (read audited)', params: IdParams, response: { 200: Referral } },
      config: { kind: 'record', auth: { permission: 'case.read', resource: 'referral' } },
    },
    async (request) => {
      const actor = request.actor!;
      const referral = await presentReferral(request.params.id, actor, request.locale);
      await audit({
        action: 'referral.read',
        objectType: 'referral',
        objectId: referral.id,
      });
      return referral;
    },
  );

  r.post(
    '/api/referrals/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept a referral: a case opens at the receiving station and the client is shared with the receiver',
        params: IdParams,
        body: ReferralAccept,
        response: { 200: Referral },
      },
      config: { auth: { permission: 'referral.respond', resource: 'referral' } },
    },
    async (request) => acceptReferral(request.actor!, recordOf(request, referralPolicy), request.body, request.locale),
  );

  r.post(
    '/api/referrals/:id/reject',
    {
      schema: { tags, summary: 'Reject a referral, saying why', params: IdParams, body: ReferralReject, response: { 200: Referral } },
      config: { auth: { permission: 'referral.respond', resource: 'referral' } },
    },
    async (request) => rejectReferral(request.actor!, recordOf(request, referralPolicy), request.body, request.locale),
  );
}
