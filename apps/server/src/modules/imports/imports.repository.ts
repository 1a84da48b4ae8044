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
  errorParams?: Record<string, unknown>;
}

/** What a failed check keeps: the message key and its parameters, no rows. */
export type ImportFailure = Pick<ImportPayload, 'error' | 'errorParams'>;

export async function findImport(id: string): Promise<ImportRow | null> {
  const [row] = await q().select().from(imports).where(eq(imports.id, id));
  return row ?? null;
}

export async function updateImport(id: string, values: Partial<typeof imports.$inferInsert>): Promise<void> {
  await q().update(imports).set(values).where(eq(imports.id, id));
}

/** The checked rows of a ready import; null while parsing and for a failed one (see `readFailure`). */
export function readPayload(row: ImportRow): ImportPayload | null {
  const payload = row.payload ? (JSON.parse(row.payload) as Partial<ImportPayload>) : null;
  return payload?.rows ? (payload as ImportPayload) : null;
}

export function readFailure(row: ImportRow): ImportFailure | null {
  const payload = row.payload ? (JSON.parse(row.payload) as ImportFailure) : null;
  return payload?.error ? payload : null;
}
