import { eq } from 'drizzle-orm';
import { imports } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import type { FieldProblem } from '../../platform/http/errors.ts';

export type ImportRow = typeof imports.$inferSelect;

export interface CheckedRow {
  /** The row's number in the spreadsheet (1-based, as Excel shows it). */
  rowNumber: number;
  cells: unknown[];
  value?: unknown;
  problems: FieldProblem[];
}

export interface ImportPayload {
  headerRow: number;
  headers: string[];
  mapping: Record<string, number>;
  unmapped: string[];
  rows: CheckedRow[];
  /** The upload's options, handed to the commit. */
  options?: Record<string, unknown>;
  error?: string;
}

export async function findImport(id: string): Promise<ImportRow | null> {
  const [row] = await q().select().from(imports).where(eq(imports.id, id));
  return row ?? null;
}

export async function updateImport(id: string, values: Partial<typeof imports.$inferInsert>): Promise<void> {
  await q().update(imports).set(values).where(eq(imports.id, id));
}

export function readPayload(row: ImportRow): ImportPayload | null {
  return row.payload ? (JSON.parse(row.payload) as ImportPayload) : null;
}
