import { HomeSummary } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { scopeOf } from '../../platform/authz/scope.ts';
import { findRegion } from '../regions/regions.repository.ts';
import { homeCounts, stationsByDistrict } from './home.repository.ts';

export async function homeRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/home/summary',
    {
      schema: { tags: ['home'], summary: 'Counts and coverage for the caller’s area', response: { 200: HomeSummary } },
      config: { kind: 'aggregate', auth: { permission: 'home.read' } },
    },
    async (request) => {
      const actor = request.actor!;
      const scope = scopeOf(actor);
      const region = await findRegion(actor.regionCode);
      return { regionName: region?.name ?? actor.regionCode, ...(await homeCounts(scope)), byDistrict: await stationsByDistrict(scope) };
    },
  );
}
