import {
  Group,
  GroupCreate,
  GroupDetail,
  GroupEvaluation,
  GroupListQuery,
  GroupMemberLeave,
  GroupMemberParams,
  GroupMembersAdd,
  GroupPhaseChange,
  GroupUpdate,
  IdParams,
  pageOf,
} from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { joinGroup, leaveGroup } from './group-members.service.ts';
import { groupPolicy } from './groups.policy.ts';
import { presentGroup, presentGroupDetail } from './groups.present.ts';
import { listGroups } from './groups.repository.ts';
import { changeGroup, changePhase, createGroup, evaluateGroup } from './groups.service.ts';

const tags = ['groups'];
const manage = { permission: 'group.manage', resource: 'group' } as const;

export async function groupRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/groups',
    {
      schema: {
        tags,
        summary: 'Groups of the stations in the caller’s scope',
        querystring: GroupListQuery,
        response: { 200: pageOf(Group) },
      },
      config: { kind: 'list', auth: { permission: 'group.read' }, list: 'group' },
    },
    async (request) => {
      const page = await listGroups(scopeOf(request.actor!), request.query);
      return { items: page.items.map((g) => presentGroup(g, request.actor)), total: page.total };
    },
  );

  r.post(
    '/api/groups',
    {
      schema: {
        tags,
        summary: 'Plan a group (筹备): aims, target category, planned sessions, facilitator',
        body: GroupCreate,
        response: { 201: GroupDetail },
      },
      config: { auth: { permission: 'group.manage' } },
    },
    async (request, reply) => {
      reply.code(201);
      return createGroup(request.actor!, request.body);
    },
  );

  r.get(
    '/api/groups/:id',
    {
      schema: {
        tags,
        summary: 'A group with its members and sessions (names masked outside its organisation)',
        params: IdParams,
        response: { 200: GroupDetail },
      },
      config: { kind: 'record', auth: { permission: 'group.read', resource: 'group' } },
    },
    async (request) => {
      const actor = request.actor!;
      // Members are served people: every view is recorded.
      await audit({
        action: 'group.read',
        objectType: 'group',
        objectId: request.params.id,
      });
      return presentGroupDetail(request.params.id, actor);
    },
  );

  r.patch(
    '/api/groups/:id',
    {
      schema: {
        tags,
        summary: 'Change the plan (send the version you read)',
        params: IdParams,
        body: GroupUpdate,
        response: { 200: GroupDetail },
      },
      config: { auth: manage },
    },
    async (request) => changeGroup(request.actor!, recordOf(request, groupPolicy), request.body),
  );

  r.post(
    '/api/groups/:id/phase',
    {
      schema: {
        tags,
        summary: 'Move to the next phase: 筹备 → 形成 → 转折 → 成熟 → 结束 → closed (no skipping; closing needs the evaluation)',
        params: IdParams,
        body: GroupPhaseChange,
        response: { 200: GroupDetail },
      },
      config: { auth: manage },
    },
    async (request) => changePhase(request.actor!, recordOf(request, groupPolicy), request.body.phase, request.body.version),
  );

  r.post(
    '/api/groups/:id/evaluation',
    {
      schema: {
        tags,
        summary: 'Write the group’s evaluation (ending phase)',
        params: IdParams,
        body: GroupEvaluation,
        response: { 200: GroupDetail },
      },
      config: { auth: manage },
    },
    async (request) => evaluateGroup(request.actor!, recordOf(request, groupPolicy), request.body.evaluation, request.body.version),
  );

  r.post(
    '/api/groups/:id/members',
    {
      schema: {
        tags,
        summary: 'Add members: clients of the group’s organisation you can see',
        params: IdParams,
        body: GroupMembersAdd,
        response: { 200: GroupDetail },
      },
      config: { auth: manage },
    },
    async (request) => joinGroup(request.actor!, recordOf(request, groupPolicy), request.body),
  );

  r.delete(
    '/api/groups/:id/members/:clientId',
    {
      schema: {
        tags,
        summary: 'A member leaves (kept with the leaving date; earlier attendance stays)',
        params: GroupMemberParams,
        querystring: GroupMemberLeave,
        response: { 200: GroupDetail },
      },
      config: { auth: manage },
    },
    async (request) => leaveGroup(request.actor!, recordOf(request, groupPolicy), request.params.clientId, request.query.leftOn),
  );
}
