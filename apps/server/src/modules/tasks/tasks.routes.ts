import { SupervisionOverview, TodayTasks } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { supervisionOverview, todayTasks } from './tasks.service.ts';

const tags = ['tasks'];

/** Follow-ups computed from the cases on each request: nothing to keep in step. */
export async function taskRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/tasks/today',
    {
      schema: {
        tags,
        summary: 'The caller’s “today”: reviews due, goals overdue, high-risk clients not visited, referrals to answer, returns',
        response: { 200: TodayTasks },
      },
      config: { kind: 'list', auth: { permission: 'case.read' } },
    },
    async (request) => todayTasks(request.actor!),
  );

  r.get(
    '/api/tasks/supervision',
    {
      schema: {
        tags,
        summary: 'A supervisor’s overview: sign-offs waiting, and overdue reviews and goals per worker',
        response: { 200: SupervisionOverview },
      },
      config: { kind: 'list', auth: { permission: 'case.approve' } },
    },
    async (request) => supervisionOverview(request.actor!),
  );
}
