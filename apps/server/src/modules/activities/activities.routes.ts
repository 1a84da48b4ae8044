import {
  Activity,
  ActivityCreate,
  ActivityDeleteQuery,
  ActivityDetail,
  ActivityListQuery,
  ActivityUpdate,
  IdParams,
  pageOf,
} from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { activityPolicy } from './activities.policy.ts';
import { listActivities } from './activities.repository.ts';
import { changeActivity, createActivity, presentActivity, presentActivityDetail, removeActivity } from './activities.service.ts';

const tags = ['activities'];

export async function activityRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/activities',
    {
      schema: {
        tags,
        summary: 'Community activities of the stations in the caller’s scope',
        querystring: ActivityListQuery,
        response: { 200: pageOf(Activity) },
      },
      config: { kind: 'list', auth: { permission: 'activity.read' }, list: 'activity' },
    },
    async (request) => {
      const page = await listActivities(scopeOf(request.actor!), request.query);
      return { items: page.items.map((a) => presentActivity(a, request.actor)), total: page.total };
    },
  );

  r.post(
    '/api/activities',
    {
      schema: {
        tags,
        summary: 'Record an activity: theme, date, place, named participants and/or a headcount, volunteers; ledger rows written with it',
        body: ActivityCreate,
        response: { 201: ActivityDetail },
      },
      config: { auth: { permission: 'activity.manage' } },
    },
    async (request, reply) => {
      reply.code(201);
      return createActivity(request.actor!, request.body);
    },
  );

  r.get(
    '/api/activities/:id',
    {
      schema: {
        tags,
        summary: 'An activity with its participants (names masked outside its organisation) and photos',
        params: IdParams,
        response: { 200: ActivityDetail },
      },
      config: { kind: 'record', auth: { permission: 'activity.read', resource: 'activity' } },
    },
    async (request) => {
      const actor = request.actor!;
      await audit({
        action: 'activity.read',
        objectType: 'activity',
        objectId: request.params.id,
      });
      return presentActivityDetail(request.params.id, actor);
    },
  );

  r.patch(
    '/api/activities/:id',
    {
      schema: {
        tags,
        summary:
          'Correct an activity (send the version you read); its ledger rows are rewritten. Photos: upload to /api/files?ownerType=activity',
        params: IdParams,
        body: ActivityUpdate,
        response: { 200: ActivityDetail },
      },
      config: { auth: { permission: 'activity.manage', resource: 'activity' } },
    },
    async (request) => changeActivity(request.actor!, recordOf(request, activityPolicy), request.body),
  );

  r.delete(
    '/api/activities/:id',
    {
      schema: {
        tags,
        summary: 'Remove an activity recorded by mistake, with its photos and ledger rows (version and reason required)',
        params: IdParams,
        querystring: ActivityDeleteQuery,
        response: { 204: z.null() },
      },
      config: { auth: { permission: 'activity.manage', resource: 'activity' } },
    },
    async (request, reply) => {
      await removeActivity(recordOf(request, activityPolicy), request.query.version, request.query.reason);
      reply.code(204);
      return null;
    },
  );
}
