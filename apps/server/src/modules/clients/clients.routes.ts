import {
  ClientCategoryOption,
  ClientCreate,
  ClientDetail,
  ClientListQuery,
  ClientRead,
  ClientRevealBody,
  ClientRevealResult,
  ClientSummary,
  ClientUpdate,
  DuplicateQuery,
  DuplicateResult,
  IdParams,
  pageOf,
} from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { listCategories } from './client-parts.repository.ts';
import { presentContext, presentMerged, presentSummary, today } from './client-present.ts';
import { clientPolicy } from './clients.policy.ts';
import { listClients } from './clients.repository.ts';
import { changeClient, createClient, presentOne, revealField } from './clients.service.ts';
import { findDuplicates } from './duplicates.service.ts';

const tags = ['clients'];

export async function clientRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/clients',
    {
      schema: {
        tags,
        summary:
          'Client files in the caller’s scope (own and shared), masked; q matches name, pinyin, initials, or an exact ID number or mobile',
        querystring: ClientListQuery,
        response: { 200: pageOf(ClientSummary) },
      },
      config: { kind: 'list', auth: { permission: 'client.read' }, list: 'client' },
    },
    async (request) => {
      const actor = request.actor!;
      const page = await listClients(scopeOf(actor), request.query, today());
      // Lists carry personal data (masked): who searched is kept, never an identifier typed as the query.
      const q = request.query.q;
      await audit({
        action: 'client.list',
        objectType: 'client',
        details: { q: q && /\d{6,}/.test(q) ? '(identifier)' : (q ?? null), count: page.items.length },
      });
      const ctx = await presentContext(
        actor,
        request.locale,
        page.items.map((v) => v.regionCode),
      );
      return { items: page.items.map((v) => presentSummary(v, ctx)), total: page.total };
    },
  );

  r.get(
    '/api/clients/categories',
    {
      schema: {
        tags,
        summary: 'The vulnerable-group category list (names in Chinese and English)',
        response: { 200: z.array(ClientCategoryOption) },
      },
      // The code list is not personal data: every signed-in user (buyers' dashboards too) may read it.
      config: { kind: 'self', auth: { self: true } },
    },
    async () => listCategories(),
  );

  r.post(
    '/api/clients/duplicates',
    {
      schema: {
        tags,
        summary:
          'Files that may already be this person (same ID, same pinyin name and birth date, or same mobile), among those the caller sees; heldElsewhere when the ID number is on a file the caller cannot see (an identity lookup: audited, 429 past the hourly limit)',
        body: DuplicateQuery,
        response: { 200: DuplicateResult },
      },
      // An identity lookup records itself outside any transaction (kept when it answers 429).
      config: { auth: { permission: 'client.read' }, transaction: false },
    },
    async (request) => findDuplicates(request.actor!, request.body, request.locale),
  );

  r.post(
    '/api/clients',
    {
      schema: {
        tags,
        summary:
          'Open a client file; one person, one file: the same ID number answers 409 (code client_held_elsewhere, the same words whoever holds it, when the file is another organisation’s); 429 past the hourly identity-lookup limit',
        body: ClientCreate,
        response: { 201: ClientDetail },
      },
      // The service looks the ID number up first (kept when it stops the write), then writes in one transaction.
      config: { auth: { permission: 'client.create' }, transaction: false },
    },
    async (request, reply) => {
      reply.code(201);
      return createClient(request.actor!, request.body, request.locale);
    },
  );

  r.get(
    '/api/clients/:id',
    {
      schema: {
        tags,
        summary: 'One file (every view audited); a merged file points at the surviving one',
        params: IdParams,
        response: { 200: ClientRead },
      },
      config: { kind: 'record', auth: { permission: 'client.read', resource: 'client' } },
    },
    async (request) => {
      const actor = request.actor!;
      const record = recordOf(request, clientPolicy);
      await audit({
        action: 'client.read',
        objectType: 'client',
        objectId: record.id,
      });
      if (record.status === 'merged') return presentMerged(record);
      return presentOne(record.id, actor, request.locale);
    },
  );

  r.patch(
    '/api/clients/:id',
    {
      schema: {
        tags,
        summary: 'Update a file (send the version you read); a new ID number is looked up as when opening a file',
        params: IdParams,
        body: ClientUpdate,
        response: { 200: ClientDetail },
      },
      // As for opening a file: the lookup outside, the change in one transaction.
      config: { auth: { permission: 'client.update', resource: 'client' }, transaction: false },
    },
    async (request) => changeClient(request.actor!, recordOf(request, clientPolicy), request.body, request.locale),
  );

  r.post(
    '/api/clients/:id/reveal',
    {
      schema: {
        tags,
        summary: 'The full ID number, mobile or address, for a stated reason (audited with it)',
        params: IdParams,
        body: ClientRevealBody,
        response: { 200: ClientRevealResult },
      },
      config: { auth: { permission: 'client.reveal', resource: 'client' } },
    },
    async (request) => revealField(recordOf(request, clientPolicy), request.body.field, request.body.reason),
  );
}
