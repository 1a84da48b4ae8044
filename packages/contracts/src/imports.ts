import { z } from 'zod';

export const IMPORT_STATUSES = ['parsing', 'ready', 'committed', 'failed'] as const;

/** Progress and preview of an Excel import (poll while `parsing`). */
export const ImportStatus = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  totalRows: z.int(),
  processedRows: z.int(),
  acceptedRows: z.int(),
  rejectedRows: z.int(),
  error: z.string().nullable(),
  /** Spreadsheet row number of the (last) header row found. */
  headerRow: z.int().nullable(),
  /** Column key → the header text it was read from. */
  mapping: z.record(z.string(), z.string()),
  unmapped: z.array(z.string()),
  /** Rows that will not be imported, with problems in plain language (first 500). */
  problems: z.array(z.object({ rowNumber: z.int(), messages: z.array(z.string()) })),
  committedAt: z.string().nullable(),
});
export type ImportStatus = z.infer<typeof ImportStatus>;

export const ImportKindParams = z.strictObject({ kind: z.string().regex(/^[a-z-]{2,30}$/) });

/** The kind, plus the options that kind declares (checked by the server against the kind's own schema). */
export const ImportUploadQuery = z.object({ kind: ImportKindParams.shape.kind }).catchall(z.string());
