import {
  IdParams,
  pageOf,
  ShareRequest,
  ShareRequestAccept,
  ShareRequestCreate,
  ShareRequestDecline,
  ShareRequestListQuery,
} from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { notFound } from '../../platform/http/errors.ts';
import { shareRequestPolicy } from './share-requests.policy.ts';
import { listShareRequests, viewShareRequest } from './share-requests.repository.ts';
import { acceptShareRequest, askToShare, declineShareRequest, presentShareRequest } from './share-requests.service.ts';

const tags = ['clients'];

/** 请求共享档案: asking the station that holds a person's file to share it, and its answer. */
export async function shareRequestRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/client-share-requests',
    {
      schema: {
        tags,
        summary:
          'Requests to share a file: asked by the caller’s side (out) or for a file it holds (in); the asker sees the file only once accepted',
        querystring: ShareRequestListQuery,
        response: { 200: pageOf(ShareRequest) },
      },
      config: { kind: 'list', auth: { permission: 'client.create' }, list: 'share_request' },
    },
    async (request) => {
      const actor = request.actor!;
      const page = await listShareRequests(scopeOf(actor), request.query);
      await audit({
        action: 'client_share_request.list',
        objectType: 'client_share_request',
        details: { direction: request.query.direction ?? null, status: request.query.status ?? null, count: page.items.length },
      });
      return { items: page.items.map((v) => presentShareRequest(v, actor)), total: page.total };
    },
  );

  r.post(
    '/api/client-share-requests',
    {
      schema: {
        tags,
        summary:
          'Ask whoever holds the file with this ID number to share it (after a 409 client_held_elsewhere); an identity lookup: audited, 429 past the hourly limit',
        body: ShareRequestCreate,
        response: { 201: ShareRequest },
      },
      // The lookup records itself first (kept when the request is refused), then the request is written in one transaction.
      config: { auth: { permission: 'client.create' }, transaction: false },
    },
    async (request, reply) => {
      reply.code(201);
      return askToShare(request.actor!, request.body);
    },
  );

  r.get(
    '/api/client-share-requests/:id',
    {
      schema: { tags, summary: 'One request to share a file (read audited)', params: IdParams, response: { 200: ShareRequest } },
      config: { kind: 'record', auth: { permission: 'client.create', resource: 'share_request' } },
    },
    async (request) => {
      const record = recordOf(request, shareRequestPolicy);
      const view = await viewShareRequest(record.id);
      if (!view) throw notFound();
      await audit({ action: 'client_share_request.read', objectType: 'client_share_request', objectId: record.id });
      return presentShareRequest(view, request.actor!);
    },
  );

  r.post(
    '/api/client-share-requests/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept: the asking organisation gets the file in full at its station (the holding side only)',
        params: IdParams,
        body: ShareRequestAccept,
        response: { 200: ShareRequest },
      },
      config: { auth: { permission: 'share_request.respond', resource: 'share_request' } },
    },
    async (request) => acceptShareRequest(request.actor!, recordOf(request, shareRequestPolicy), request.body),
  );

  r.post(
    '/api/client-share-requests/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline, saying why (the reason stays with the holder and the audit trail)',
        params: IdParams,
        body: ShareRequestDecline,
        response: { 200: ShareRequest },
      },
      config: { auth: { permission: 'share_request.respond', resource: 'share_request' } },
    },
    async (request) => declineShareRequest(request.actor!, recordOf(request, shareRequestPolicy), request.body),
  );
}
