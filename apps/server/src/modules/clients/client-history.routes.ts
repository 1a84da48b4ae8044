import { ClientMergeBody, ClientMergeResult, ClientPrint, IdParams, Timeline } from '@shegong/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { AppError } from '../../platform/http/errors.ts';
import { clientPolicy } from './clients.policy.ts';
import { buildPrint, buildTimeline } from './history.service.ts';
import { mergeClient } from './merge.service.ts';

const tags = ['clients'];

/**
 * The timeline and the print are views of the file: audited as reads, naming which view. A
 * merged file's history lives on the surviving file, which is where these views are.
 */
async function auditView(request: FastifyRequest, view: 'timeline' | 'print') {
  const record = recordOf(request, clientPolicy);
  if (record.status === 'merged') throw new AppError(409, 'client_merged', 'error.client_merged', {});
  await audit({
    action: 'client.read',
    objectType: 'client',
    objectId: record.id,
    details: { view },
  });
}

export async function clientHistoryRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/clients/:id/timeline',
    {
      schema: {
        tags,
        summary:
          'Everything about the person, newest first: cases, notes and visits, groups, activities, ledger lines, categories, consents',
        params: IdParams,
        response: { 200: Timeline },
      },
      config: { kind: 'record', auth: { permission: 'client.read', resource: 'client' } },
    },
    async (request) => {
      await auditView(request, 'timeline');
      return buildTimeline(request.actor!, request.params.id, request.locale);
    },
  );

  r.get(
    '/api/clients/:id/print',
    {
      schema: {
        tags,
        summary: 'The data of the printable A4 file, masked as on screen (audited as a read)',
        params: IdParams,
        response: { 200: ClientPrint },
      },
      config: { kind: 'record', auth: { permission: 'client.read', resource: 'client' } },
    },
    async (request) => {
      await auditView(request, 'print');
      return buildPrint(request.actor!, request.params.id, request.locale);
    },
  );

  r.post(
    '/api/clients/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge this (duplicate) file into intoId: every reference moves in one transaction, this file stays as history',
        params: IdParams,
        body: ClientMergeBody,
        response: { 200: ClientMergeResult },
      },
      config: { auth: { permission: 'client.merge', resource: 'client' } },
    },
    async (request) => mergeClient(request.actor!, recordOf(request, clientPolicy), request.body.intoId, request.body.reason),
  );
}
