import { asc, gt } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.ts';
import type { Db } from '../db/database.ts';
import { GENESIS_HASH, hashAuditRow } from './chain.ts';

export interface VerifyResult {
  ok: boolean;
  rows: number;
  /** The first row whose content, hash, link or sequence does not hold. */
  firstBad: { id: number; reason: 'hash' | 'link' | 'sequence' } | null;
}

/** Walks the chain in id order, in batches, recomputing every hash. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let rows = 0;
  let afterId = 0;
  for (;;) {
    const batch = await db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(batchSize);
    if (batch.length === 0) return { ok: true, rows, firstBad: null };
    for (const row of batch) {
      if (row.id !== expectedId) return { ok: false, rows, firstBad: { id: row.id, reason: 'sequence' } };
      if (row.prevHash !== prevHash) return { ok: false, rows, firstBad: { id: row.id, reason: 'link' } };
      if (hashAuditRow(row) !== row.hash) return { ok: false, rows, firstBad: { id: row.id, reason: 'hash' } };
      prevHash = row.hash;
      expectedId++;
      rows++;
      afterId = row.id;
    }
  }
}
