import { idCardCheckChar, upgradeIdCard15 } from '@shegong/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { testIdNumber } from '../workers/workers.fixtures.ts';
import { full, type LedgerImportWorld, ledgerImportWorld, TOWN, waitReady } from './ledger-import.setup.ts';

let t: TestApp;
let worker: Client;
let stationA: string;
let stationB: string;
let chen: LedgerImportWorld['chen'];
let stranger: LedgerImportWorld['stranger'];

beforeAll(async () => {
  ({ t, worker, stationA, stationB, chen, stranger } = await ledgerImportWorld());
});
afterAll(() => t.close());
const ID15 = '440105450302013';

/** A valid ID number whose check character is X, written with a lowercase x. */
function idWithLowercaseX(): string {
  for (let seq = 100; ; seq++) {
    const first17 = `44010519520708${seq}`;
    if (idCardCheckChar(first17) === 'X') return `${first17}x`;
  }
}
const LOWER_X = idWithLowercaseX();

/** The way stations keep ledgers: two title rows, a header merged over two rows, every date style, totals at the end. */
async function messyLedger(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2023年台账');
  ws.addRow(['南华西街社工站2023年服务台账']);
  ws.mergeCells('A1:K1');
  ws.addRow(['填报单位：南华西街社工站', '', '', '', '', '', '', '统计时间：2023年5月']);
  ws.addRow(['序号', '服务对象基本情况', '', '', '', '', '', '类别', '服务情况', '', '']);
  ws.addRow(['', '姓名', '性别', '年龄', '身份证号码', '电话', '社区', '', '日期', '服务内容', '人次']);
  for (const range of ['A3:A4', 'B3:G3', 'H3:H4', 'I3:K3']) ws.mergeCells(range);
  const rows: unknown[][] = [
    // 5: the person already on file, an Excel date, a full-width count.
    ['1', '陈美玲', '女', '78', chen.idNumber, '', '鳌洲社区', '低保', new Date(Date.UTC(2023, 4, 1)), '上门探访', '１'],
    // 6 and 8: a new person with an old 15-digit number, two lines, one file.
    ['2', '李志强', '男', '78', ID15, full('13912345678'), '福安社区', '独居老人、高龄老人', '2023年5月1日', '政策咨询', '２人次'],
    // 7: a new person with a lowercase x, no community written (the station's area).
    ['3', '黄丽华', '女', '70', LOWER_X, '', '', '', '2023.5.1', '健康讲座', 1],
    ['4', '李志强', '男', '78', full(ID15), '', '福安社区', '独居老人', '2023/05/01', '陪同就医', ''],
    // 9: no year: flagged, never guessed.
    ['5', '周建国', '男', '66', testIdNumber(31, '19570101'), '', '鳌洲社区', '', '5月3日', '探访', 1],
    // 10: a category the list does not have.
    ['6', '吴桂英', '女', '90', testIdNumber(32, '19330101'), '', '鳌洲社区', '五保户', '2023-05-04', '探访', 1],
    // 11: a wrong check character.
    ['7', '郑强', '男', '50', '440105197301010010', '', '鳌洲社区', '', '2023-05-04', '探访', 1],
    // 12: someone on file with another organisation.
    ['8', '孙小梅', '女', '40', stranger.idNumber, '', '鳌洲社区', '', '2023-05-04', '探访', 1],
    // 13: an Excel serial typed as a number, a community outside the station's town.
    ['9', '钱七', '男', '60', testIdNumber(35, '19630101'), '', '五山街岳洲社区', '', 45050, '探访', 1],
    // 14: neither an ID number nor a matching file.
    ['10', '冯八', '男', '60', '', '13800000000', '鳌洲社区', '', 45050, '探访', 1],
  ];
  for (const row of rows) ws.addRow(row);
  ws.addRow([]);
  ws.addRow(['合计', '', '', '', '', '', '', '', '', '', 11]);
  ws.addRow(['制表人：黄社工']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('ledger import: denials and validation first', () => {
  it('needs the import permission and a station of the importer’s own organisation', async () => {
    const d = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
    const district = t.client();
    await district.login(d.username, d.password);
    const file = await messyLedger();
    expect((await district.upload(`/api/imports?kind=ledger&stationId=${stationA}`, 'a.xlsx', file)).status).toBe(403);
    const missing = await worker.upload('/api/imports?kind=ledger', 'a.xlsx', file);
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0].path).toBe('stationId');
    const other = await worker.upload(`/api/imports?kind=ledger&stationId=${stationB}`, 'a.xlsx', file);
    expect(other.body.error.fields[0]).toMatchObject({ path: 'stationId', message: '站点：站点不存在或不在您的管辖范围内' });
    // Kinds that declare no options still refuse unknown parameters.
    const o = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
    const officer = t.client();
    await officer.login(o.username, o.password);
    const extra = await officer.upload(`/api/imports?kind=organisations&stationId=${stationA}`, 'a.xlsx', file);
    expect(extra.body.error.fields[0]).toMatchObject({ path: 'stationId' });
  });
});

