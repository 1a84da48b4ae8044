import type { Measures, Period } from '@shegong/core';
import { and, gte, inArray, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { cases, clientCategoryHoldings, serviceRecords } from '../../db/schema/index.ts';
import { type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';

/**
 * The output measures in SQL. Each builder implements the definition of the same name in
 * packages/core/src/measures.ts (read it first); measures.test.ts checks they agree on
 * random data. Project progress and dashboards call these, never their own SQL.
 */
export interface MeasureQuery {
  scope: Scope;
  period: Period;
  stationIds?: readonly string[];
  category?: string;
}

/** The client held the category on some day of [from, to]; a headcount row (no client) never does. */
export function heldDuring(category: string, clientId: AnyPgColumn | SQL, from: AnyPgColumn | SQL, to: AnyPgColumn | SQL): SQL {
  // An empty span (a case closed before its intake date) holds nothing, as in core.
  return sql`(${from} <= ${to} and exists (select 1 from ${clientCategoryHoldings} h where h.client_id = ${clientId}
    and h.category_code = ${category} and h.effective_from <= ${to} and (h.effective_to is null or h.effective_to >= ${from})))`;
}

function ofStations(column: AnyPgColumn, stationIds: readonly string[] | undefined): SQL | undefined {
  if (stationIds === undefined) return undefined;
  return stationIds.length === 0 ? sql`false` : inArray(column, [...stationIds]);
}

/** The ledger rows every record-based measure counts (core: recordsInFilter). */
export function recordWhere(f: MeasureQuery): SQL {
  const r = serviceRecords;
  return and(
    scopeWhere(f.scope, { region: r.regionCode, organisation: r.organisationId }),
    gte(r.servedOn, f.period.from),
    lte(r.servedOn, f.period.to),
    ofStations(r.stationId, f.stationIds),
    f.category === undefined ? undefined : heldDuring(f.category, r.clientId, r.servedOn, r.servedOn),
  ) as SQL;
}

/** personTimes, peopleServed, caseVisits, groupSessions, activities in one pass over the rows. */
export async function recordMeasures(f: MeasureQuery) {
  const r = serviceRecords;
  const [row] = await q()
    .select({
      personTimes: sql<number>`coalesce(sum(${r.personTimes}), 0)::int`,
      peopleServed: sql<number>`count(distinct ${r.clientId})::int`,
      caseVisits: sql<number>`(count(*) filter (where ${r.kind} = 'case_visit'))::int`,
      groupSessions: sql<number>`(count(distinct ${r.sourceId}) filter (where ${r.kind} = 'group_session'))::int`,
      activities: sql<number>`(count(distinct ${r.sourceId}) filter (where ${r.kind} = 'activity'))::int`,
    })
    .from(r)
    .where(recordWhere(f));
  return row ?? { personTimes: 0, peopleServed: 0, caseVisits: 0, groupSessions: 0, activities: 0 };
}

/** Per category, distinct clients served on a date they held it (core: peopleByCategoryOf). */
export async function peopleByCategory(f: MeasureQuery): Promise<Record<string, number>> {
  const r = serviceRecords;
  const h = clientCategoryHoldings;
  const rows = await q()
    .select({ code: h.categoryCode, people: sql<number>`count(distinct ${r.clientId})::int` })
    .from(r)
    .innerJoin(
      h,
      and(
        sql`${h.clientId} = ${r.clientId}`,
        lte(h.effectiveFrom, r.servedOn),
        sql`(${h.effectiveTo} is null or ${h.effectiveTo} >= ${r.servedOn})`,
        f.category === undefined ? undefined : sql`${h.categoryCode} = ${f.category}`,
      ),
    )
    .where(recordWhere(f))
    .groupBy(h.categoryCode);
  return Object.fromEntries(rows.map((row) => [row.code, row.people]));
}

/** Cases in scope and stations, declined intakes excluded (core: caseBase). */
function caseWhere(f: MeasureQuery): SQL {
  return and(
    ne(cases.stage, 'declined'),
    scopeWhere(f.scope, { region: cases.regionCode, organisation: cases.organisationId }),
    ofStations(cases.stationId, f.stationIds),
  ) as SQL;
}

/** casesOpened (intake in the period) and casesActive (open on a day of the period), core: casesOpenedOf / casesActiveOf. */
export async function caseMeasures(f: MeasureQuery): Promise<{ casesOpened: number; casesActive: number }> {
  const { from, to } = f.period;
  const c = cases;
  const openedCategory = f.category === undefined ? sql`true` : heldDuring(f.category, c.clientId, c.intakeOn, c.intakeOn);
  // The days the case was open inside the period.
  const lo = sql`greatest(${c.intakeOn}, ${from}::date)`;
  const hi = sql`least(coalesce(${c.closedOn}, ${to}::date), ${to}::date)`;
  const activeCategory = f.category === undefined ? sql`true` : heldDuring(f.category, c.clientId, lo, hi);
  const [row] = await q()
    .select({
      casesOpened: sql<number>`(count(*) filter (where ${c.intakeOn} >= ${from} and ${c.intakeOn} <= ${to} and ${openedCategory}))::int`,
      casesActive: sql<number>`(count(*) filter (where ${c.intakeOn} <= ${to} and (${c.closedOn} is null or ${c.closedOn} >= ${from}) and ${activeCategory}))::int`,
    })
    .from(c)
    .where(caseWhere(f));
  return row ?? { casesOpened: 0, casesActive: 0 };
}

/** Every measure for (scope, period, stations?, category?). */
export async function ledgerMeasures(scope: Scope, period: Period, stationIds?: readonly string[], category?: string): Promise<Measures> {
  const f: MeasureQuery = { scope, period, stationIds, category };
  const [records, byCategory, caseCounts] = [await recordMeasures(f), await peopleByCategory(f), await caseMeasures(f)];
  return { ...caseCounts, ...records, peopleByCategory: byCategory };
}
