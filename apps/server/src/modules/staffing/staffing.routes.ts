import { IdParams, PostCreate, PostListQuery, pageOf, StationPost, StationStaffing, TermEnd } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { stationPolicy } from '../stations/stations.policy.ts';
import { assignmentRoutes } from './assignments.routes.ts';
import { listPosts } from './posts.repository.ts';
import { finishPost, presentPost, startPost, stationStaffing } from './posts.service.ts';
import { postPolicy } from './staffing.policy.ts';
import { today } from './staffing-rules.ts';

const tags = ['staffing'];

/** Station staffing: head, deputies, workers, supervisor, with start and end dates and history. */
export async function staffingRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/staffing/stations/:id',
    {
      schema: {
        tags,
        summary: 'A station’s staff today, its history and its service points’ staff',
        params: IdParams,
        response: { 200: StationStaffing },
      },
      config: { kind: 'record', auth: { permission: 'staffing.read', resource: 'station' } },
    },
    async (request) => stationStaffing(request.actor!, recordOf(request, stationPolicy)),
  );

  r.post(
    '/api/staffing/stations/:id/posts',
    {
      schema: {
        tags,
        summary: 'Post a worker of the station’s organisation (one head at a time, one post per worker)',
        params: IdParams,
        body: PostCreate,
        response: { 201: StationPost },
      },
      config: { auth: { permission: 'staffing.manage', resource: 'station' } },
    },
    async (request, reply) => {
      reply.code(201);
      return startPost(request.actor!, recordOf(request, stationPolicy), request.body, request.locale);
    },
  );

  r.post(
    '/api/staffing/posts/:id/end',
    {
      schema: {
        tags,
        summary: 'End a post (409 if it was already ended)',
        params: IdParams,
        body: TermEnd,
        response: { 200: StationPost },
      },
      config: { auth: { permission: 'staffing.manage', resource: 'station_post' } },
    },
    async (request) => finishPost(request.actor!, recordOf(request, postPolicy), request.body),
  );

  r.get(
    '/api/staffing/posts',
    {
      schema: {
        tags,
        summary: 'Posts in the caller’s scope (a worker’s post history with workerId)',
        querystring: PostListQuery,
        response: { 200: pageOf(StationPost) },
      },
      config: { kind: 'list', auth: { permission: 'staffing.read' }, list: 'station_post' },
    },
    async (request) => {
      const day = today();
      const page = await listPosts(scopeOf(request.actor!), request.query, day);
      return { items: page.items.map((p) => presentPost(p, request.actor, day)), total: page.total };
    },
  );

  await assignmentRoutes(app);
}
