import {
  Expenditure,
  ExpenditureCreate,
  IdParams,
  Project,
  ProjectCreate,
  ProjectEvent,
  ProjectListQuery,
  ProjectRules,
  ProjectSummary,
  ProjectTransition,
  ProjectUpdate,
  pageOf,
} from '@shegong/contracts';
import type { BudgetCategory } from '@shegong/core';
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { projectEvents } from '../../db/schema/index.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';
import { getSettings } from '../../platform/settings.ts';
import { registerFileOwner } from '../files/file-owners.ts';
import { projectPolicy } from './projects.policy.ts';
import { presentProjects, summarise } from './projects.present.ts';
import { countProjects, expendituresOf, listProjects, loadViews } from './projects.repository.ts';
import { advanceProject, changeProject, createProject, presentProject, recordExpenditure } from './projects.service.ts';

const tags = ['projects'];
registerFileOwner('project', 'project', ['project.manage', 'project.spend']);

export async function projectRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/projects',
    {
      schema: {
        tags,
        summary: 'Purchased projects: a buyer sees those it buys, a provider those it runs; with live progress and pace',
        querystring: ProjectListQuery,
        response: { 200: pageOf(ProjectSummary) },
      },
      config: { kind: 'list', auth: { permission: 'project.read' }, list: 'project' },
    },
    async (request) => {
      const query = request.query;
      const where = await listProjects(scopeOf(request.actor!), query);
      // Pace and the personnel rule are computed, so those two filters apply after presenting.
      const computedFilter = query.pace || query.personnelBelow;
      const views = await loadViews(
        where,
        computedFilter ? undefined : { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      );
      let items = (await presentProjects(views, request.actor)).map(summarise);
      if (query.pace) items = items.filter((p) => p.pace === query.pace);
      if (query.personnelBelow) items = items.filter((p) => p.budget.personnelActual.isBelow === (query.personnelBelow === 'true'));
      if (!computedFilter) return { items, total: await countProjects(where) };
      return { items: items.slice((query.page - 1) * query.pageSize, query.page * query.pageSize), total: items.length };
    },
  );

  r.post(
    '/api/projects',
    {
      schema: {
        tags,
        summary: 'Contract a project: buyer, provider, stations, period, amount, budget lines and targets',
        body: ProjectCreate,
        response: { 201: Project },
      },
      config: { auth: { permission: 'project.manage' } },
    },
    async (request, reply) => {
      reply.code(201);
      return createProject(request.actor!, request.body);
    },
  );

  r.get(
    '/api/projects/:id',
    {
      schema: {
        tags,
        summary: 'One project with targets, progress, pace and budget execution',
        params: IdParams,
        response: { 200: Project },
      },
      config: { kind: 'record', auth: { permission: 'project.read', resource: 'project' } },
    },
    async (request) => presentProject(request.params.id, request.actor!),
  );

  r.patch(
    '/api/projects/:id',
    {
      schema: {
        tags,
        summary: 'Change a project (send the version you read)',
        params: IdParams,
        body: ProjectUpdate,
        response: { 200: Project },
      },
      config: { auth: { permission: 'project.manage', resource: 'project' } },
    },
    async (request) => changeProject(request.actor!, recordOf(request, projectPolicy), request.body),
  );

  r.post(
    '/api/projects/:id/advance',
    {
      schema: {
        tags,
        summary: 'Move to the next status: contracted → in service → mid-term evaluated → final evaluated → closed',
        params: IdParams,
        body: ProjectTransition,
        response: { 200: Project },
      },
      config: { auth: { permission: 'project.manage', resource: 'project' } },
    },
    async (request) => advanceProject(request.actor!, recordOf(request, projectPolicy), request.body.version, request.body.comment),
  );

  r.get(
    '/api/projects/rules',
    {
      schema: {
        tags,
        summary: 'The personnel-share minimum and pace tolerance (settings) for project forms',
        response: { 200: ProjectRules },
      },
      config: { kind: 'aggregate', auth: { permission: 'project.read' } },
    },
    async () => {
      const config = await getSettings();
      return { personnelMinShare: config['project.personnelMinShare'], paceTolerance: config['project.paceTolerance'] };
    },
  );

  r.get(
    '/api/projects/:id/events',
    {
      schema: { tags, summary: 'Status history with comments', params: IdParams, response: { 200: z.array(ProjectEvent) } },
      config: { kind: 'record', auth: { permission: 'project.read', resource: 'project' } },
    },
    async (request) =>
      (await q().select().from(projectEvents).where(eq(projectEvents.projectId, request.params.id)).orderBy(asc(projectEvents.at))).map(
        (e) => ({
          id: e.id,
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          comment: e.comment,
          actorName: e.actorName,
          at: e.at.toISOString(),
        }),
      ),
  );

  r.get(
    '/api/projects/:id/expenditures',
    {
      schema: { tags, summary: 'Spending against the budget lines', params: IdParams, response: { 200: z.array(Expenditure) } },
      config: { kind: 'record', auth: { permission: 'project.read', resource: 'project' } },
    },
    async (request) =>
      (await expendituresOf(request.params.id)).map(({ e, category }) => ({
        id: e.id,
        budgetLineId: e.budgetLineId,
        category: category as BudgetCategory,
        spentOn: e.spentOn,
        amount: Number(e.amount),
        description: e.description,
        evidenceFileId: e.evidenceFileId,
      })),
  );

  r.post(
    '/api/projects/:id/expenditures',
    {
      schema: {
        tags,
        summary: 'Record spending (the provider), with evidence',
        params: IdParams,
        body: ExpenditureCreate,
        response: { 201: Project },
      },
      config: { auth: { permission: 'project.spend', resource: 'project' } },
    },
    async (request, reply) => {
      await recordExpenditure(request.actor!, recordOf(request, projectPolicy), request.body);
      reply.code(201);
      return presentProject(request.params.id, request.actor!);
    },
  );
}
