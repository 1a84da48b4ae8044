import type { OrganisationListQuery } from '@shegong/contracts';
import { and, asc, eq, exists, or, type SQL, sql } from 'drizzle-orm';
import { organisations, regions, stations } from '../../db/schema/index.ts';
import { regionWhere, type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { nameSearch } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
export type OrganisationInsert = typeof organisations.$inferInsert;
/** For the policy: an organisation is visible where it is registered and where it runs stations. */
export interface OrganisationRecord extends OrganisationRow {
  stationRegions: string[];
}
export interface OrganisationView extends OrganisationRecord {
  regionName: string | null;
  stationCount: number;
}

// Correlated subqueries name the outer table explicitly: an unqualified column would bind to the inner alias.
const stationCount = sql<number>`(select count(*)::int from stations s where s.organisation_id = "organisations"."id")`;
const stationRegions = sql<
  string[]
>`coalesce((select array_agg(distinct s.region_code) from stations s where s.organisation_id = "organisations"."id"), '{}')`;
const latestGrade = sql<
  string | null
>`(select r.grade from organisation_ratings r where r.organisation_id = "organisations"."id" order by r.rated_on desc limit 1)`;

/** Registered in scope, or running a station in scope (buyers see their providers). */
export function organisationScopeWhere(scope: Scope): SQL {
  const registered = scopeWhere(scope, { region: organisations.regionCode, organisation: organisations.id });
  const runsStation = exists(
    q()
      .select({ one: sql`1` })
      .from(stations)
      .where(
        and(
          eq(stations.organisationId, organisations.id),
          scopeWhere(scope, { region: stations.regionCode, organisation: stations.organisationId }),
        ),
      ),
  );
  return or(registered, runsStation) as SQL;
}

export async function findOrganisation(id: string): Promise<OrganisationRecord | null> {
  const [row] = await q().select({ org: organisations, stationRegions }).from(organisations).where(eq(organisations.id, id));
  return row ? { ...row.org, stationRegions: row.stationRegions } : null;
}

export async function viewOrganisation(id: string): Promise<OrganisationView | null> {
  const [row] = await q()
    .select({ org: organisations, regionName: regions.name, stationCount, stationRegions })
    .from(organisations)
    .leftJoin(regions, eq(regions.code, organisations.regionCode))
    .where(eq(organisations.id, id));
  return row ? { ...row.org, regionName: row.regionName, stationCount: row.stationCount, stationRegions: row.stationRegions } : null;
}

export async function listOrganisations(scope: Scope, query: OrganisationListQuery): Promise<{ items: OrganisationView[]; total: number }> {
  const conditions: SQL[] = [organisationScopeWhere(scope)];
  if (query.q) {
    conditions.push(
      nameSearch(query.q, {
        name: organisations.name,
        pinyin: organisations.namePinyin,
        initials: organisations.nameInitials,
        prefixes: [organisations.uscc],
      }),
    );
  }
  if (query.regionCode) conditions.push(regionWhere(organisations.regionCode, query.regionCode));
  if (query.type) conditions.push(eq(organisations.type, query.type));
  if (query.filingStatus) conditions.push(eq(organisations.filingStatus, query.filingStatus));
  if (query.grade) conditions.push(sql`${latestGrade} = ${query.grade}`);
  const where = and(...conditions);
  const rows = await q()
    .select({ org: organisations, regionName: regions.name, stationCount, stationRegions })
    .from(organisations)
    .leftJoin(regions, eq(regions.code, organisations.regionCode))
    .where(where)
    .orderBy(asc(organisations.namePinyin), asc(organisations.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await q().select({ n: sql<number>`count(*)::int` }).from(organisations).where(where);
  return {
    items: rows.map((r) => ({ ...r.org, regionName: r.regionName, stationCount: r.stationCount, stationRegions: r.stationRegions })),
    total: count?.n ?? 0,
  };
}

export async function insertOrganisation(values: OrganisationInsert): Promise<void> {
  await q().insert(organisations).values(values);
}

/** Optimistic concurrency: the update applies only to the version the client read. */
export async function updateOrganisation(id: string, version: number, values: Partial<OrganisationInsert>): Promise<boolean> {
  const rows = await q()
    .update(organisations)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(organisations.id, id), eq(organisations.version, version)))
    .returning({ id: organisations.id });
  return rows.length === 1;
}
