import ExcelJS from 'exceljs';

/** A cell's plain value: rich text joined, formulas' results, hyperlinks' text. */
function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return value.result ?? null;
  if ('text' in value) return value.text;
  if ('error' in value) return null;
  return String(value);
}

/**
 * The first worksheet as a grid of plain values (1-based rows become 0-based), with merged
 * ranges filled from their master cell so a header merged over two rows reads in both.
 */
export async function readFirstSheet(buffer: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const grid: unknown[][] = [];
  const columns = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      cells.push(plain(cell.isMerged ? cell.master.value : cell.value));
    }
    grid[rowNumber - 1] = cells;
  });
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return grid;
}
