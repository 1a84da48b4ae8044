import type { ClientListQuery } from '@shegong/contracts';
import { and, asc, eq, exists, gt, lte, type SQL, sql } from 'drizzle-orm';
import { clientCategoryHoldings, clients, organisations, socialWorkers, stations } from '../../db/schema/index.ts';
import { regionWhere, type Scope } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { q } from '../../platform/db/tx.ts';
import { searchCondition } from './client-identity.ts';
import { type ClientShare, clientScopeWhere } from './client-scope.ts';

export type ClientRow = typeof clients.$inferSelect;
export type ClientInsert = typeof clients.$inferInsert;
export interface ClientRecord extends ClientRow {
  shares: ClientShare[];
}
export interface CategoryName {
  code: string;
  nameZh: string;
  nameEn: string;
}
export interface ClientView extends ClientRecord {
  stationName: string | null;
  organisationName: string | null;
  workerName: string | null;
  currentCategories: CategoryName[];
}

// Correlated subqueries name the outer table explicitly: an unqualified column would bind to the inner table.
const sharesOf = sql<ClientShare[]>`coalesce((select json_agg(json_build_object(
  'organisationId', s.organisation_id, 'regionCode', s.region_code, 'access', s.access) order by s.created_at)
  from client_shares s where s.client_id = "clients"."id"), '[]'::json)`;

const currentCategoriesOf = (today: string) => sql<CategoryName[]>`coalesce((select json_agg(json_build_object(
  'code', c.code, 'nameZh', c.name_zh, 'nameEn', c.name_en) order by c.sort_order, c.code)
  from client_category_holdings h join client_categories c on c.code = h.category_code
  where h.client_id = "clients"."id" and h.effective_from <= ${today}::date
    and (h.effective_to is null or h.effective_to >= ${today}::date)), '[]'::json)`;

/** A holding of `code` in force on `today`. */
function holdsCategory(code: string, today: string): SQL {
  return exists(
    q()
      .select({ one: sql`1` })
      .from(clientCategoryHoldings)
      .where(
        and(
          eq(clientCategoryHoldings.clientId, clients.id),
          eq(clientCategoryHoldings.categoryCode, code),
          sql`${clientCategoryHoldings.effectiveFrom} <= ${today}::date`,
          sql`(${clientCategoryHoldings.effectiveTo} is null or ${clientCategoryHoldings.effectiveTo} >= ${today}::date)`,
        ),
      ),
  );
}

function viewQuery(today: string) {
  return q()
    .select({
      client: clients,
      shares: sharesOf,
      stationName: stations.name,
      organisationName: organisations.name,
      workerName: socialWorkers.name,
      currentCategories: currentCategoriesOf(today),
    })
    .from(clients)
    .leftJoin(stations, eq(stations.id, clients.stationId))
    .leftJoin(organisations, eq(organisations.id, clients.organisationId))
    .leftJoin(socialWorkers, eq(socialWorkers.id, clients.workerId));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = ({ client, ...rest }: ViewRow): ClientView => ({ ...client, ...rest });

export async function findClient(id: string): Promise<ClientRecord | null> {
  const [row] = await q().select({ client: clients, shares: sharesOf }).from(clients).where(eq(clients.id, id));
  return row ? { ...row.client, shares: row.shares } : null;
}

export async function viewClient(id: string, today: string): Promise<ClientView | null> {
  const [row] = await viewQuery(today).where(eq(clients.id, id));
  return row ? toView(row) : null;
}

/** The day `years` years before `today` (29 February falls back to the 28th). */
function yearsBefore(today: string, years: number): string {
  const y = String(Number(today.slice(0, 4)) - years).padStart(4, '0');
  const md = today.slice(5);
  return md === '02-29' ? `${y}-02-28` : `${y}-${md}`;
}

function conditions(scope: Scope, query: ClientListQuery, today: string): SQL {
  const list: SQL[] = [clientScopeWhere(scope), eq(clients.status, 'active')];
  if (query.q) list.push(searchCondition(query.q));
  if (query.regionCode) list.push(regionWhere(clients.regionCode, query.regionCode));
  if (query.stationId) list.push(eq(clients.stationId, query.stationId));
  if (query.workerId) list.push(eq(clients.workerId, query.workerId));
  if (query.riskLevel) list.push(eq(clients.riskLevel, query.riskLevel));
  if (query.category) list.push(holdsCategory(query.category, today));
  // Aged at least n: born on or before today n years ago; at most n: born after today n+1 years ago.
  if (query.ageFrom !== undefined) list.push(lte(clients.birthDate, yearsBefore(today, query.ageFrom)));
  if (query.ageTo !== undefined) list.push(gt(clients.birthDate, yearsBefore(today, query.ageTo + 1)));
  return and(...list) as SQL;
}

export async function listClients(scope: Scope, query: ClientListQuery, today: string): Promise<{ items: ClientView[]; total: number }> {
  const where = conditions(scope, query, today);
  const rows = await viewQuery(today)
    .where(where)
    .orderBy(asc(clients.namePinyin), asc(clients.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await q().select({ n: sql<number>`count(*)::int` }).from(clients).where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

export async function insertClient(values: ClientInsert): Promise<void> {
  await q().insert(clients).values(values);
}

/** Optimistic concurrency: applies only to the version the caller read. */
export async function updateClient(id: string, version: number, values: Partial<ClientInsert>): Promise<boolean> {
  const rows = await q()
    .update(clients)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(clients.id, id), eq(clients.version, version)))
    .returning({ id: clients.id });
  return rows.length === 1;
}

/** The file holding this keyed hash of an identity document, if any, with its shares (a merged file gave its hash up). */
export async function findClientRecordByIdHash(hash: string): Promise<ClientRecord | null> {
  const [row] = await q().select({ client: clients, shares: sharesOf }).from(clients).where(eq(clients.idNumberHash, hash)).limit(1);
  return row ? { ...row.client, shares: row.shares } : null;
}

/** Files matching a condition inside the scope, for suggestions (likely duplicates). */
export async function viewClientsWhere(scope: Scope, match: SQL, today: string, limit: number): Promise<ClientView[]> {
  const rows = await viewQuery(today)
    .where(and(clientScopeWhere(scope), eq(clients.status, 'active'), match))
    .orderBy(asc(clients.namePinyin), asc(clients.id))
    .limit(limit);
  return rows.map(toView);
}
