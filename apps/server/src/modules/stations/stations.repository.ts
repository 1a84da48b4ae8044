import type { StationListQuery } from '@shegong/contracts';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { organisations, regions, stations } from '../../db/schema/index.ts';
import { regionWhere, type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { nameSearch } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';

export type StationRow = typeof stations.$inferSelect;
export type StationInsert = typeof stations.$inferInsert;
export interface StationView extends StationRow {
  regionName: string | null;
  organisationName: string | null;
  parentName: string | null;
  childCount: number;
}

const parent = alias(stations, 'parent');
const childCount = sql<number>`(select count(*)::int from stations c where c.parent_id = "stations"."id")`;

function viewQuery() {
  return q()
    .select({ station: stations, regionName: regions.name, organisationName: organisations.name, parentName: parent.name, childCount })
    .from(stations)
    .leftJoin(regions, eq(regions.code, stations.regionCode))
    .leftJoin(organisations, eq(organisations.id, stations.organisationId))
    .leftJoin(parent, eq(parent.id, stations.parentId));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = (r: ViewRow): StationView => ({
  ...r.station,
  regionName: r.regionName,
  organisationName: r.organisationName,
  parentName: r.parentName,
  childCount: r.childCount,
});

export async function findStation(id: string): Promise<StationRow | null> {
  const [row] = await q().select().from(stations).where(eq(stations.id, id));
  return row ?? null;
}

export async function viewStation(id: string): Promise<StationView | null> {
  const [row] = await viewQuery().where(eq(stations.id, id));
  return row ? toView(row) : null;
}

export async function listStations(scope: Scope, query: StationListQuery): Promise<{ items: StationView[]; total: number }> {
  const conditions: SQL[] = [scopeWhere(scope, { region: stations.regionCode, organisation: stations.organisationId })];
  if (query.q) conditions.push(nameSearch(query.q, { name: stations.name, pinyin: stations.namePinyin, initials: stations.nameInitials }));
  if (query.tier) conditions.push(eq(stations.tier, query.tier));
  if (query.status) conditions.push(eq(stations.status, query.status));
  if (query.organisationId) conditions.push(eq(stations.organisationId, query.organisationId));
  if (query.regionCode) conditions.push(regionWhere(stations.regionCode, query.regionCode));
  const where = and(...conditions);
  const rows = await viewQuery()
    .where(where)
    .orderBy(asc(stations.regionCode), asc(stations.tier), asc(stations.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await q().select({ n: sql<number>`count(*)::int` }).from(stations).where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

export async function insertStation(values: StationInsert): Promise<void> {
  await q().insert(stations).values(values);
}

export async function updateStation(id: string, version: number, values: Partial<StationInsert>): Promise<boolean> {
  const rows = await q()
    .update(stations)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(stations.id, id), eq(stations.version, version)))
    .returning({ id: stations.id });
  return rows.length === 1;
}

export async function deleteStation(id: string, version: number): Promise<boolean> {
  const rows = await q()
    .delete(stations)
    .where(and(eq(stations.id, id), eq(stations.version, version)))
    .returning({ id: stations.id });
  return rows.length === 1;
}

export async function countChildren(id: string): Promise<number> {
  const [row] = await q().select({ n: sql<number>`count(*)::int` }).from(stations).where(eq(stations.parentId, id));
  return row?.n ?? 0;
}