describe('ledger import of a messy station ledger', () => {
  let importId: string;

  it('previews: finds the header under two titles, reads every date form, flags a date without a year, stops at 合计', async () => {
    const upload = await worker.upload(`/api/imports?kind=ledger&stationId=${stationA}`, '南华西街台账.xlsx', await messyLedger());
    expect(upload.status).toBe(202);
    importId = upload.body.id;
    const preview = (await waitReady(worker, importId)).body;
    expect(preview, JSON.stringify(preview.problems)).toMatchObject({
      status: 'ready',
      headerRow: 4,
      totalRows: 10,
      acceptedRows: 4,
      rejectedRows: 6,
    });
    expect(preview.mapping).toMatchObject({
      name: '姓名',
      idNumber: '身份证号码',
      mobile: '电话',
      community: '社区',
      category: '类别',
      servedOn: '日期',
      content: '服务内容',
      personTimes: '人次',
    });
    const byRow = Object.fromEntries(
      preview.problems.map((p: { rowNumber: number; messages: string[] }) => [p.rowNumber, p.messages.join(' | ')]),
    );
    expect(byRow[9]).toBe('服务日期：日期缺少年份，请补全（不会自动猜测）');
    expect(byRow[10]).toBe('服务对象类别：服务对象类别“五保户”不在类别目录中');
    expect(byRow[11]).toBe('身份证号码：身份证号码校验位错误');
    expect(byRow[12]).toMatch(/已在其他机构建档/);
    expect(byRow[13]).toMatch(/找不到社区“五山街岳洲社区”/);
    expect(byRow[14]).toMatch(/身份证号为空/);
    expect((await worker.get('/api/ledger?kind=imported')).body.total).toBe(0);
    const errors = await worker.get(`/api/imports/${importId}/errors`);
    expect(errors.headers.get('content-type')).toMatch(/spreadsheetml/);
  });

  it('commits the accepted lines at once: the known person’s file is reused, a new person gets one file for two lines', async () => {
    const committed = await worker.post(`/api/imports/${importId}/commit`);
    expect(committed.body.status).toBe('committed');
    const ledger = (await worker.get('/api/ledger?kind=imported&pageSize=50')).body;
    expect(ledger.total).toBe(4);
    const byContent = Object.fromEntries(ledger.items.map((i: { content: string }) => [i.content, i]));
    expect(byContent.上门探访).toMatchObject({
      clientId: chen.id,
      servedOn: '2023-05-01',
      personTimes: 1,
      categories: [{ code: 'dibao' }],
    });
    expect(byContent.政策咨询).toMatchObject({
      name: '李志强',
      servedOn: '2023-05-01',
      personTimes: 2,
      mobile: '139****5678',
      communityName: '福安社区居委会',
    });
    expect(byContent.政策咨询.idNumber).toBe(`${upgradeIdCard15(ID15).slice(0, 6)}********${upgradeIdCard15(ID15).slice(-4)}`);
    expect(byContent.陪同就医.clientId).toBe(byContent.政策咨询.clientId);
    expect(byContent.健康讲座).toMatchObject({ name: '黄丽华', regionCode: TOWN, idNumber: expect.stringMatching(/X$/) });
    expect(byContent.陪同就医.categories.map((c: { code: string }) => c.code).sort()).toEqual(['elderly_advanced', 'elderly_alone']);
  });

  it('counts the imported lines in the measures', async () => {
    const summary = (await worker.get(`/api/ledger/summary?from=2023-05-01&to=2023-05-31&stationId=${stationA}`)).body;
    expect(summary).toMatchObject({ personTimes: 5, peopleServed: 3, caseVisits: 0 });
    const people = Object.fromEntries(summary.peopleByCategory.map((c: { code: string; people: number }) => [c.code, c.people]));
    expect(people).toMatchObject({ dibao: 1, elderly_alone: 1, elderly_advanced: 1, tekun: 0 });
  });

  it('the same file uploaded again finds every line already imported', async () => {
    const again = await worker.upload(`/api/imports?kind=ledger&stationId=${stationA}`, '南华西街台账.xlsx', await messyLedger());
    const preview = (await waitReady(worker, again.body.id)).body;
    expect(preview.acceptedRows).toBe(0);
    expect(preview.problems.find((p: { rowNumber: number }) => p.rowNumber === 5).messages[0]).toMatch(/已导入/);
  });
});
