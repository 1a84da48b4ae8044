import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { understateSizes, xlsxBomb, xlsxPackage } from '../../../test/zip-bomb.ts';
import { settings } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { clearSettingsCache, type Settings } from '../../platform/settings.ts';
import { makeUser } from '../users/users.fixtures.ts';

let t: TestApp;
let district: Client;

async function setting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await q().insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
  clearSettingsCache();
}

async function sheet(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('机构');
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function settled(id: string) {
  for (let i = 0; i < 600; i++) {
    const reply = await district.get(`/api/imports/${id}`);
    if (reply.body?.status !== 'parsing') return reply;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import did not finish');
}

beforeAll(async () => {
  t = await startTestApp();
  const d = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
  district = t.client();
  await district.login(d.username, d.password);
});
afterEach(async () => {
  await q().delete(settings);
  clearSettingsCache();
  district.locale = 'zh-CN';
});
afterAll(() => t.close());

describe('imports: zip bombs and limits', () => {
  it('refuses a zip bomb at upload with a field error naming the limit, in Chinese and English', async () => {
    const bomb = await xlsxBomb(300);
    const reply = await district.upload('/api/imports?kind=organisations', '机构名录.xlsx', bomb);
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields).toEqual([{ path: 'file', message: expect.stringMatching(/^文件：文件解压后超过 100 MB/) }]);
    district.locale = 'en-US';
    const english = await district.upload('/api/imports?kind=organisations', 'list.xlsx', bomb);
    expect(english.body.error.fields[0].message).toMatch(/unpacks to more than 100 MB/);
  });

  it('reads a large sheet as a stream: the server answers meanwhile and memory stays flat', async () => {
    await setting('import.maxUnpackedMb', 200);
    const bomb = await xlsxBomb(150);
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    try {
      const upload = await district.upload('/api/imports?kind=organisations', '大表.xlsx', bomb);
      expect(upload.status).toBe(202);
      let answeredWhileParsing = 0;
      while (answeredWhileParsing < 20) {
        const health = await t.client().get('/api/health');
        expect(health.status).toBe(200);
        if ((await district.get(`/api/imports/${upload.body.id}`)).body.status !== 'parsing') break;
        answeredWhileParsing++;
      }
      expect(answeredWhileParsing).toBeGreaterThan(0);
      const done = await settled(upload.body.id);
      // 150 MB of empty rows: read through, nothing held, and no header in it.
      expect(done.body).toMatchObject({ status: 'failed', error: expect.stringMatching(/^没有找到表头/) });
    } finally {
      clearInterval(sampler);
    }
    expect((peak - baseline) / 1024 / 1024).toBeLessThan(300);
  });

  it('stops a bomb whose zip directory understates its sizes, and says the file is unreadable', async () => {
    const lying = understateSizes(await xlsxBomb(300), 4096);
    const upload = await district.upload('/api/imports?kind=organisations', 'a.xlsx', lying);
    expect(upload.status).toBe(202);
    expect((await settled(upload.body.id)).body).toMatchObject({ status: 'failed', error: expect.stringMatching(/^无法读取该文件/) });
  });

  it('refuses a sheet past the row limit (a setting) with the limit in the message', async () => {
    await setting('import.maxRows', 20);
    const rows = [['单位名称', '统一社会信用代码'], ...Array.from({ length: 25 }, (_, i) => [`机构${i}`, ''])];
    const upload = await district.upload('/api/imports?kind=organisations', 'rows.xlsx', await sheet(rows));
    expect(upload.status).toBe(202);
    const done = await settled(upload.body.id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'failed',
      error: '工作表超过 20 行（上限见设置“import.maxRows”）：请把表格拆成几个文件分批导入',
    });
  });
});

describe('imports: a failed check says why (never a 500)', () => {
  it('a file that is not a zip at all is refused at upload as unreadable', async () => {
    const garbage = Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.from('这不是一个 Excel 文件'.repeat(50))]);
    const reply = await district.upload('/api/imports?kind=organisations', 'garbage.xlsx', garbage);
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields[0]).toMatchObject({ path: 'file', message: expect.stringMatching(/无法读取该文件/) });
  });

  it('a zip whose sheet is not XML fails the check, and the status names the reason', async () => {
    const broken = await xlsxPackage('<worksheet><sheetData><row><c t="inlineStr"><is><t>单位名称</t></is></c>');
    const upload = await district.upload('/api/imports?kind=organisations', 'broken.xlsx', broken);
    expect(upload.status).toBe(202);
    const done = await settled(upload.body.id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'failed', error: '无法读取该文件，请确认是 .xlsx 格式的 Excel 文件', problems: [] });
  });

  it('a sheet without a header row fails the check with that reason, in the caller’s language', async () => {
    const upload = await district.upload('/api/imports?kind=organisations', 'noheader.xlsx', await sheet([['随便写点'], [1, 2, 3]]));
    expect(upload.status).toBe(202);
    const done = await settled(upload.body.id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'failed', error: expect.stringMatching(/^没有找到表头/), mapping: {}, headerRow: null });
    district.locale = 'en-US';
    expect((await district.get(`/api/imports/${upload.body.id}`)).body.error).toMatch(/^No header row found/);
  });
});
