import type { WorkerListQuery } from '@shegong/contracts';
import { parseIdCard } from '@shegong/core';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { organisations, regions, socialWorkers } from '../../db/schema/index.ts';
import { regionWhere, type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { fieldCrypto } from '../../platform/crypto/field-crypto.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { nameSearch } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';
import { registrationStatusIs, type StatusContext, type WorkerStatus, workerStatus } from './worker-status.ts';

export type WorkerRow = typeof socialWorkers.$inferSelect;
export type WorkerInsert = typeof socialWorkers.$inferInsert;
export interface WorkerView extends WorkerRow {
  organisationName: string | null;
  regionName: string | null;
  curNo: string | null;
  curFrom: string | null;
  curUntil: string | null;
  latestId: string | null;
  latestStatus: string | null;
  latestKind: string | null;
  hours: string;
}

function viewQuery(status: WorkerStatus) {
  return q()
    .select({ worker: socialWorkers, organisationName: organisations.name, regionName: regions.name, ...status.columns })
    .from(socialWorkers)
    .leftJoin(organisations, eq(organisations.id, socialWorkers.organisationId))
    .leftJoin(regions, eq(regions.code, socialWorkers.regionCode))
    .leftJoinLateral(status.current, sql`true`)
    .leftJoinLateral(status.latest, sql`true`);
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = ({ worker, ...rest }: ViewRow): WorkerView => ({ ...worker, ...rest });

export async function findWorker(id: string): Promise<WorkerRow | null> {
  const [row] = await q().select().from(socialWorkers).where(eq(socialWorkers.id, id));
  return row ?? null;
}

/** Locks the worker's row for the rest of the transaction (one application at a time). */
export async function lockWorker(id: string): Promise<void> {
  await q().execute(sql`select 1 from social_workers where id = ${id} for update`);
}

export async function viewWorker(id: string, ctx: StatusContext): Promise<WorkerView | null> {
  const [row] = await viewQuery(workerStatus(ctx)).where(eq(socialWorkers.id, id));
  return row ? toView(row) : null;
}

/** The exact-ID lookup key: the keyed hash of the normalised number. */
export function idNumberHash(normalised: string): string {
  return fieldCrypto().lookupHash(normalised);
}

/**
 * `q` is an exact ID number (matched through its keyed hash; the number is never stored in
 * clear), else a Chinese name, full pinyin, pinyin initials or a certificate-number prefix.
 */
function searchCondition(text: string): SQL {
  const parsed = parseIdCard(text);
  if (parsed.ok) return eq(socialWorkers.idNumberHash, idNumberHash(parsed.info.number));
  return nameSearch(text, {
    name: socialWorkers.name,
    pinyin: socialWorkers.namePinyin,
    initials: socialWorkers.nameInitials,
    prefixes: [socialWorkers.certificateNo],
  });
}

export interface WorkerFilter extends Omit<WorkerListQuery, 'page' | 'pageSize'> {
  educationStates?: string[];
}

function conditions(scope: Scope, status: WorkerStatus, query: WorkerFilter): SQL {
  const list: SQL[] = [scopeWhere(scope, { region: socialWorkers.regionCode, organisation: socialWorkers.organisationId })];
  if (query.q) list.push(searchCondition(query.q));
  if (query.organisationId) list.push(eq(socialWorkers.organisationId, query.organisationId));
  if (query.regionCode) list.push(regionWhere(socialWorkers.regionCode, query.regionCode));
  if (query.qualificationLevel) {
    list.push(
      query.qualificationLevel === 'none'
        ? sql`${socialWorkers.qualificationLevel} is null`
        : eq(socialWorkers.qualificationLevel, query.qualificationLevel),
    );
  }
  if (query.registrationStatus) list.push(registrationStatusIs(status, query.registrationStatus));
  const states = query.educationStates ?? (query.educationState ? [query.educationState] : []);
  if (states.length > 0)
    list.push(
      sql`${status.state} in (${sql.join(
        states.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  if (query.isActive) list.push(eq(socialWorkers.isActive, query.isActive === 'true'));
  return and(...list) as SQL;
}

export async function listWorkers(
  scope: Scope,
  ctx: StatusContext,
  query: WorkerFilter & { page: number; pageSize: number },
  order: 'name' | 'deadline' = 'name',
): Promise<{ items: WorkerView[]; total: number }> {
  const status = workerStatus(ctx);
  const where = conditions(scope, status, query);
  const orderBy =
    order === 'deadline'
      ? [sql`${status.current.curUntil} asc nulls last`, asc(socialWorkers.namePinyin), asc(socialWorkers.id)]
      : [asc(socialWorkers.namePinyin), asc(socialWorkers.id)];
  const rows = await viewQuery(status)
    .where(where)
    .orderBy(...orderBy)
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await q()
    .select({ n: sql<number>`count(*)::int` })
    .from(socialWorkers)
    .leftJoinLateral(status.current, sql`true`)
    .leftJoinLateral(status.latest, sql`true`)
    .where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

export async function insertWorker(values: WorkerInsert): Promise<void> {
  await q().insert(socialWorkers).values(values);
}

export async function updateWorker(id: string, version: number, values: Partial<WorkerInsert>): Promise<boolean> {
  const rows = await q()
    .update(socialWorkers)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(socialWorkers.id, id), eq(socialWorkers.version, version)))
    .returning({ id: socialWorkers.id });
  return rows.length === 1;
}

/** Another worker already holding this value, for a field error before the constraint fires. */
export async function findWorkerBy(column: 'idNumberHash' | 'certificateNo' | 'userId', value: string): Promise<WorkerRow | null> {
  const [row] = await q().select().from(socialWorkers).where(eq(socialWorkers[column], value)).limit(1);
  return row ?? null;
}
