import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { understateSizes, xlsxBomb } from '../../../test/zip-bomb.ts';
import { readFirstSheet, SheetLimitError } from './read-sheet.ts';

const MB = 1024 * 1024;
const roomy = { maxUnpackedBytes: 50 * MB, maxRows: 1000 };

async function workbook(build: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('第一张'));
  wb.addWorksheet('第二张').addRow(['不读这张']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading the first sheet as a stream', () => {
  it('reads text, numbers, dates, booleans, rich text and formula results, and fills merged cells from their first cell', async () => {
    const buffer = await workbook((ws) => {
      ws.addRow(['服务台账（2026年）']);
      ws.mergeCells('A1:D1');
      ws.addRow(['姓名', '服务日期', '人次', '已回访']);
      ws.addRow([{ richText: [{ text: '李', font: { bold: true } }, { text: '秀英' }] }, new Date(Date.UTC(2026, 4, 1)), 3, true]);
      ws.addRow(['陈伯', '2026年5月2日', { formula: 'C3*2', result: 6 }, false]);
      ws.getCell('B4').numFmt = '@';
      ws.addRow([]);
      ws.addRow(['合计', null, -9]);
    });
    const grid = await readFirstSheet(buffer, roomy);
    expect(grid[0]).toEqual(['服务台账（2026年）', '服务台账（2026年）', '服务台账（2026年）', '服务台账（2026年）']);
    expect(grid[1]).toEqual(['姓名', '服务日期', '人次', '已回访']);
    expect(grid[2]).toEqual(['李秀英', new Date(Date.UTC(2026, 4, 1)), 3, true]);
    expect(grid[3]).toEqual(['陈伯', '2026年5月2日', 6, false]);
    expect(grid[4]).toEqual([]);
    expect(grid[5]).toEqual(['合计', null, -9]);
    expect(grid).toHaveLength(6);
  });

  it('refuses a sheet with values past the row limit', async () => {
    const buffer = await workbook((ws) => {
      for (let i = 0; i < 30; i++) ws.addRow([`第${i}行`]);
    });
    await expect(readFirstSheet(buffer, { ...roomy, maxRows: 30 })).resolves.toHaveLength(30);
    await expect(readFirstSheet(buffer, { ...roomy, maxRows: 29 })).rejects.toEqual(new SheetLimitError('rows', 29));
  });

  it('refuses a zip bomb by the sizes its directory declares, before inflating anything', async () => {
    const bomb = await xlsxBomb(300);
    expect(bomb.length).toBeLessThan(2 * MB);
    await expect(readFirstSheet(bomb, roomy)).rejects.toEqual(new SheetLimitError('unpackedSize', roomy.maxUnpackedBytes));
  });

  it('stops a bomb whose directory understates its sizes as soon as a part inflates past what it declared', async () => {
    const lying = understateSizes(await xlsxBomb(300), 4096);
    const before = process.memoryUsage().rss;
    await expect(readFirstSheet(lying, roomy)).rejects.toThrow(/too many bytes/);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
  });
});
