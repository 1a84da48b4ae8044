import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { idLookupHash } from '../clients/client-identity.ts';
import { makeClient, shareClient } from '../clients/clients.fixtures.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { testIdNumber } from '../workers/workers.fixtures.ts';
import { type LedgerImportWorld, ledgerImportWorld, TOWN, waitReady } from './ledger-import.setup.ts';

let t: TestApp;
let worker: Client;
let orgA: string;
let stationA: string;
let stranger: LedgerImportWorld['stranger'];

beforeAll(async () => {
  ({ t, worker, orgA, stationA, stranger } = await ledgerImportWorld());
});
afterAll(() => t.close());

async function ledger(lines: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['姓名', '身份证号码', '服务日期', '服务内容', '服务人次']);
  for (const line of lines) ws.addRow([...line, '2023-05-04', '探访', 1]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function preview(client: Client, lines: unknown[][]) {
  const upload = await client.upload(`/api/imports?kind=ledger&stationId=${stationA}`, 'ledger.xlsx', await ledger(lines));
  expect(upload.status).toBe(202);
  const body = (await waitReady(client, upload.body.id)).body;
  const byRow: Record<number, string> = Object.fromEntries(
    body.problems.map((p: { rowNumber: number; messages: string[] }) => [p.rowNumber, p.messages.join(' | ')]),
  );
  return { ...body, byRow };
}

describe('ledger import: numbers on another organisation’s files', () => {
  it('are refused with the same words whoever holds them, never attached, and audited as identity lookups', async () => {
    const orgC = await makeOrganisation({ regionCode: '440106001000', name: '天河同心家园社工服务中心' });
    const held = await makeClient({
      regionCode: '440106001001',
      organisationId: orgC,
      name: '司徒美华',
      idNumber: testIdNumber(61, '19410101'),
    });
    const fresh = testIdNumber(62, '19500101');
    const p = await preview(worker, [
      ['孙小梅', stranger.idNumber],
      ['张三', held.idNumber],
      ['黄丽华', fresh],
    ]);
    expect(p.acceptedRows).toBe(1);
    expect(p.byRow[2]).toMatch(/^身份证号码：该证件号码已在其他机构建档，您无权查看该档案；请在“服务对象”中请求持档站点共享档案/);
    expect(p.byRow[3]).toBe(p.byRow[2]);
    expect(JSON.stringify(p)).not.toMatch(/司徒|天河同心/);
    const audit = await t.database.pool.query("select details from audit_log where action = 'client.identity_lookup' order by id");
    const last = JSON.parse(audit.rows.at(-1).details);
    expect(last).toEqual({
      via: 'import',
      counts: { own: 0, none: 1, elsewhere: 2, refused: 0 },
      elsewhere: [idLookupHash('resident_id', stranger.idNumber as string), idLookupHash('resident_id', held.idNumber as string)],
    });
    // Once the importer's organisation is given the file, the line attaches to it.
    await shareClient(held.id, { regionCode: TOWN, organisationId: orgA }, 'full');
    const shared = await preview(worker, [['司徒美华', held.idNumber]]);
    expect(shared.acceptedRows).toBe(1);
  });

  it('count against the importer’s hourly limit: past it every line whose number is not the organisation’s own is refused, and the supervisor is alerted', async () => {
    const sysadmin = await makeUser({ roles: ['sysadmin'], regionCode: '440100000000' });
    const admin = t.client();
    await admin.login(sysadmin.username, sysadmin.password);
    expect((await admin.patch('/api/settings', { 'client.identityLookupsPerHour': 1 })).status).toBe(200);
    const u = await makeUser({ roles: ['worker'], regionCode: TOWN, organisationId: orgA });
    const importer = t.client();
    await importer.login(u.username, u.password);
    const own = await makeClient({
      regionCode: '440105008101',
      organisationId: orgA,
      stationId: stationA,
      name: '陈一',
      idNumber: testIdNumber(63, '19500101'),
    });
    const other = await makeClient({
      regionCode: '440105008101',
      organisationId: await makeOrganisation({ regionCode: TOWN }),
      idNumber: testIdNumber(64, '19500101'),
    });
    const p = await preview(importer, [
      ['孙小梅', stranger.idNumber],
      ['李四', other.idNumber],
      ['王五', testIdNumber(65, '19500101')],
      ['陈一', own.idNumber],
    ]);
    expect(p.byRow[2]).toMatch(/已在其他机构建档/);
    expect(p.byRow[3]).toBe('身份证号码：证件号码查询过于频繁，此行暂未核对；请一小时后重新上传。您的督导已收到提醒');
    expect(p.byRow[4]).toBe(p.byRow[3]);
    expect(p.byRow[5]).toBeUndefined();
    const alerts = await t.database.pool.query('select hits, refused from identity_lookup_alerts where user_id = $1', [u.id]);
    expect(alerts.rows).toEqual([{ hits: 1, refused: 2 }]);
    expect((await admin.patch('/api/settings', { 'client.identityLookupsPerHour': 20 })).status).toBe(200);
  });
});
