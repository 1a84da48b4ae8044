import type { ReferralListQuery } from '@shegong/contracts';
import { and, desc, eq, gte, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  cases,
  clientCategories,
  clientCategoryHoldings,
  clientShares,
  clients,
  organisations,
  referrals,
  stations,
} from '../../db/schema/index.ts';
import { type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { q } from '../../platform/db/tx.ts';

export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralInsert = typeof referrals.$inferInsert;

/** A referral with the sending case's place: it is seen from both ends. */
export interface ReferralRecord extends ReferralRow {
  fromRegionCode: string;
}
export interface ReferralView extends ReferralRecord {
  caseNo: string;
  riskLevel: string;
  clientName: string;
  clientBirthDate: string | null;
  clientGender: string | null;
  clientRegionCode: string;
  fromStationName: string;
  fromOrganisationName: string;
  toStationName: string;
  toOrganisationName: string;
}

const fromStation = alias(stations, 'from_station');
const toStation = alias(stations, 'to_station');
const fromOrg = alias(organisations, 'from_org');
const toOrg = alias(organisations, 'to_org');

function viewQuery() {
  return q()
    .select({
      referral: referrals,
      fromRegionCode: cases.regionCode,
      caseNo: cases.caseNo,
      riskLevel: cases.riskLevel,
      clientName: clients.name,
      clientBirthDate: clients.birthDate,
      clientGender: clients.gender,
      clientRegionCode: clients.regionCode,
      fromStationName: fromStation.name,
      fromOrganisationName: fromOrg.name,
      toStationName: toStation.name,
      toOrganisationName: toOrg.name,
    })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(clients, eq(clients.id, referrals.clientId))
    .innerJoin(fromStation, eq(fromStation.id, referrals.fromStationId))
    .innerJoin(fromOrg, eq(fromOrg.id, referrals.fromOrganisationId))
    .innerJoin(toStation, eq(toStation.id, referrals.toStationId))
    .innerJoin(toOrg, eq(toOrg.id, referrals.toOrganisationId));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = ({ referral, ...rest }: ViewRow): ReferralView => ({ ...referral, ...rest });

export async function findReferral(id: string): Promise<ReferralRecord | null> {
  const [row] = await q()
    .select({ referral: referrals, fromRegionCode: cases.regionCode })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .where(eq(referrals.id, id));
  return row ? { ...row.referral, fromRegionCode: row.fromRegionCode } : null;
}

export async function viewReferral(id: string): Promise<ReferralView | null> {
  const [row] = await viewQuery().where(eq(referrals.id, id));
  return row ? toView(row) : null;
}

/** The sending side: the case's place and organisation. */
export const sentFrom = (scope: Scope) => scopeWhere(scope, { region: cases.regionCode, organisation: referrals.fromOrganisationId });
/** The receiving side: the station referred to and its organisation. */
export const sentTo = (scope: Scope) => scopeWhere(scope, { region: referrals.toRegionCode, organisation: referrals.toOrganisationId });

export async function listReferrals(scope: Scope, query: ReferralListQuery): Promise<{ items: ReferralView[]; total: number }> {
  const side = query.direction === 'out' ? sentFrom(scope) : query.direction === 'in' ? sentTo(scope) : or(sentFrom(scope), sentTo(scope));
  const conditions: SQL[] = [side as SQL];
  if (query.status) conditions.push(eq(referrals.status, query.status));
  if (query.caseId) conditions.push(eq(referrals.caseId, query.caseId));
  const where = and(...conditions);
  const rows = await viewQuery().where(where).orderBy(desc(referrals.id)).limit(query.pageSize).offset(offsetOf(query));
  const [count] = await q()
    .select({ n: sql<number>`count(*)::int` })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

export async function insertReferral(values: ReferralInsert): Promise<void> {
  await q().insert(referrals).values(values);
}

/** Answers a referral once: the status guard makes a second (or concurrent) answer find nothing. */
export async function answerReferral(id: string, values: Partial<ReferralInsert>): Promise<boolean> {
  const rows = await q()
    .update(referrals)
    .set({ ...values, respondedAt: new Date() })
    .where(and(eq(referrals.id, id), eq(referrals.status, 'pending')))
    .returning({ id: referrals.id });
  return rows.length === 1;
}

export async function hasPendingReferral(caseId: string): Promise<boolean> {
  const [row] = await q()
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.caseId, caseId), eq(referrals.status, 'pending')))
    .limit(1);
  return row !== undefined;
}

/** Categories each client holds today, by display name. */
export async function categoriesOf(clientIds: string[], day: string, english: boolean): Promise<Map<string, string[]>> {
  if (clientIds.length === 0) return new Map();
  const rows = await q()
    .select({ clientId: clientCategoryHoldings.clientId, name: english ? clientCategories.nameEn : clientCategories.nameZh })
    .from(clientCategoryHoldings)
    .innerJoin(clientCategories, eq(clientCategories.code, clientCategoryHoldings.categoryCode))
    .where(
      and(
        inArray(clientCategoryHoldings.clientId, [...new Set(clientIds)]),
        sql`${clientCategoryHoldings.effectiveFrom} <= ${day}::date`,
        or(isNull(clientCategoryHoldings.effectiveTo), gte(clientCategoryHoldings.effectiveTo, day)),
      ),
    )
    .orderBy(clientCategories.sortOrder);
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.clientId, [...(map.get(r.clientId) ?? []), r.name]);
  return map;
}

/**
 * The receiver gets the client in full; the sender keeps its own history read-only. One
 * row per client and organisation: a later referral updates it.
 */
export async function shareClient(values: {
  clientId: string;
  organisationId: string;
  regionCode: string;
  access: 'full' | 'history';
  referralId: string;
  id: string;
}) {
  await q()
    .insert(clientShares)
    .values(values)
    .onConflictDoUpdate({
      target: [clientShares.clientId, clientShares.organisationId],
      set: { access: values.access, regionCode: values.regionCode, referralId: values.referralId },
    });
}

export async function setReferralNewCase(id: string, newCaseId: string): Promise<void> {
  await q().update(referrals).set({ newCaseId }).where(eq(referrals.id, id));
}

/** Where the referred client lives: the receiver's new case sits there when its station serves it. */
export async function referredClient(id: string): Promise<{ id: string; regionCode: string } | null> {
  const [row] = await q().select({ id: clients.id, regionCode: clients.regionCode }).from(clients).where(eq(clients.id, id));
  return row ?? null;
}
