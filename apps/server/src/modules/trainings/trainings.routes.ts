import {
  AttendanceBody,
  Enrolment,
  IdParams,
  pageOf,
  RosterQuery,
  Training,
  TrainingCreate,
  TrainingListQuery,
  TrainingUpdate,
  VersionQuery,
} from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { notFound } from '../../platform/http/errors.ts';
import { today } from '../workers/worker-status.ts';
import { markAttendance } from './attendance.service.ts';
import { rosterOf } from './enrolments.repository.ts';
import { presentEnrolment } from './enrolments.service.ts';
import { trainingPolicy } from './trainings.policy.ts';
import { listTrainings, viewTraining } from './trainings.repository.ts';
import { changeTraining, createTraining, presentTraining, removeTraining } from './trainings.service.ts';

const tags = ['trainings'];

export async function trainingRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // Not a `list` route for the leak matrix: programmes are the bureau's and open to every
  // organisation of their area, so another organisation's staff rightly see the same ones.
  // No personal data is listed (counts only; enrolments are listed per worker scope below).
  r.get(
    '/api/trainings',
    {
      schema: {
        tags,
        summary: 'Training programmes for the caller’s area (its own, and those of the areas above it)',
        querystring: TrainingListQuery,
        response: { 200: pageOf(Training) },
      },
      config: { kind: 'list', auth: { permission: 'training.read' } },
    },
    async (request) => {
      const now = today();
      const page = await listTrainings(request.actor!, request.query, now);
      return { items: page.items.map((v) => presentTraining(v, request.actor)), total: page.total };
    },
  );

  r.post(
    '/api/trainings',
    {
      schema: { tags, summary: 'Create a programme for the bureau’s region', body: TrainingCreate, response: { 201: Training } },
      config: { auth: { permission: 'training.manage' } },
    },
    async (request, reply) => {
      reply.code(201);
      return createTraining(request.actor!, request.body);
    },
  );

  r.get(
    '/api/trainings/:id',
    {
      schema: { tags, summary: 'One programme (the bureau running it)', params: IdParams, response: { 200: Training } },
      config: { kind: 'record', auth: { permission: 'training.manage', resource: 'training' } },
    },
    async (request) => {
      const view = await viewTraining(request.params.id, request.actor!.organisationId);
      if (!view) throw notFound();
      return presentTraining(view, request.actor);
    },
  );

  r.patch(
    '/api/trainings/:id',
    {
      schema: {
        tags,
        summary: 'Update a programme (send the version you read); places never below those enrolled',
        params: IdParams,
        body: TrainingUpdate,
        response: { 200: Training },
      },
      config: { auth: { permission: 'training.manage', resource: 'training' } },
    },
    async (request) => changeTraining(request.actor!, recordOf(request, trainingPolicy), request.body),
  );

  r.delete(
    '/api/trainings/:id',
    {
      schema: {
        tags,
        summary: 'Delete a programme nobody is enrolled in',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: z.null() },
      },
      config: { auth: { permission: 'training.manage', resource: 'training' } },
    },
    async (request, reply) => {
      await removeTraining(recordOf(request, trainingPolicy), request.query.version);
      reply.code(204);
      return null;
    },
  );

  r.get(
    '/api/trainings/:id/enrolments',
    {
      schema: {
        tags,
        summary: 'The roster of a programme, for the bureau running it',
        params: IdParams,
        querystring: RosterQuery,
        response: { 200: pageOf(Enrolment) },
      },
      config: { kind: 'record', auth: { permission: 'training.manage', resource: 'training' } },
    },
    async (request) => {
      const actor = request.actor!;
      const page = await rosterOf(request.params.id, request.query);
      await audit({
        action: 'enrolment.list',
        objectType: 'training',
        objectId: request.params.id,
        details: { count: page.items.length },
      });
      return { items: page.items.map((v) => presentEnrolment(v, actor)), total: page.total };
    },
  );

  r.post(
    '/api/trainings/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Mark attendance; attended enrolments count as continuing-education hours',
        params: IdParams,
        body: AttendanceBody,
        response: { 200: z.array(Enrolment) },
      },
      config: { auth: { permission: 'training.manage', resource: 'training' } },
    },
    async (request) => markAttendance(request.actor!, recordOf(request, trainingPolicy), request.body.marks),
  );
}
