import { regionPrefix } from '@shegong/core';
import { and, eq, like, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from './actor.ts';

/**
 * The one definition of what an actor may see: its region subtree, intersected with
 * its organisation when it has one. Every scoped repository query goes through
 * `scopeWhere`, and every single-record check through `isInScope`.
 */
export interface Scope {
  regionPrefix: string;
  organisationId: string | null;
}

export interface RecordScope {
  regionCode: string;
  organisationId: string | null;
}

export function scopeOf(actor: Actor): Scope {
  return { regionPrefix: regionPrefix(actor.regionCode), organisationId: actor.organisationId };
}

export function isInScope(scope: Scope, record: RecordScope): boolean {
  if (!record.regionCode.startsWith(scope.regionPrefix)) return false;
  return scope.organisationId === null || record.organisationId === scope.organisationId;
}

export interface ScopeColumns {
  region: PgColumn;
  organisation?: PgColumn;
}

export function scopeWhere(scope: Scope, columns: ScopeColumns): SQL {
  const region = like(columns.region, `${scope.regionPrefix}%`);
  if (scope.organisationId === null) return region;
  // A table without an organisation column holds no organisation's records.
  if (!columns.organisation) return sql`false`;
  return and(region, eq(columns.organisation, scope.organisationId)) as SQL;
}
