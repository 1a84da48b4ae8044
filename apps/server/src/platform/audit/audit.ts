import { desc, inArray, sql } from 'drizzle-orm';
import { auditLog, userRoles } from '../../db/schema/index.ts';
import { requestContext } from '../context.ts';
import type { Db } from '../db/database.ts';
import { beforeCommit, inTransaction } from '../db/tx.ts';
import { type ChainedRow, GENESIS_HASH, hashAuditRow } from './chain.ts';

export type AuditResult = 'ok' | 'denied' | 'failed';

export interface AuditEvent {
  userId?: string | null;
  username?: string | null;
  role?: string | null;
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  result?: AuditResult;
  ip?: string | null;
  details?: Record<string, unknown> | null;
}

// Any constant: one advisory lock serialises appends so the chain never forks.
const CHAIN_LOCK = 72026001;

/** Events name the user; the role is looked up here so no call site can forget it. */
async function rolesOf(tx: Db, events: AuditEvent[]): Promise<Map<string, string>> {
  const ids = [...new Set(events.filter((e) => e.userId && !e.role).map((e) => e.userId as string))];
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ userId: userRoles.userId, roles: sql<string>`string_agg(${userRoles.role}, ',' order by ${userRoles.role})` })
    .from(userRoles)
    .where(inArray(userRoles.userId, ids))
    .groupBy(userRoles.userId);
  return new Map(rows.map((r) => [r.userId, r.roles]));
}

async function appendRows(tx: Db, events: AuditEvent[]): Promise<void> {
  const roles = await rolesOf(tx, events);
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await tx.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  let id = last?.id ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = events.map((event) => {
    const row: ChainedRow = {
      id: ++id,
      at: new Date(),
      userId: event.userId ?? null,
      username: event.username ?? null,
      role: event.role ?? (event.userId ? (roles.get(event.userId) ?? null) : null),
      action: event.action,
      objectType: event.objectType ?? null,
      objectId: event.objectId ?? null,
      result: event.result ?? 'ok',
      ip: event.ip ?? null,
      details: event.details ? JSON.stringify(event.details) : null,
      prevHash,
    };
    prevHash = hashAuditRow(row);
    return { ...row, hash: prevHash };
  });
  await tx.insert(auditLog).values(rows);
}

/**
 * Who and from where come from the request context unless the event says otherwise
 * (a login names the user signing in; `userId: null` records no user).
 */
function withContext(event: AuditEvent): AuditEvent {
  const context = requestContext();
  if (!context) return event;
  const actor = context.actor;
  const own = actor && (event.userId === undefined || event.userId === actor.userId);
  return {
    ...event,
    userId: event.userId === undefined ? (actor?.userId ?? null) : event.userId,
    username: event.username === undefined ? (own ? actor.username : null) : event.username,
    role: event.role === undefined && own ? [...actor.roles].sort().join(',') : event.role,
    ip: event.ip === undefined ? context.ip : event.ip,
  };
}

/**
 * Records an audit event. Inside a transaction it is written at commit time with the
 * business change (so both land or neither does); outside, in its own transaction.
 */
export async function audit(...events: AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  const resolved = events.map(withContext);
  const append = (tx: Db) => appendRows(tx, resolved);
  if (beforeCommit(append)) return;
  await inTransaction(async () => {
    beforeCommit(append);
  });
}
