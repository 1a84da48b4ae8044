import { isTotalRow, readText } from '@shegong/core';
import { findHeader } from '../../platform/excel/header-map.ts';
import { readFirstSheet, SheetLimitError, type SheetLimits } from '../../platform/excel/read-sheet.ts';
import { logError } from '../../platform/log.ts';
import type { ImportContext, ImportKind } from './import-kinds.ts';
import { limitMessage } from './import-limits.ts';
import { type CheckedRow, type ImportPayload, updateImport } from './imports.repository.ts';

const CHUNK = 250;

/**
 * Parses the sheet, finds the header under any title rows, stops at blank or total rows, and
 * checks every data row, saving progress as it goes so the page can show a progress bar.
 */
export async function checkImport(
  id: string,
  kind: ImportKind,
  buffer: Buffer,
  context: ImportContext,
  limits: SheetLimits,
): Promise<void> {
  try {
    const grid = await readFirstSheet(buffer, limits);
    const header = findHeader(grid, kind.columns);
    if (!header) {
      await updateImport(id, { status: 'failed', payload: JSON.stringify({ error: 'import.no_header' }) });
      return;
    }
    const data: { rowNumber: number; cells: unknown[] }[] = [];
    for (let r = header.headerRow + 1; r < grid.length; r++) {
      const cells = grid[r] ?? [];
      if (isTotalRow(cells)) break;
      if (cells.every((c) => readText(c) === '')) continue;
      data.push({ rowNumber: r + 1, cells });
    }
    await updateImport(id, { totalRows: data.length });
    const rows: CheckedRow[] = [];
    const named = (cells: unknown[]) => Object.fromEntries(Object.entries(header.columns).map(([key, c]) => [key, cells[c]]));
    for (let i = 0; i < data.length; i += CHUNK) {
      const chunk = data.slice(i, i + CHUNK).map((row) => ({ ...row, named: named(row.cells) }));
      await kind.prepareChunk?.(
        chunk.map((row) => row.named),
        context,
      );
      for (const { rowNumber, cells, named: values } of chunk) {
        context.rowNumber = rowNumber;
        const check = await kind.checkRow(values, context);
        rows.push({ rowNumber, cells, value: check.value, problems: check.problems });
      }
      await updateImport(id, { processedRows: Math.min(i + CHUNK, data.length) });
    }
    const headers = (grid[header.headerRow] ?? []).map(readText);
    const payload: ImportPayload = {
      headerRow: header.headerRow + 1,
      headers,
      mapping: header.columns,
      unmapped: header.unmapped,
      rows,
      options: context.options,
    };
    await updateImport(id, {
      status: 'ready',
      processedRows: data.length,
      acceptedRows: rows.filter((r) => r.problems.length === 0).length,
      payload: JSON.stringify(payload),
    });
  } catch (error) {
    const failure = error instanceof SheetLimitError ? limitMessage(error) : { key: 'import.unreadable', params: {} };
    await updateImport(id, {
      status: 'failed',
      payload: JSON.stringify({ error: failure.key, errorParams: failure.params }),
    }).catch((err) => logError('import failure not saved', err));
    if (!(error instanceof SheetLimitError)) logError('import check failed', error);
  }
}
