import { IdParams, ImportKindParams, ImportStatus, ImportUploadQuery } from '@shegong/contracts';
import { type Locale, type MessageKey, translate, uuidv7 } from '@shegong/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { imports } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { q } from '../../platform/db/tx.ts';
import { buildWorkbook, xlsxHeaders } from '../../platform/excel/write-sheet.ts';
import { AppError, fieldError, forbidden, notFound } from '../../platform/http/errors.ts';
import { issuesToProblems, wordProblem } from '../../platform/http/validation.ts';
import { safeFileName } from '../files/file-names.ts';
import { checkImport } from './check-import.ts';
import { type ImportContext, type ImportKind, importKind } from './import-kinds.ts';
import { inspectUpload, sheetLimits } from './import-limits.ts';
import { importPolicy } from './imports.policy.ts';
import { type ImportRow, readFailure, readPayload, updateImport } from './imports.repository.ts';

const tags = ['imports'];
const MAX_BYTES = 20 * 1024 * 1024;

function uploadOptions(kind: ImportKind, query: Record<string, string>): Record<string, unknown> {
  const { kind: _, ...rest } = query;
  if (!kind.options) {
    const unknown = Object.keys(rest).map((path) => ({ path, key: 'field.unknown' }));
    if (unknown.length > 0) throw new AppError(400, 'validation', 'error.validation', {}, unknown);
    return {};
  }
  const parsed = kind.options.safeParse(rest);
  if (!parsed.success) throw new AppError(400, 'validation', 'error.validation', {}, issuesToProblems(parsed.error.issues));
  return parsed.data;
}

function presentStatus(row: ImportRow, locale: Locale): ImportStatus {
  const payload = readPayload(row);
  const failure = readFailure(row);
  const problems = (payload?.rows ?? []).filter((r) => r.problems.length > 0);
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status as ImportStatus['status'],
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    acceptedRows: row.acceptedRows,
    rejectedRows: problems.length,
    error: failure?.error ? translate(locale, failure.error as MessageKey, failure.errorParams) : null,
    headerRow: payload?.headerRow ?? null,
    mapping: payload ? Object.fromEntries(Object.entries(payload.mapping).map(([key, c]) => [key, payload.headers[c] ?? ''])) : {},
    unmapped: payload?.unmapped ?? [],
    problems: problems
      .slice(0, 500)
      .map((r) => ({ rowNumber: r.rowNumber, messages: r.problems.map((p) => wordProblem(locale, p).message) })),
    committedAt: row.committedAt?.toISOString() ?? null,
  };
}

