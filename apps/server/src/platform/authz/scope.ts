import { ancestorCodes, regionPrefix } from '@shegong/core';
import { and, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { fieldError } from '../http/errors.ts';
import type { Actor } from './actor.ts';

/**
 * The one definition of what an actor may see: its region subtree, intersected with
 * its organisation when it has one. Every scoped repository query goes through
 * `scopeWhere` (or `regionWhere` / `coveringWhere` for region-only records), and every
 * single check through `isInScope` / `isInRegion` / `isCovering`. A test fails on a
 * hand-written `startsWith(regionPrefix(…))` anywhere else.
 */
export interface Scope {
  regionPrefix: string;
  organisationId: string | null;
}

export interface RecordScope {
  regionCode: string;
  organisationId: string | null;
}

type Area = Actor | Pick<Scope, 'regionPrefix'> | string;

function prefixOf(area: Area): string {
  if (typeof area === 'string') return regionPrefix(area);
  return 'regionPrefix' in area ? area.regionPrefix : regionPrefix(area.regionCode);
}

export function scopeOf(actor: Actor): Scope {
  return { regionPrefix: regionPrefix(actor.regionCode), organisationId: actor.organisationId };
}

export function isInScope(scope: Scope, record: RecordScope): boolean {
  if (!isInRegion(scope, record.regionCode)) return false;
  return scope.organisationId === null || record.organisationId === scope.organisationId;
}

/** Whether a region code lies in an area (an actor's region, a scope, or a region code) — itself or below it. */
export function isInRegion(area: Area, regionCode: string): boolean {
  return regionCode.startsWith(prefixOf(area));
}

/** Records seen from above and below their region: inside the actor's area, or run for an area containing it. */
export function isCovering(actor: Actor, regionCode: string): boolean {
  return isInRegion(actor, regionCode) || isInRegion(regionCode, actor.regionCode);
}

export interface ScopeColumns {
  region: PgColumn;
  organisation?: PgColumn;
}

export function scopeWhere(scope: Scope, columns: ScopeColumns): SQL {
  const region = regionWhere(columns.region, scope);
  if (scope.organisationId === null) return region;
  // A table without an organisation column holds no organisation's records.
  if (!columns.organisation) return sql`false`;
  return and(region, eq(columns.organisation, scope.organisationId)) as SQL;
}

/**
 * Rows whose region lies in an area (a filter the caller chose, already checked to be in
 * scope, or the scope itself). A column, or a region-code expression of raw SQL (`sql\`w.region_code\``).
 */
export function regionWhere(column: PgColumn | SQL, area: Area): SQL {
  return like(column, `${prefixOf(area)}%`);
}

/** The SQL form of `isCovering`. */
export function coveringWhere(actor: Actor, column: PgColumn): SQL {
  const ancestors = ancestorCodes(actor.regionCode);
  const inside = regionWhere(column, actor);
  return (ancestors.length > 0 ? or(inside, inArray(column, ancestors)) : inside) as SQL;
}

/**
 * The area a caller asked to narrow a report to (by default its own), as a code prefix. A
 * region outside the caller's area is a field error naming the field, not an empty answer.
 */
export function askedRegion(actor: Actor, regionCode: string | undefined, field = 'regionCode'): string {
  if (!regionCode) return prefixOf(actor);
  if (!isInRegion(actor, regionCode)) throw fieldError(field, 'field.region_out_of_scope');
  return prefixOf(regionCode);
}

/** The caller's scope narrowed to a region inside it; a region containing the caller's area leaves it whole. */
export function narrowedScope(actor: Actor, regionCode: string | undefined): Scope {
  const scope = scopeOf(actor);
  if (!regionCode || isInRegion(regionCode, actor.regionCode)) return scope;
  return { ...scope, regionPrefix: askedRegion(actor, regionCode) };
}
