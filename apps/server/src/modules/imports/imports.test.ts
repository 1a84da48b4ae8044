import { usccCheckChar } from '@shegong/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeUser } from '../users/users.fixtures.ts';

let t: TestApp;
let district: Client;
const code = (body: string) => body + usccCheckChar(body);

/** The way real files arrive: a title, a header merged over two rows, full-width digits, a total row. */
async function messyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('机构名录');
  ws.addRow(['海珠区社会工作服务机构名录（2025年）']);
  ws.mergeCells('A1:F1');
  ws.addRow(['单位名称', '统一社会信用代码', '类型', '所在镇街', '联系方式', '']);
  ws.addRow(['', '', '', '', '联系人', '联系电话']);
  ws.mergeCells('A2:A3');
  ws.mergeCells('B2:B3');
  ws.mergeCells('C2:C3');
  ws.mergeCells('D2:D3');
  ws.mergeCells('E2:F2');
  ws.addRow([
    '广州市海珠区仁和社会工作服务中心',
    code('52440105MJL770011'),
    '民办非企业单位',
    '南华西街',
    '李敏',
    '１３８２６０４１１８７',
  ]);
  ws.addRow(['广州市海珠区明德社会工作服务社', code('52440105MJL770022'), '社会团体', '海珠区赤岗街道', '王芳', '13912345678']);
  ws.addRow(['', 'BADCODE', '合作社', '火星街道', '', '']);
  ws.addRow(['广州市海珠区重复机构', code('52440105MJL770011'), '基金会', '440105002000', '', '']);
  ws.addRow(['广州市天河区越界机构', code('52440106MJL770033'), '基金会', '天河区五山街道', '', '']);
  ws.addRow([]);
  ws.addRow(['合计', '5 家']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function waitReady(client: Client, id: string) {
  for (let i = 0; i < 100; i++) {
    const reply = await client.get(`/api/imports/${id}`);
    if (reply.body.status !== 'parsing') return reply;
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
afterAll(() => t.close());

describe('Excel import of organisations', () => {
  it('refuses roles without the import permission and files that are not xlsx', async () => {
    const w = await makeUser({ roles: ['worker'], regionCode: '440105008000' });
    const worker = t.client();
    await worker.login(w.username, w.password);
    expect((await worker.upload('/api/imports?kind=organisations', 'a.xlsx', await messyWorkbook())).status).toBe(403);
    const notXlsx = await district.upload('/api/imports?kind=organisations', 'a.csv', 'name,uscc\n');
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.body.error.fields[0].message).toMatch(/xlsx/);
  });

  it('offers a template', async () => {
    const reply = await district.get('/api/import-templates/organisations');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toMatch(/attachment/);
  });

  it('previews a messy sheet: maps merged headers, reads full-width digits, lists problems per row, writes nothing until commit', async () => {
    const upload = await district.upload('/api/imports?kind=organisations', '机构名录.xlsx', await messyWorkbook());
    expect(upload.status).toBe(202);
    const preview = (await waitReady(district, upload.body.id)).body;
    expect(preview, JSON.stringify(preview.problems)).toMatchObject({
      status: 'ready',
      totalRows: 5,
      acceptedRows: 2,
      rejectedRows: 3,
      headerRow: 3,
    });
    expect(preview.mapping).toMatchObject({ name: '单位名称', contactName: '联系人', contactPhone: '联系电话', region: '所在镇街' });
    const byRow = Object.fromEntries(
      preview.problems.map((p: { rowNumber: number; messages: string[] }) => [p.rowNumber, p.messages.join(' | ')]),
    );
    expect(byRow[6]).toMatch(/名称：必填/);
    expect(byRow[6]).toMatch(/统一社会信用代码/);
    expect(byRow[6]).toMatch(/火星街道/);
    expect(byRow[7]).toMatch(/与文件中第 4 行重复/);
    expect(byRow[8]).toMatch(/找不到区划/);
    expect((await district.get('/api/organisations?q=仁和')).body.total).toBe(0);

    const errors = await district.get(`/api/imports/${upload.body.id}/errors`);
    expect(errors.headers.get('content-type')).toMatch(/spreadsheetml/);

    const committed = await district.post(`/api/imports/${upload.body.id}/commit`);
    expect(committed.body.status).toBe('committed');
    const found = (await district.get('/api/organisations?q=仁和')).body.items[0];
    expect(found).toMatchObject({
      regionName: '南华西街道',
      contactPhone: '13826041187',
      type: 'private_non_enterprise',
      filingStatus: 'draft',
    });
    expect((await district.post(`/api/imports/${upload.body.id}/commit`)).status).toBe(400);
  });

  it('an import is its uploader’s: another user of the same district cannot read or commit it', async () => {
    const upload = await district.upload('/api/imports?kind=organisations', 'b.xlsx', await messyWorkbook());
    await waitReady(district, upload.body.id);
    const other = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
    const colleague = t.client();
    await colleague.login(other.username, other.password);
    expect((await colleague.get(`/api/imports/${upload.body.id}`)).status).toBe(403);
    expect((await colleague.post(`/api/imports/${upload.body.id}/commit`)).status).toBe(403);
  });

  it('exports the filtered list to Excel and audits it', async () => {
    const reply = await district.get('/api/organisations/export?q=海珠');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(reply.headers.get('content-disposition')).toMatch(/^attachment;/);
    const c = await makeUser({ roles: ['city_admin'], regionCode: '440100000000' });
    const city = t.client();
    await city.login(c.username, c.password);
    expect((await city.get('/api/audit?action=organisation.export')).body.total).toBe(1);
  });
});
