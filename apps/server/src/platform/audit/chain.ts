import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedRow {
  id: number;
  at: Date;
  userId: string | null;
  username: string | null;
  role: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  ip: string | null;
  details: string | null;
  prevHash: string;
}

/** SHA-256 over the row's content and the previous row's hash. */
export function hashAuditRow(row: ChainedRow): string {
  const content = JSON.stringify([
    row.id,
    row.at.toISOString(),
    row.userId,
    row.username,
    row.role,
    row.action,
    row.objectType,
    row.objectId,
    row.result,
    row.ip,
    row.details,
    row.prevHash,
  ]);
  return createHash('sha256').update(content).digest('hex');
}
