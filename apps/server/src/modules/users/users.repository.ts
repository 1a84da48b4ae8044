import type { UserListQuery } from '@shegong/contracts';
import type { Role } from '@shegong/core';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { organisations, regions, userRoles, users } from '../../db/schema/index.ts';
import { regionWhere, type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { nameSearch } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';

export type UserRow = typeof users.$inferSelect;
export type UserInsert = typeof users.$inferInsert;
export interface UserRecord extends UserRow {
  roles: Role[];
}
export interface UserView extends UserRecord {
  regionName: string | null;
  organisationName: string | null;
}

const rolesOf = sql<
  Role[]
>`coalesce((select array_agg(ur.role order by ur.role) from user_roles ur where ur.user_id = "users"."id"), '{}')`;

function viewQuery() {
  return q()
    .select({ user: users, roles: rolesOf, regionName: regions.name, organisationName: organisations.name })
    .from(users)
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .leftJoin(organisations, eq(organisations.id, users.organisationId));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const toView = (r: ViewRow): UserView => ({ ...r.user, roles: r.roles, regionName: r.regionName, organisationName: r.organisationName });

export async function findUser(id: string): Promise<UserRecord | null> {
  const [row] = await q().select({ user: users, roles: rolesOf }).from(users).where(eq(users.id, id));
  return row ? { ...row.user, roles: row.roles } : null;
}

export async function viewUser(id: string): Promise<UserView | null> {
  const [row] = await viewQuery().where(eq(users.id, id));
  return row ? toView(row) : null;
}

export async function listUsers(scope: Scope, query: UserListQuery): Promise<{ items: UserView[]; total: number }> {
  const conditions: SQL[] = [scopeWhere(scope, { region: users.regionCode, organisation: users.organisationId })];
  if (query.q) {
    conditions.push(
      nameSearch(query.q, {
        name: users.displayName,
        pinyin: users.namePinyin,
        initials: users.nameInitials,
        prefixes: [users.username, users.mobile],
      }),
    );
  }
  if (query.role) conditions.push(sql`exists (select 1 from user_roles ur where ur.user_id = ${users.id} and ur.role = ${query.role})`);
  if (query.regionCode) conditions.push(regionWhere(users.regionCode, query.regionCode));
  if (query.organisationId) conditions.push(eq(users.organisationId, query.organisationId));
  if (query.isDisabled) conditions.push(eq(users.isDisabled, query.isDisabled === 'true'));
  const where = and(...conditions);
  const rows = await viewQuery()
    .where(where)
    .orderBy(asc(users.regionCode), asc(users.username))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await q().select({ n: sql<number>`count(*)::int` }).from(users).where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

export async function insertUser(values: UserInsert, roles: Role[]): Promise<void> {
  await q().insert(users).values(values);
  await q()
    .insert(userRoles)
    .values(roles.map((role) => ({ userId: values.id, role })));
}

export async function updateUser(id: string, version: number, values: Partial<UserInsert>): Promise<boolean> {
  const rows = await q()
    .update(users)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function replaceRoles(userId: string, roles: Role[]): Promise<void> {
  await q().delete(userRoles).where(eq(userRoles.userId, userId));
  await q()
    .insert(userRoles)
    .values(roles.map((role) => ({ userId, role })));
}
