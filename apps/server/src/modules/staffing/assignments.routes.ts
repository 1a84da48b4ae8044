import {
  AssignmentCreate,
  AssignmentListQuery,
  CommunityAssignment,
  CommunityStaffingPage,
  CommunityStaffingQuery,
  IdParams,
  pageOf,
  StationCommunities,
  TermEnd,
} from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { stationPolicy } from '../stations/stations.policy.ts';
import { listAssignments } from './assignments.repository.ts';
import { communityStaffing, finishAssignment, presentAssignment, startAssignment, stationCommunities } from './assignments.service.ts';
import { assignmentPolicy } from './staffing.policy.ts';
import { today } from './staffing-rules.ts';

const tags = ['staffing'];

/** 一社区一社工: which worker covers each community. */
export async function assignmentRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/staffing/stations/:id/communities',
    {
      schema: {
        tags,
        summary: 'The communities in a station’s area with their assigned worker, or none',
        params: IdParams,
        response: { 200: StationCommunities },
      },
      config: { kind: 'record', auth: { permission: 'staffing.read', resource: 'station' } },
    },
    async (request) => stationCommunities(request.actor!, recordOf(request, stationPolicy)),
  );

  r.post(
    '/api/staffing/stations/:id/assignments',
    {
      schema: {
        tags,
        summary: 'Assign a worker to a community of the station’s town (one per community per station)',
        params: IdParams,
        body: AssignmentCreate,
        response: { 201: CommunityAssignment },
      },
      config: { auth: { permission: 'staffing.manage', resource: 'station' } },
    },
    async (request, reply) => {
      reply.code(201);
      return startAssignment(request.actor!, recordOf(request, stationPolicy), request.body);
    },
  );

  r.post(
    '/api/staffing/assignments/:id/end',
    {
      schema: {
        tags,
        summary: 'End an assignment (409 if it was already ended)',
        params: IdParams,
        body: TermEnd,
        response: { 200: CommunityAssignment },
      },
      config: { auth: { permission: 'staffing.manage', resource: 'community_assignment' } },
    },
    async (request) => finishAssignment(request.actor!, recordOf(request, assignmentPolicy), request.body),
  );

  r.get(
    '/api/staffing/assignments',
    {
      schema: {
        tags,
        summary: 'Community assignments in the caller’s scope',
        querystring: AssignmentListQuery,
        response: { 200: pageOf(CommunityAssignment) },
      },
      config: { kind: 'list', auth: { permission: 'staffing.read' }, list: 'community_assignment' },
    },
    async (request) => {
      const day = today();
      const page = await listAssignments(scopeOf(request.actor!), request.query, day);
      return { items: page.items.map((a) => presentAssignment(a, request.actor, day)), total: page.total };
    },
  );

  r.get(
    '/api/staffing/communities',
    {
      schema: {
        tags,
        summary: 'Communities of a town or district with their assigned workers, and those with none',
        querystring: CommunityStaffingQuery,
        response: { 200: CommunityStaffingPage },
      },
      config: { kind: 'list', auth: { permission: 'staffing.read' } },
    },
    async (request) => communityStaffing(request.actor!, request.query),
  );
}
