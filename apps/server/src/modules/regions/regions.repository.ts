import type { Region } from '@shegong/contracts';
import { asc, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import { regions } from '../../db/schema/index.ts';
import { regionWhere } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';

// Correlated subqueries name the outer table explicitly: an unqualified column would bind to the inner alias.
const childCount = sql<number>`(select count(*)::int from regions c where c.parent_code = "regions"."code")`;

const columns = {
  code: regions.code,
  name: regions.name,
  level: regions.level,
  parentCode: regions.parentCode,
  childCount,
};

async function select(where: SQL, limit = 5000): Promise<Region[]> {
  return q().select(columns).from(regions).where(where).orderBy(asc(regions.code)).limit(limit);
}

export function findRegion(code: string): Promise<Region | undefined> {
  return select(eq(regions.code, code), 1).then((rows) => rows[0]);
}

export function listChildren(parentCode: string): Promise<Region[]> {
  return select(eq(regions.parentCode, parentCode));
}

export function searchRegions(prefix: string, text: string, limit = 50): Promise<Region[]> {
  return select(sql`${regionWhere(regions.code, prefix)} and ${ilike(regions.name, `%${text}%`)}`, limit);
}

export async function regionNames(codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await q().select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, unique));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Ancestors from the top down, ending with the region itself. */
export async function regionPath(code: string): Promise<Region[]> {
  const codes = [code.slice(0, 2), code.slice(0, 4), code.slice(0, 6), code.slice(0, 9), code].map((c) => c.padEnd(12, '0'));
  const rows = await select(inArray(regions.code, [...new Set(codes)]));
  return rows.sort((a, b) => a.level - b.level);
}
