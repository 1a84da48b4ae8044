import type { ShareRequestListQuery } from '@shegong/contracts';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { clientShareRequests, clientShares, clients, organisations, stations } from '../../db/schema/index.ts';
import { type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { q } from '../../platform/db/tx.ts';

export type ShareRequestRow = typeof clientShareRequests.$inferSelect;

/** A request with the file's current place: the holding side is wherever the file now sits. */
export interface ShareRequestRecord extends ShareRequestRow {
  holderRegionCode: string;
  holderOrganisationId: string;
  clientStatus: string;
}
export interface ShareRequestView extends ShareRequestRecord {
  clientName: string;
  fromStationName: string;
  fromOrganisationName: string;
}

const recordColumns = {
  request: clientShareRequests,
  holderRegionCode: clients.regionCode,
  holderOrganisationId: clients.organisationId,
  clientStatus: clients.status,
};

function viewQuery() {
  return q()
    .select({ ...recordColumns, clientName: clients.name, fromStationName: stations.name, fromOrganisationName: organisations.name })
    .from(clientShareRequests)
    .innerJoin(clients, eq(clients.id, clientShareRequests.clientId))
    .innerJoin(stations, eq(stations.id, clientShareRequests.fromStationId))
    .innerJoin(organisations, eq(organisations.id, clientShareRequests.fromOrganisationId));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = ({ request, ...rest }: ViewRow): ShareRequestView => ({ ...request, ...rest });

export async function findShareRequest(id: string): Promise<ShareRequestRecord | null> {
  const [row] = await q()
    .select(recordColumns)
    .from(clientShareRequests)
    .innerJoin(clients, eq(clients.id, clientShareRequests.clientId))
    .where(eq(clientShareRequests.id, id));
  return row
    ? {
        ...row.request,
        holderRegionCode: row.holderRegionCode,
        holderOrganisationId: row.holderOrganisationId,
        clientStatus: row.clientStatus,
      }
    : null;
}

export async function viewShareRequest(id: string): Promise<ShareRequestView | null> {
  const [row] = await viewQuery().where(eq(clientShareRequests.id, id));
  return row ? toView(row) : null;
}

/** The asking side: its organisation at the requesting station's place. */
export const askedFrom = (scope: Scope) =>
  scopeWhere(scope, { region: clientShareRequests.fromRegionCode, organisation: clientShareRequests.fromOrganisationId });
/** The holding side: the file's organisation at the file's place. */
export const heldBy = (scope: Scope) => scopeWhere(scope, { region: clients.regionCode, organisation: clients.organisationId });

export async function listShareRequests(scope: Scope, query: ShareRequestListQuery): Promise<{ items: ShareRequestView[]; total: number }> {
  const side =
    query.direction === 'out'
      ? askedFrom(scope)
      : query.direction === 'in'
        ? heldBy(scope)
        : sql`(${askedFrom(scope)} or ${heldBy(scope)})`;
  const conditions: SQL[] = [side];
  if (query.status) conditions.push(eq(clientShareRequests.status, query.status));
  const where = and(...conditions);
  const rows = await viewQuery().where(where).orderBy(desc(clientShareRequests.id)).limit(query.pageSize).offset(offsetOf(query));
  const [count] = await q()
    .select({ n: sql<number>`count(*)::int` })
    .from(clientShareRequests)
    .innerJoin(clients, eq(clients.id, clientShareRequests.clientId))
    .where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

/** Requests waiting for the holding side in the scope, oldest first (the worker's "today"). */
export async function pendingForHolder(scope: Scope): Promise<ShareRequestView[]> {
  const rows = await viewQuery()
    .where(and(heldBy(scope), eq(clientShareRequests.status, 'pending'), eq(clients.status, 'active')))
    .orderBy(asc(clientShareRequests.id))
    .limit(50);
  return rows.map(toView);
}

export async function insertShareRequest(values: typeof clientShareRequests.$inferInsert): Promise<void> {
  await q().insert(clientShareRequests).values(values);
}

/** The file row locked, so two requests (or a request and an answer) for one file take turns. */
export async function lockFile(clientId: string): Promise<void> {
  await q().execute(sql`select id from ${clients} where id = ${clientId} for update`);
}

export async function hasPendingRequest(clientId: string, organisationId: string): Promise<boolean> {
  const [row] = await q()
    .select({ id: clientShareRequests.id })
    .from(clientShareRequests)
    .where(
      and(
        eq(clientShareRequests.clientId, clientId),
        eq(clientShareRequests.fromOrganisationId, organisationId),
        eq(clientShareRequests.status, 'pending'),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Answers a request once: the status guard makes a second (or concurrent) answer find nothing. */
export async function answerShareRequest(
  id: string,
  values: { status: 'accepted' | 'declined'; respondedBy: string; responseReason: string | null },
): Promise<boolean> {
  const rows = await q()
    .update(clientShareRequests)
    .set({ ...values, respondedAt: new Date() })
    .where(and(eq(clientShareRequests.id, id), eq(clientShareRequests.status, 'pending')))
    .returning({ id: clientShareRequests.id });
  return rows.length === 1;
}

/** The asking organisation serves the file in full at its station's place (a history share it had becomes full). */
export async function shareFile(values: {
  id: string;
  clientId: string;
  organisationId: string;
  regionCode: string;
  shareRequestId: string;
}) {
  await q()
    .insert(clientShares)
    .values({ ...values, access: 'full' })
    .onConflictDoUpdate({
      target: [clientShares.clientId, clientShares.organisationId],
      set: { access: 'full', regionCode: values.regionCode, shareRequestId: values.shareRequestId },
    });
}
