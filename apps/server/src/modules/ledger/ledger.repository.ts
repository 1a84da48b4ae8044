import type { LedgerExportQuery } from '@shegong/contracts';
import { and, asc, desc, eq, gt, gte, lte, or, type SQL, sql } from 'drizzle-orm';
import { clients, regions, serviceRecords, socialWorkers, stations } from '../../db/schema/index.ts';
import { regionWhere, type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { database, isInTransaction, q } from '../../platform/db/tx.ts';
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
    f.regionCode ? regionWhere(r.regionCode, f.regionCode) : undefined,
    f.category ? heldDuring(f.category, r.clientId, r.servedOn, r.servedOn) : undefined,
  ) as SQL;
}

/** The categories the client held on the service date, as comma-separated codes. */
const categoryCodes = sql<string | null>`(select string_agg(distinct h.category_code, ',') from client_category_holdings h
  where h.client_id = ${r.clientId} and h.effective_from <= ${r.servedOn} and (h.effective_to is null or h.effective_to >= ${r.servedOn}))`;

/** What a ledger line shows (the list, the export); the list adds its ids. */
function lineFields() {
  return {
    servedOn: r.servedOn,
    kind: r.kind,
    clientId: r.clientId,
    organisationId: r.organisationId,
    serviceType: r.serviceType,
    content: r.content,
    personTimes: r.personTimes,
    name: clients.name,
    gender: clients.gender,
    birthDate: clients.birthDate,
    idNumberMasked: clients.idNumberMasked,
    mobileMasked: clients.mobileMasked,
    communityName: regions.name,
    stationName: stations.name,
    workerName: socialWorkers.name,
    categoryCodes,
  };
}

function lineQuery() {
  return q()
    .select({ id: r.id, regionCode: r.regionCode, stationId: r.stationId, sourceId: r.sourceId, ...lineFields() })
    .from(r)
    .leftJoin(clients, eq(clients.id, r.clientId))
    .leftJoin(regions, eq(regions.code, r.regionCode))
    .leftJoin(stations, eq(stations.id, r.stationId))
    .leftJoin(socialWorkers, eq(socialWorkers.id, r.workerId));
}

/** The export's query: the same lines without the ids it does not show. */
function exportLineQuery() {
  return q()
    .select(lineFields())
    .from(r)
    .leftJoin(clients, eq(clients.id, r.clientId))
    .leftJoin(regions, eq(regions.code, r.regionCode))
    .leftJoin(stations, eq(stations.id, r.stationId))
    .leftJoin(socialWorkers, eq(socialWorkers.id, r.workerId));
}

export type LedgerLine = Awaited<ReturnType<ReturnType<typeof lineQuery>['execute']>>[number];
/** A line as the export reads it. */
export type ExportLine = Awaited<ReturnType<ReturnType<typeof exportLineQuery>['execute']>>[number];

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
 * The filtered ledger in date order for the export, `linePage` lines at a time, so an export of
 * hundreds of thousands of rows never holds them all in memory.
 *
 * service_records has no (served_on, id) index, so each keyset step scans and sorts the whole
 * filtered ledger: with 10,000-line steps that was most of an export's time. On PostgreSQL the
 * one query is therefore read through a cursor (one scan and one sort, on a connection of its own
 * for the length of the export). PGlite is a single connection every request shares, so it is
 * not held there: the keys are read `keyPage` at a time (one scan per 50,000 lines), the lines by
 * id, and the connection is free between pages.
 */
export function ledgerInDateOrder(
  scope: Scope,
  f: LedgerExportQuery,
  pages: { keyPage?: number; linePage?: number } = {},
): AsyncGenerator<ExportLine[]> {
  const linePage = pages.linePage ?? 5_000;
  const where = ledgerWhere(scope, f);
  return database().engine === 'postgres' && !isInTransaction()
    ? linesByCursor(where, linePage)
    : linesByKeyset(where, pages.keyPage ?? 50_000, linePage);
}

async function* linesByCursor(where: SQL, linePage: number): AsyncGenerator<ExportLine[]> {
  const fields = Object.keys(lineFields()) as (keyof ExportLine)[];
  const query = exportLineQuery().where(where).orderBy(asc(r.servedOn), asc(r.id)).toSQL();
  const client = await database().pool.connect();
  let committed = false;
  let broken: Error | undefined;
  try {
    await client.query('begin read only');
    await client.query({ text: `declare ledger_export no scroll cursor for ${query.sql}`, values: query.params });
    for (;;) {
      const page = await client.query<unknown[]>({ text: `fetch ${linePage} from ledger_export`, rowMode: 'array' });
      if (page.rows.length > 0) {
        const lines = page.rows.map((values) => {
          const line = {} as Record<string, unknown>;
          for (let i = 0; i < fields.length; i++) line[fields[i] as string] = values[i];
          return line as ExportLine;
        });
        yield lines;
      }
      if (page.rows.length < linePage) break;
    }
    await client.query('commit');
    committed = true;
  } catch (error) {
    broken = error as Error; // the connection is discarded, not reused mid-transaction
    throw error;
  } finally {
    if (!committed && !broken) {
      // Closed early (the client went away): end the transaction before the connection goes back.
      await client.query('rollback').catch((error: Error) => {
        broken = error;
      });
    }
    client.release(broken);
  }
}

async function* linesByKeyset(where: SQL, keyPage: number, linePage: number): AsyncGenerator<ExportLine[]> {
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
      .limit(keyPage);
    for (let start = 0; start < keys.length; start += linePage) {
      const ids = keys.slice(start, start + linePage).map((k) => k.id);
      yield await linesById(ids).orderBy(asc(r.servedOn), asc(r.id));
    }
    if (keys.length < keyPage) return;
    const last = keys[keys.length - 1] as { servedOn: string; id: string };
    after = { servedOn: last.servedOn, id: last.id };
  }
}
