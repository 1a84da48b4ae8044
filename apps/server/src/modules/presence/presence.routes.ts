import {
  Checkin,
  CheckinCreate,
  CheckinListQuery,
  CheckoutBody,
  HistoryQuery,
  IdParams,
  PresenceHistory,
  PresenceToday,
  pageOf,
  WeeklyQuery,
  WeeklyReport,
} from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { listCheckins } from './checkins.repository.ts';
import { checkIn, leave, presenceToday, presentCheckin } from './checkins.service.ts';
import { checkinPolicy } from './presence.policy.ts';
import { presenceHistory, weeklyReport } from './weekly.service.ts';

const tags = ['presence'];

/** 一社区一社工: check-ins from a phone and the weekly compliance report. */
export async function presenceRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/presence/today',
    {
      schema: { tags, summary: 'The signed-in worker’s communities and today’s check-ins', response: { 200: PresenceToday } },
      config: { kind: 'self', auth: { permission: 'presence.checkin' } },
    },
    async (request) => presenceToday(request.actor!),
  );

  r.post(
    '/api/presence/checkins',
    {
      schema: {
        tags,
        summary: 'Arrive in a community now (server time, Asia/Shanghai); a second tap the same day returns the first (200)',
        body: CheckinCreate,
        response: { 200: Checkin, 201: Checkin },
      },
      config: { auth: { permission: 'presence.checkin' } },
    },
    async (request, reply) => {
      const { created, checkin } = await checkIn(request.actor!, request.body);
      reply.code(created ? 201 : 200);
      return checkin;
    },
  );

  r.post(
    '/api/presence/checkins/:id/leave',
    {
      schema: {
        tags,
        summary: 'Leave now: own check-in, same day, after arrival; a repeat changes nothing',
        params: IdParams,
        body: CheckoutBody,
        response: { 200: Checkin },
      },
      config: { auth: { permission: 'presence.checkin', resource: 'presence_checkin' } },
    },
    async (request) => leave(request.actor!, recordOf(request, checkinPolicy)),
  );

  r.get(
    '/api/presence/checkins',
    {
      schema: {
        tags,
        summary: 'Check-ins in the caller’s scope (read audited: they tell where people were)',
        querystring: CheckinListQuery,
        response: { 200: pageOf(Checkin) },
      },
      config: { kind: 'list', auth: { permission: 'presence.read' }, list: 'presence_checkin' },
    },
    async (request) => {
      const actor = request.actor!;
      const page = await listCheckins(scopeOf(actor), request.query);
      await audit({
        action: 'presence.list',
        objectType: 'presence_checkin',
        details: { ...request.query, count: page.items.length },
      });
      return { items: page.items.map((c) => presentCheckin(c, actor)), total: page.total };
    },
  );

  r.get(
    '/api/presence/weekly',
    {
      schema: {
        tags,
        summary: 'Weekly compliance per community, station and district against the required days; communities below it',
        querystring: WeeklyQuery,
        response: { 200: WeeklyReport },
      },
      config: { kind: 'aggregate', auth: { permission: 'presence.read' } },
    },
    async (request) => weeklyReport(request.actor!, request.query),
  );

  r.get(
    '/api/presence/history',
    {
      schema: {
        tags,
        summary: 'Days present per community over several weeks (weeks=4)',
        querystring: HistoryQuery,
        response: { 200: PresenceHistory },
      },
      config: { kind: 'aggregate', auth: { permission: 'presence.read' } },
    },
    async (request) => presenceHistory(request.actor!, request.query),
  );
}