export async function importRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/import-templates/:kind',
    {
      schema: { tags, summary: 'Download the Excel import template of a list', params: ImportKindParams },
      config: { kind: 'self', auth: { self: true } },
    },
    async (request, reply) => {
      const kind = importKind(request.params.kind);
      if (!kind || !request.actor?.permissions.has(kind.permission)) throw notFound();
      const columns = kind.columns.map((c) => ({
        header: c.required ? `${c.header}*` : c.header,
        value: (row: Record<string, string>) => row[c.key],
      }));
      const example = Object.fromEntries(kind.columns.map((c) => [c.key, c.example]));
      return reply.headers(xlsxHeaders(`${kind.sheetName}导入模板.xlsx`)).send(await buildWorkbook(kind.sheetName, columns, [example]));
    },
  );

  r.post(
    '/api/imports',
    {
      schema: {
        tags,
        summary: 'Upload an Excel file (multipart field "file"): rows are checked, nothing written, for a preview',
        querystring: ImportUploadQuery,
        response: { 202: ImportStatus },
      },
      // The check runs after the reply: inside the route's transaction it would inherit a finished one
      // (its queries on a released connection, its audit events never written).
      config: { auth: { self: true }, transaction: false },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const kind = importKind(request.query.kind);
      if (!kind) throw notFound();
      if (!actor.permissions.has(kind.permission)) throw forbidden();
      const context: ImportContext = {
        actor,
        locale: request.locale,
        memo: new Map(),
        rowNumber: 0,
        options: uploadOptions(kind, request.query),
      };
      await kind.prepare?.(context);
      const part = await request.file({ limits: { fileSize: MAX_BYTES, files: 1 } });
      if (!part) throw fieldError('file', 'field.file_missing');
      const buffer = await part.toBuffer().catch(() => {
        throw fieldError('file', 'field.file_size', { maxMb: 20 });
      });
      if (part.file.truncated) throw fieldError('file', 'field.file_size', { maxMb: 20 });
      if (buffer.subarray(0, 4).toString('hex') !== '504b0304') throw fieldError('file', 'import.not_xlsx');
      const limits = await sheetLimits();
      await inspectUpload(buffer, limits);
      const id = uuidv7();
      const fileName = safeFileName(part.filename, 'import.xlsx');
      await q().insert(imports).values({
        id,
        kind: kind.kind,
        status: 'parsing',
        fileName,
        createdBy: actor.userId,
        regionCode: actor.regionCode,
        organisationId: actor.organisationId,
      });
      // Checked after the response so a large file shows progress; nothing is written until commit.
      setImmediate(() => void checkImport(id, kind, buffer, context, limits));
      reply.code(202);
      return presentStatus(
        {
          id,
          kind: kind.kind,
          status: 'parsing',
          fileName,
          totalRows: 0,
          processedRows: 0,
          acceptedRows: 0,
          payload: null,
          createdBy: actor.userId,
          regionCode: actor.regionCode,
          organisationId: actor.organisationId,
          createdAt: new Date(),
          committedAt: null,
        },
        request.locale,
      );
    },
  );

  r.get(
    '/api/imports/:id',
    {
      schema: {
        tags,
        summary: 'Progress and preview of an import: column mapping and per-row problems',
        params: IdParams,
        response: { 200: ImportStatus },
      },
      config: { kind: 'record', auth: { self: true, resource: 'import' } },
    },
    async (request) => presentStatus(recordOf(request, importPolicy), request.locale),
  );

  r.post(
    '/api/imports/:id/commit',
    {
      schema: {
        tags,
        summary: 'Write every accepted row in one transaction',
        params: IdParams,
        response: { 200: ImportStatus },
      },
      config: { auth: { self: true, resource: 'import' } },
    },
    async (request) => {
      const row = recordOf(request, importPolicy);
      const kind = importKind(row.kind);
      const payload = readPayload(row);
      if (!kind || row.status !== 'ready' || !payload) throw fieldError('status', 'import.not_ready');
      const accepted = payload.rows.filter((r) => r.problems.length === 0).map((r) => r.value);
      await kind.commit(accepted, {
        actor: request.actor!,
        locale: request.locale,
        memo: new Map(),
        rowNumber: 0,
        options: payload.options,
        importId: row.id,
      });
      await updateImport(row.id, { status: 'committed', committedAt: new Date() });
      await audit({
        action: `import.${row.kind}`,
        objectType: 'import',
        objectId: row.id,
        details: { accepted: accepted.length, rejected: payload.rows.length - accepted.length },
      });
      return presentStatus({ ...row, status: 'committed', committedAt: new Date() }, request.locale);
    },
  );

  r.get(
    '/api/imports/:id/errors',
    {
      schema: {
        tags,
        summary: 'The rejected rows with their problems, as an Excel file to correct and upload again',
        params: IdParams,
      },
      config: { kind: 'record', auth: { self: true, resource: 'import' } },
    },
    async (request, reply) => {
      const row = recordOf(request, importPolicy);
      const payload = readPayload(row);
      const rejected = (payload?.rows ?? []).filter((r) => r.problems.length > 0);
      const headers = payload?.headers ?? [];
      const columns = [
        { header: translate(request.locale, 'import.row_number'), value: (x: (typeof rejected)[number]) => x.rowNumber },
        {
          header: translate(request.locale, 'import.problems'),
          width: 50,
          value: (x: (typeof rejected)[number]) => x.problems.map((p) => wordProblem(request.locale, p).message).join('；'),
        },
        ...headers.map((h, i) => ({
          header: h || `#${i + 1}`,
          // Numbers stay numbers (a text "-5" would be written as "'-5", see cell-text.ts).
          value: (x: (typeof rejected)[number]) => {
            const cell = x.cells[i];
            return typeof cell === 'number' ? cell : String(cell ?? '');
          },
        })),
      ];
      return reply
        .headers(xlsxHeaders(`${row.fileName.replace(/\.xlsx$/i, '')}-错误行.xlsx`))
        .send(await buildWorkbook('错误行', columns, rejected));
    },
  );
}
