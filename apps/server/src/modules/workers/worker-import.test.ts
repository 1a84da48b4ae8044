import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeWorker, testIdNumber } from './workers.fixtures.ts';

let t: TestApp;
let provider: Client;
let orgId: string;

async function sheet(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('社工');
  ws.addRow(['启航社工服务中心 社工花名册']);
  ws.addRow(['姓名', '身份证号', '手机', '学历', '专业', '资格等级', '证书编号', '取证年份']);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  t = await startTestApp();
  orgId = await makeOrganisation({ regionCode: '440105008000' });
  const o = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgId });
  provider = t.client();
  await provider.login(o.username, o.password);
});
afterAll(() => t.close());

describe('Excel import of social workers', () => {
  it('checks each row in plain language and writes only accepted rows, all at once', async () => {
    const existing = await makeWorker({ organisationId: orgId, regionCode: '440105008000' });
    const fresh = testIdNumber(801, '19950101');
    const old15 = '440105950101803';
    const upload = await provider.upload(
      '/api/imports?kind=workers',
      '花名册.xlsx',
      await sheet([
        ['陈小兰', fresh.toLowerCase(), '13912340001', '本科', '社会工作', '社会工作师', 'ZS2024001', 2024],
        ['李旧证', old15, '', '大专', '', '助理社会工作师', 'ZS2024002', '２０２３'],
        ['重复人', existing.idNumber, '', '', '', '', '', ''],
        ['坏号码', '440105199501018888', '12345', '小学', '', '社工大师', '', ''],
        ['陈小兰二', fresh, '', '', '', '', '', ''],
      ]),
    );
    expect(upload.status).toBe(202);
    let status = upload.body;
    for (let i = 0; i < 50 && status.status === 'parsing'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await provider.get(`/api/imports/${upload.body.id}`)).body;
    }
    expect(status).toMatchObject({ status: 'ready', totalRows: 5, acceptedRows: 2 });
    const byRow = Object.fromEntries(
      status.problems.map((p: { rowNumber: number; messages: string[] }) => [p.rowNumber, p.messages.join(' | ')]),
    );
    expect(byRow[5]).toMatch(/身份证/);
    expect(byRow[6]).toMatch(/校验位/);
    expect(byRow[6]).toMatch(/手机号码/);
    expect(byRow[7]).toMatch(/第 3 行重复/);
    expect((await provider.post(`/api/imports/${upload.body.id}/commit`)).body.status).toBe('committed');
    const list = (await provider.get('/api/workers?q=陈小兰')).body.items;
    expect(list).toEqual([expect.objectContaining({ name: '陈小兰', qualificationLevel: 'intermediate', education: 'bachelor' })]);
    const upgraded = (await provider.get('/api/workers?q=李旧证')).body.items[0];
    expect(upgraded.birthDate).toBe('1995-01-01');
    expect(upgraded.certifiedYear).toBe(2023);
  });
});

describe('Excel export of social workers', () => {
  it('masks ID numbers and mobiles, and is audited', async () => {
    const reply = await fetch(`${t.baseUrl}/api/workers/export`, {
      headers: { cookie: (provider as unknown as { cookie: string }).cookie },
    });
    expect(reply.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await reply.arrayBuffer());
    const values = wb.worksheets[0]?.getSheetValues().flat().map(String).join(' ') ?? '';
    expect(values).toContain('陈小兰');
    expect(values).not.toMatch(/\d{17}[\dXx]/);
    expect(values).not.toMatch(/1\d{10}/);
  });
});
