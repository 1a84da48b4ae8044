import { and, asc, desc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import { catalogueItems, regions } from '../../db/schema/index.ts';
import { type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { escapeLike } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';

export type CatalogueRow = typeof catalogueItems.$inferSelect;
export interface CatalogueView extends CatalogueRow {
  regionName: string | null;
  projectCount: number;
}

// Correlated subquery: name the outer table explicitly.
const projectCount = sql<number>`(select count(*)::int from projects p where p.catalogue_item_id = "catalogue_items"."id")`;

export async function findCatalogueItem(id: string): Promise<CatalogueRow | null> {
  const [row] = await q().select().from(catalogueItems).where(eq(catalogueItems.id, id));
  return row ?? null;
}

/** Catalogue items are the buyers' (no organisation): scope by region only, and visible upwards to providers via READ. */
export async function listCatalogue(
  scope: Scope,
  query: { page: number; pageSize: number; q?: string; year?: number; status?: string; serviceArea?: string },
) {
  const conditions: SQL[] = [scopeWhere({ ...scope, organisationId: null }, { region: catalogueItems.regionCode })];
  if (query.q) conditions.push(ilike(catalogueItems.name, `%${escapeLike(query.q)}%`));
  if (query.year) conditions.push(eq(catalogueItems.year, query.year));
  if (query.status) conditions.push(eq(catalogueItems.status, query.status));
  if (query.serviceArea) conditions.push(eq(catalogueItems.serviceArea, query.serviceArea));
  const where = and(...conditions);
  const rows = await q()
    .select({ item: catalogueItems, regionName: regions.name, projectCount })
    .from(catalogueItems)
    .leftJoin(regions, eq(regions.code, catalogueItems.regionCode))
    .where(where)
    .orderBy(desc(catalogueItems.year), asc(catalogueItems.serviceArea), asc(catalogueItems.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [count] = await q().select({ n: sql<number>`count(*)::int` }).from(catalogueItems).where(where);
  return { items: rows.map((r) => ({ ...r.item, regionName: r.regionName, projectCount: r.projectCount })), total: count?.n ?? 0 };
}

export async function viewCatalogueItem(id: string): Promise<CatalogueView | null> {
  const [row] = await q()
    .select({ item: catalogueItems, regionName: regions.name, projectCount })
    .from(catalogueItems)
    .leftJoin(regions, eq(regions.code, catalogueItems.regionCode))
    .where(eq(catalogueItems.id, id));
  return row ? { ...row.item, regionName: row.regionName, projectCount: row.projectCount } : null;
}
