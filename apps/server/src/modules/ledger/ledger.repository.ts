import type { LedgerExportQuery } from '@shegong/contracts';
import { regionPrefix } from '@shegong/core';
import { and, asc, desc, eq, gt, gte, like, lte, or, type SQL, sql } from 'drizzle-orm';
import { clients, regions, serviceRecords, socialWorkers, stations } from '../../db/schema/index.ts';
import { type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';
import { heldDuring } from './measures.repository.ts';

const r = serviceRecords;

/** Filters of the ledger list and export: the caller's scope, then period, station, category, kind, region. */
export function ledgerWhere(scope: Scope, f: LedgerExportQuery): SQL {
  return and(
    scopeWhere(scope, { region: r.regionCode, organisation: r.organisationId }),
    f.from ? gte(r.servedOn, f.from) : undefined,
    f.to ? lte(r.servedOn, f.to) : undefined,
    f.stationId ? eq(r.stationId, f.stationId) : undefined,
    f.kind ? eq(r.kind, f.kind) : undefined,
    f.regionCode ? like(r.regionCode, `${regionPrefix(f.regionCode)}%`) : undefined,
    f.category ? heldDuring(f.category, r.clientId, r.servedOn, r.servedOn) : undefined,
  ) as SQL;
}

/** The categories the client held on the service date, as comma-separated codes. */
const categoryCodes = sql<string | null>`(select string_agg(distinct h.category_code, ',') from client_category_holdings h
  where h.client_id = ${r.clientId} and h.effective_from <= ${r.servedOn} and (h.effective_to is null or h.effective_to >= ${r.servedOn}))`;

function lineQuery() {
  return q()
    .select({
      id: r.id,
      servedOn: r.servedOn,
      kind: r.kind,
      clientId: r.clientId,
      organisationId: r.organisationId,
      regionCode: r.regionCode,
      serviceType: r.serviceType,
      content: r.content,
      personTimes: r.personTimes,
      stationId: r.stationId,
      sourceId: r.sourceId,
      name: clients.name,
      gender: clients.gender,
      birthDate: clients.birthDate,
      idNumberMasked: clients.idNumberMasked,
      mobileMasked: clients.mobileMasked,
      communityName: regions.name,
      stationName: stations.name,
      workerName: socialWorkers.name,
      categoryCodes,
    })
    .from(r)
    .leftJoin(clients, eq(clients.id, r.clientId))
    .leftJoin(regions, eq(regions.code, r.regionCode))
    .leftJoin(stations, eq(stations.id, r.stationId))
    .leftJoin(socialWorkers, eq(socialWorkers.id, r.workerId));
}

export type LedgerLine = Awaited<ReturnType<ReturnType<typeof lineQuery>['execute']>>[number];

/**
 * Lines are found in two steps: the page's ids by a narrow sort over service_records alone,
 * then the joins (client, community, station, worker, categories) for those ids only.
 */
function linesById(ids: string[]) {
  // One array parameter (our own uuids), not one parameter per id.
  return lineQuery().where(sql`${r.id} = any(${`{${ids.join(',')}}`}::uuid[])`);
}

export async function listLedger(
  scope: Scope,
  f: LedgerExportQuery,
  paging: { page: number; pageSize: number },
): Promise<{ items: LedgerLine[]; total: number; personTimes: number }> {
  const where = ledgerWhere(scope, f);
  const page = await q()
    .select({ id: r.id })
    .from(r)
    .where(where)
    .orderBy(desc(r.servedOn), desc(r.id))
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
  const items = await linesById(page.map((p) => p.id)).orderBy(desc(r.servedOn), desc(r.id));
  const [totals] = await q()
    .select({ total: sql<number>`count(*)::int`, personTimes: sql<number>`coalesce(sum(${r.personTimes}), 0)::int` })
    .from(r)
    .where(where);
  return { items, total: totals?.total ?? 0, personTimes: totals?.personTimes ?? 0 };
}

export async function countLedger(scope: Scope, f: LedgerExportQuery): Promise<{ rows: number; personTimes: number }> {
  const [totals] = await q()
    .select({ rows: sql<number>`count(*)::int`, personTimes: sql<number>`coalesce(sum(${r.personTimes}), 0)::int` })
    .from(r)
    .where(ledgerWhere(scope, f));
  return totals ?? { rows: 0, personTimes: 0 };
}

/**
 * The filtered ledger in date order, a batch at a time (keyset on date and id), so an export
 * of hundreds of thousands of rows never holds them all in memory.
 */
export async function* ledgerInDateOrder(scope: Scope, f: LedgerExportQuery, batch = 10_000): AsyncGenerator<LedgerLine[]> {
  const where = ledgerWhere(scope, f);
  let after: { servedOn: string; id: string } | null = null;
  for (;;) {
    const position: SQL | undefined = after
      ? or(gt(r.servedOn, after.servedOn), and(eq(r.servedOn, after.servedOn), gt(r.id, after.id)))
      : undefined;
    const keys = await q()
      .select({ id: r.id, servedOn: r.servedOn })
      .from(r)
      .where(and(where, position))
      .orderBy(asc(r.servedOn), asc(r.id))
      .limit(batch);
    if (keys.length === 0) return;
    yield await linesById(keys.map((k) => k.id)).orderBy(asc(r.servedOn), asc(r.id));
    const last = keys[keys.length - 1] as { servedOn: string; id: string };
    after = { servedOn: last.servedOn, id: last.id };
    if (keys.length < batch) return;
  }
}
