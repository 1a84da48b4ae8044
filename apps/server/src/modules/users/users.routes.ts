import { IdParams, pageOf, ResetPasswordBody, User, UserCreate, UserListQuery, UserUpdate } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { notFound } from '../../platform/http/errors.ts';
import { userPolicy } from './users.policy.ts';
import { listUsers, viewUser } from './users.repository.ts';
import { changeUser, createUser, presentUser, resetPassword } from './users.service.ts';

const tags = ['users'];

export async function userRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Users in the caller’s scope (mobiles masked)',
        querystring: UserListQuery,
        response: { 200: pageOf(User) },
      },
      config: { kind: 'list', auth: { permission: 'user.read' }, list: 'user' },
    },
    async (request) => {
      const actor = request.actor!;
      const page = await listUsers(scopeOf(actor), request.query);
      await audit({
        action: 'user.list',
        objectType: 'user',
        details: { q: request.query.q ?? null, count: page.items.length },
      });
      return { items: page.items.map((u) => presentUser(u, actor)), total: page.total };
    },
  );

  r.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Create a user inside one’s own subtree with roles at or below one’s own',
        body: UserCreate,
        response: { 201: User },
      },
      config: { auth: { permission: 'user.create' } },
    },
    async (request, reply) => {
      reply.code(201);
      return createUser(request.actor!, request.body);
    },
  );

  r.get(
    '/api/users/:id',
    {
      schema: { tags, summary: 'One user (read audited)', params: IdParams, response: { 200: User } },
      config: { kind: 'record', auth: { permission: 'user.read', resource: 'user' } },
    },
    async (request) => {
      const actor = request.actor!;
      const view = await viewUser(request.params.id);
      if (!view) throw notFound();
      await audit({
        action: 'user.read',
        objectType: 'user',
        objectId: view.id,
      });
      return presentUser(view, actor);
    },
  );

  r.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Update a user; disabling ends all its sessions',
        params: IdParams,
        body: UserUpdate,
        response: { 200: User },
      },
      config: { auth: { permission: 'user.update', resource: 'user' } },
    },
    async (request) => changeUser(request.actor!, recordOf(request, userPolicy), request.body),
  );

  r.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Set a temporary password (changed at next sign-in)',
        params: IdParams,
        body: ResetPasswordBody,
        response: { 204: z.null() },
      },
      config: { auth: { permission: 'user.reset_password', resource: 'user' } },
    },
    async (request, reply) => {
      await resetPassword(recordOf(request, userPolicy), request.body.newPassword);
      reply.code(204);
      return null;
    },
  );
}
