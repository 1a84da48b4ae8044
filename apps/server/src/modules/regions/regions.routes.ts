import { pageOf, Region, RegionCodeParams, RegionDetail, RegionListQuery } from '@shegong/contracts';
import { regionPrefix } from '@shegong/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../platform/http/errors.ts';
import { findRegion, listChildren, regionPath, searchRegions } from './regions.repository.ts';

/** Geography is not personal data: anyone with region.read browses the city's tree. */
export async function regionRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/regions',
    {
      schema: {
        tags: ['regions'],
        summary: 'Children of a region node (default: the caller’s own node), or a name search',
        querystring: RegionListQuery,
        response: { 200: pageOf(Region) },
      },
      config: { kind: 'list', auth: { permission: 'region.read' } },
    },
    async (request) => {
      const actor = request.actor!;
      const { parent, q } = request.query;
      let items: Region[];
      if (q) items = await searchRegions(regionPrefix(parent ?? actor.regionCode), q);
      else if (parent) items = await listChildren(parent);
      else items = [await findRegion(actor.regionCode)].filter((x): x is Region => Boolean(x));
      return { items, total: items.length };
    },
  );

  r.get(
    '/api/regions/:code',
    {
      schema: {
        tags: ['regions'],
        summary: 'One region node with its ancestors',
        params: RegionCodeParams,
        response: { 200: RegionDetail },
      },
      config: { kind: 'aggregate', auth: { permission: 'region.read' } },
    },
    async (request) => {
      const region = await findRegion(request.params.code);
      if (!region) throw notFound();
      return { ...region, path: await regionPath(region.code) };
    },
  );
}
