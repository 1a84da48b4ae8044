import type { AuditQuery } from '@shegong/contracts';
import { and, desc, eq, gte, ilike, lte, type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.ts';
import { escapeLike } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';

export async function listAudit(query: AuditQuery) {
  const conditions: SQL[] = [];
  if (query.userId) conditions.push(eq(auditLog.userId, query.userId));
  if (query.username) conditions.push(ilike(auditLog.username, `${escapeLike(query.username)}%`));
  if (query.action) conditions.push(ilike(auditLog.action, `%${escapeLike(query.action)}%`));
  if (query.objectType) conditions.push(eq(auditLog.objectType, query.objectType));
  if (query.objectId) conditions.push(eq(auditLog.objectId, query.objectId));
  if (query.result) conditions.push(eq(auditLog.result, query.result));
  if (query.from) conditions.push(gte(auditLog.at, new Date(query.from)));
  if (query.to) conditions.push(lte(auditLog.at, new Date(query.to)));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await q()
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [count] = await q().select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      userId: r.userId,
      username: r.username,
      role: r.role,
      action: r.action,
      objectType: r.objectType,
      objectId: r.objectId,
      result: r.result as 'ok' | 'denied' | 'failed',
      ip: r.ip,
      details: r.details,
    })),
    total: count?.n ?? 0,
  };
}
