import type { Locale, Permission } from '@shegong/core';
import type { z } from 'zod';
import type { Actor } from '../../platform/authz/actor.ts';
import type { ColumnSpec } from '../../platform/excel/header-map.ts';
import type { FieldProblem } from '../../platform/http/errors.ts';

export interface ImportContext {
  actor: Actor;
  locale: Locale;
  /** Per-import memory: lookups loaded once, keys seen earlier in the file (duplicates). */
  memo: Map<string, unknown>;
  /** The spreadsheet row being checked (for "same as row N" messages). */
  rowNumber: number;
  /** The upload's options, validated by the kind's `options` schema (e.g. the ledger's station); none when it declares none. */
  options?: Record<string, unknown>;
  /** At commit: the import being written, for rows that record where they came from. */
  importId?: string;
}

export interface RowCheck<T> {
  value?: T;
  problems: FieldProblem[];
}

/**
 * An importable list. Rows are checked (never written) for the preview; `commit` writes the
 * accepted ones in the request's single transaction.
 */
export interface ImportKind<T = unknown> {
  kind: string;
  permission: Permission;
  sheetName: string;
  columns: (ColumnSpec & { header: string; example: string })[];
  /** Query parameters of the upload besides `kind` (e.g. `stationId`); a kind without it accepts none. */
  options?: z.ZodType<Record<string, unknown>>;
  /** Runs before the file is read: checks the options against the actor (throws a field error, 403 or 404). */
  prepare?(context: ImportContext): Promise<void>;
  /** Runs before each chunk of rows is checked: a kind looks up what the chunk needs in one query. */
  prepareChunk?(rows: readonly Record<string, unknown>[], context: ImportContext): Promise<void>;
  checkRow(cells: Record<string, unknown>, context: ImportContext): Promise<RowCheck<T>>;
  commit(rows: T[], context: ImportContext): Promise<void>;
}

const kinds = new Map<string, ImportKind>();

export function registerImportKind<T>(kind: ImportKind<T>): void {
  kinds.set(kind.kind, kind as ImportKind);
}

export function importKind(kind: string): ImportKind | undefined {
  return kinds.get(kind);
}

export function importKindNames(): string[] {
  return [...kinds.keys()];
}
