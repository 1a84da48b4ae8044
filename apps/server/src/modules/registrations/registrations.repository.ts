import type { RegistrationListQuery } from '@shegong/contracts';
import { isRegistrationOpen, REGISTRATION_STATUSES } from '@shegong/core';
import { and, desc, eq, inArray, like, ne, type SQL, sql } from 'drizzle-orm';
import { organisations, socialWorkers, workerRegistrations } from '../../db/schema/index.ts';
import { regionWhere, type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { nameSearch } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';

export type RegistrationRow = typeof workerRegistrations.$inferSelect;
export type RegistrationInsert = typeof workerRegistrations.$inferInsert;

/** An application with what its policy needs from the worker: where it works, who employs it, its account. */
export interface RegistrationRecord extends RegistrationRow {
  workerRegionCode: string;
  workerOrganisationId: string;
  workerUserId: string | null;
}
export interface RegistrationView extends RegistrationRecord {
  workerName: string;
  idNumberMasked: string;
  qualificationLevel: string | null;
  certificateNo: string | null;
  organisationName: string | null;
}

const recordColumns = {
  registration: workerRegistrations,
  workerRegionCode: socialWorkers.regionCode,
  workerOrganisationId: socialWorkers.organisationId,
  workerUserId: socialWorkers.userId,
};

function viewQuery() {
  return q()
    .select({
      ...recordColumns,
      workerName: socialWorkers.name,
      idNumberMasked: socialWorkers.idNumberMasked,
      qualificationLevel: socialWorkers.qualificationLevel,
      certificateNo: socialWorkers.certificateNo,
      organisationName: organisations.name,
    })
    .from(workerRegistrations)
    .innerJoin(socialWorkers, eq(socialWorkers.id, workerRegistrations.workerId))
    .leftJoin(organisations, eq(organisations.id, socialWorkers.organisationId));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = ({ registration, ...rest }: ViewRow): RegistrationView => ({ ...registration, ...rest });

export async function findRegistration(id: string): Promise<RegistrationRecord | null> {
  const [row] = await q()
    .select(recordColumns)
    .from(workerRegistrations)
    .innerJoin(socialWorkers, eq(socialWorkers.id, workerRegistrations.workerId))
    .where(eq(workerRegistrations.id, id));
  if (!row) return null;
  const { registration, ...worker } = row;
  return { ...registration, ...worker };
}

export async function viewRegistration(id: string): Promise<RegistrationView | null> {
  const [row] = await viewQuery().where(eq(workerRegistrations.id, id));
  return row ? toView(row) : null;
}

export async function listRegistrations(scope: Scope, query: RegistrationListQuery): Promise<{ items: RegistrationView[]; total: number }> {
  const conditions: SQL[] = [scopeWhere(scope, { region: socialWorkers.regionCode, organisation: socialWorkers.organisationId })];
  if (query.q) {
    conditions.push(
      nameSearch(query.q, {
        name: socialWorkers.name,
        pinyin: socialWorkers.namePinyin,
        initials: socialWorkers.nameInitials,
        prefixes: [socialWorkers.certificateNo, workerRegistrations.registrationNo],
      }),
    );
  }
  if (query.status) conditions.push(eq(workerRegistrations.status, query.status));
  if (query.kind) conditions.push(eq(workerRegistrations.kind, query.kind));
  if (query.workerId) conditions.push(eq(workerRegistrations.workerId, query.workerId));
  if (query.organisationId) conditions.push(eq(socialWorkers.organisationId, query.organisationId));
  if (query.regionCode) conditions.push(regionWhere(socialWorkers.regionCode, query.regionCode));
  const where = and(...conditions);
  const rows = await viewQuery().where(where).orderBy(desc(workerRegistrations.id)).limit(query.pageSize).offset(offsetOf(query));
  const [count] = await q()
    .select({ n: sql<number>`count(*)::int` })
    .from(workerRegistrations)
    .innerJoin(socialWorkers, eq(socialWorkers.id, workerRegistrations.workerId))
    .where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

export async function insertRegistration(values: RegistrationInsert): Promise<void> {
  await q().insert(workerRegistrations).values(values);
}

export async function updateRegistration(id: string, version: number, values: Partial<RegistrationInsert>): Promise<boolean> {
  const rows = await q()
    .update(workerRegistrations)
    .set({ ...values, version: version + 1 })
    .where(and(eq(workerRegistrations.id, id), eq(workerRegistrations.version, version)))
    .returning({ id: workerRegistrations.id });
  return rows.length === 1;
}

/** The worker's latest issued registration (the one a renewal continues), other than `exceptId`. */
export async function latestIssued(workerId: string, exceptId?: string): Promise<RegistrationRow | null> {
  const conditions = [eq(workerRegistrations.workerId, workerId), eq(workerRegistrations.status, 'issued')];
  if (exceptId) conditions.push(ne(workerRegistrations.id, exceptId));
  const [row] = await q()
    .select()
    .from(workerRegistrations)
    .where(and(...conditions))
    .orderBy(desc(workerRegistrations.validUntil))
    .limit(1);
  return row ?? null;
}

export async function hasOpenApplication(workerId: string): Promise<boolean> {
  const [row] = await q()
    .select({ id: workerRegistrations.id })
    .from(workerRegistrations)
    .where(
      and(
        eq(workerRegistrations.workerId, workerId),
        inArray(workerRegistrations.status, REGISTRATION_STATUSES.filter(isRegistrationOpen)),
      ),
    )
    .limit(1);
  return row !== undefined;
}

// Any constant: serialises number allocation so two issues never share a number.
const NUMBER_LOCK = 72026101;

/** The next number of the year: prefix + year + a six-digit sequence. */
export async function nextRegistrationNo(prefix: string, year: number): Promise<string> {
  await q().execute(sql`select pg_advisory_xact_lock(${NUMBER_LOCK})`);
  const head = `${prefix}${year}`;
  const [row] = await q()
    .select({ last: sql<string | null>`max(${workerRegistrations.registrationNo})` })
    .from(workerRegistrations)
    .where(like(workerRegistrations.registrationNo, `${head}%`));
  const seq = row?.last ? Number(row.last.slice(head.length)) + 1 : 1;
  return `${head}${String(seq).padStart(6, '0')}`;
}
