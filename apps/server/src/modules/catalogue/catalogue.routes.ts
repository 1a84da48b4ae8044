import { CatalogueItem, CatalogueItemCreate, CatalogueItemUpdate, CatalogueQuery, IdParams, pageOf } from '@shegong/contracts';
import { uuidv7 } from '@shegong/core';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { catalogueItems } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { allowedActions } from '../../platform/authz/authorize.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';
import { notFound, versionConflict } from '../../platform/http/errors.ts';
import { getSettings } from '../../platform/settings.ts';
import { requireRegionInScope } from '../regions/region-rules.ts';
import { cataloguePolicy } from './catalogue.policy.ts';
import { type CatalogueView, listCatalogue, viewCatalogueItem } from './catalogue.repository.ts';

const tags = ['catalogue'];

async function present(view: CatalogueView, actor: Actor): Promise<CatalogueItem> {
  const dropAfter = (await getSettings())['catalogue.dropAfterYears'];
  const thisYear = new Date().getFullYear();
  return {
    id: view.id,
    year: view.year,
    serviceArea: view.serviceArea,
    name: view.name,
    description: view.description,
    regionCode: view.regionCode,
    regionName: view.regionName ?? view.regionCode,
    status: view.status as CatalogueItem['status'],
    referencePrice: view.referencePrice === null ? null : Number(view.referencePrice),
    lastBoughtYear: view.lastBoughtYear,
    isStale: view.status !== 'dropped' && thisYear - (view.lastBoughtYear ?? view.year) >= dropAfter,
    projectCount: view.projectCount,
    version: view.version,
    allowedActions: allowedActions(actor, cataloguePolicy, view),
  };
}

async function presentOne(id: string, actor: Actor): Promise<CatalogueItem> {
  const view = await viewCatalogueItem(id);
  if (!view) throw notFound();
  return present(view, actor);
}

/** 项目目录: published each year by the buyers; an item not bought within the set years drops out. */
export async function catalogueRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/catalogue',
    {
      schema: {
        tags,
        summary: 'The project catalogue of the caller’s area',
        querystring: CatalogueQuery,
        response: { 200: pageOf(CatalogueItem) },
      },
      config: { kind: 'list', auth: { permission: 'catalogue.read' } },
    },
    async (request) => {
      const page = await listCatalogue(scopeOf(request.actor!), request.query);
      return { items: await Promise.all(page.items.map((v) => present(v, request.actor!))), total: page.total };
    },
  );

  r.post(
    '/api/catalogue',
    {
      schema: { tags, summary: 'Add a catalogue item', body: CatalogueItemCreate, response: { 201: CatalogueItem } },
      config: { auth: { permission: 'catalogue.manage' } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      await requireRegionInScope(actor, request.body.regionCode, 'regionCode', [2, 3, 4]);
      const id = uuidv7();
      const { referencePrice, ...rest } = request.body;
      await q()
        .insert(catalogueItems)
        .values({ id, ...rest, referencePrice: referencePrice?.toFixed(2) ?? null });
      await audit({
        action: 'catalogue.create',
        objectType: 'catalogue_item',
        objectId: id,
      });
      reply.code(201);
      return presentOne(id, actor);
    },
  );

  r.patch(
    '/api/catalogue/:id',
    {
      schema: {
        tags,
        summary: 'Update a catalogue item (send the version you read)',
        params: IdParams,
        body: CatalogueItemUpdate,
        response: { 200: CatalogueItem },
      },
      config: { auth: { permission: 'catalogue.manage', resource: 'catalogue_item' } },
    },
    async (request) => {
      const actor = request.actor!;
      const { version, referencePrice, regionCode, ...rest } = request.body;
      if (regionCode) await requireRegionInScope(actor, regionCode, 'regionCode', [2, 3, 4]);
      const rows = await q()
        .update(catalogueItems)
        .set({
          ...rest,
          ...(regionCode ? { regionCode } : {}),
          ...(referencePrice !== undefined ? { referencePrice: referencePrice.toFixed(2) } : {}),
          version: version + 1,
        })
        .where(and(eq(catalogueItems.id, request.params.id), eq(catalogueItems.version, version)))
        .returning({ id: catalogueItems.id });
      if (rows.length === 0) throw versionConflict();
      await audit({
        action: 'catalogue.update',
        objectType: 'catalogue_item',
        objectId: request.params.id,
        details: { fields: Object.keys(request.body) },
      });
      return presentOne(request.params.id, actor);
    },
  );
}
