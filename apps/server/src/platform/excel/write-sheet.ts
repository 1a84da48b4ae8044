import ExcelJS from 'exceljs';
import { inertText } from './cell-text.ts';

export interface SheetColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | null | undefined;
}

/** A value as written: text that would read as a formula gets its leading apostrophe (cell-text.ts). */
const cell = (value: string | number | null | undefined) => (typeof value === 'string' ? inertText(value) : (value ?? null));

/** One sheet with a bold, frozen header row; returns the .xlsx bytes. */
export async function buildWorkbook<T>(sheetName: string, columns: SheetColumn<T>[], rows: Iterable<T>, title?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Shegong 社工智慧管理平台';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  if (title) {
    sheet.addRow([cell(title)]).font = { bold: true, size: 14 };
    sheet.mergeCells(1, 1, 1, Math.max(columns.length, 1));
  }
  const header = sheet.addRow(columns.map((c) => cell(c.header)));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } };
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width ?? Math.max(10, c.header.length * 2 + 2);
  });
  for (const row of rows) sheet.addRow(columns.map((c) => cell(c.value(row))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends a workbook as a download with a UTF-8 file name. */
export function xlsxHeaders(fileName: string): Record<string, string> {
  return {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'cache-control': 'no-store',
  };
}
