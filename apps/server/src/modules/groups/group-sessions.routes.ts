import { GroupDetail, GroupSessionInput, IdParams, RemovalReason } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordOf } from '../../platform/authz/guard.ts';
import { recordSession, removeSession } from './group-sessions.service.ts';
import { groupPolicy, groupSessionPolicy } from './groups.policy.ts';

const tags = ['groups'];

/** Sessions as held: attendance and headcount written to the ledger in the same transaction. */
export async function groupSessionRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/groups/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Record a session: number (next by default), date, theme, facilitator, attending members and/or a headcount',
        params: IdParams,
        body: GroupSessionInput,
        response: { 201: GroupDetail },
      },
      config: { auth: { permission: 'group.manage', resource: 'group' } },
    },
    async (request, reply) => {
      reply.code(201);
      return recordSession(request.actor!, recordOf(request, groupPolicy).id, request.body, null);
    },
  );

  r.put(
    '/api/group-sessions/:id',
    {
      schema: {
        tags,
        summary: 'Correct a session (the whole session is sent); its ledger rows are rewritten',
        params: IdParams,
        body: GroupSessionInput,
        response: { 200: GroupDetail },
      },
      config: { auth: { permission: 'group.manage', resource: 'group_session' } },
    },
    async (request) => {
      const session = recordOf(request, groupSessionPolicy);
      return recordSession(request.actor!, session.groupId, request.body, session);
    },
  );

  r.delete(
    '/api/group-sessions/:id',
    {
      schema: {
        tags,
        summary: 'Remove a session recorded by mistake, with its ledger rows (the reason is audited)',
        params: IdParams,
        querystring: RemovalReason,
        response: { 204: z.null() },
      },
      config: { auth: { permission: 'group.manage', resource: 'group_session' } },
    },
    async (request, reply) => {
      await removeSession(recordOf(request, groupSessionPolicy), request.query.reason);
      reply.code(204);
      return null;
    },
  );
}
