import { maskIdNumber, uuidv7 } from '@shegong/core';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { clientCategoryHoldings, serviceRecords } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeClient } from '../clients/clients.fixtures.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeWorker, testIdNumber } from '../workers/workers.fixtures.ts';
import { makeServiceRecord } from './ledger.fixtures.ts';

let t: TestApp;
const TOWN = '440105008000';
const AOZHOU = '440105008101';
const FUAN = '440105008102';
let orgA: string;
let orgB: string;
let stationA: string;
let stationB: string;
let chen: { id: string; idNumber: string | null };
const clients: Record<string, Client> = {};

async function login(name: string, values: Parameters<typeof makeUser>[0]) {
  const user = await makeUser(values);
  clients[name] = t.client();
  await clients[name].login(user.username, user.password);
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrganisation({ regionCode: TOWN });
  orgB = await makeOrganisation({ regionCode: TOWN });
  stationA = await makeStation({ regionCode: TOWN, organisationId: orgA, name: '南华西街社工站' });
  stationB = await makeStation({ regionCode: TOWN, organisationId: orgB });
  const worker = await makeWorker({ organisationId: orgA, regionCode: TOWN, name: '黄社工' });
  chen = await makeClient({
    regionCode: AOZHOU,
    organisationId: orgA,
    stationId: stationA,
    name: '陈美玲',
    mobile: '13826041187',
    idNumber: testIdNumber(12, '19450302'),
  });
  const li = await makeClient({
    regionCode: FUAN,
    organisationId: orgA,
    stationId: stationA,
    name: '李志强',
    idNumber: testIdNumber(13, '19600101'),
  });
  const wang = await makeClient({ regionCode: AOZHOU, organisationId: orgB, stationId: stationB, name: '王小明' });
  await q().insert(clientCategoryHoldings).values({ id: uuidv7(), clientId: chen.id, categoryCode: 'dibao', effectiveFrom: '2026-03-01' });
  const a = { regionCode: AOZHOU, organisationId: orgA, stationId: stationA };
  await makeServiceRecord({ ...a, clientId: chen.id, servedOn: '2026-02-20', content: '电话慰问' });
  await makeServiceRecord({ ...a, clientId: chen.id, servedOn: '2026-03-10', content: '上门探访' });
  await q().update(serviceRecords).set({ workerId: worker.id }).where(eq(serviceRecords.clientId, chen.id));
  await makeServiceRecord({ ...a, regionCode: FUAN, clientId: li.id, servedOn: '2026-03-12', kind: 'case_service', content: '政策咨询' });
  await makeServiceRecord({
    ...a,
    regionCode: TOWN,
    clientId: null,
    servedOn: '2026-03-15',
    kind: 'activity',
    sourceId: uuidv7(),
    personTimes: 40,
    content: '中秋游园',
  });
  await makeServiceRecord({ regionCode: AOZHOU, organisationId: orgB, stationId: stationB, clientId: wang.id, servedOn: '2026-03-11' });
  await login('workerA', { roles: ['worker'], regionCode: TOWN, organisationId: orgA });
  await login('workerB', { roles: ['worker'], regionCode: TOWN, organisationId: orgB });
  await login('district', { roles: ['district_admin'], regionCode: '440105000000' });
  await login('town', { roles: ['town_admin'], regionCode: TOWN });
  await login('otherDistrict', { roles: ['district_admin'], regionCode: '440106000000' });
  await login('city', { roles: ['city_admin'], regionCode: '440100000000' });
});
afterAll(() => t.close());

describe('ledger: denials and validation first', () => {
  it('the town (buyer) reads but does not export; an evaluator does neither', async () => {
    expect((await clients.town!.get('/api/ledger')).status).toBe(200);
    expect((await clients.town!.get('/api/ledger/export')).status).toBe(403);
    await login('evaluator', { roles: ['evaluator'], regionCode: '440100000000' });
    expect((await clients.evaluator!.get('/api/ledger')).status).toBe(403);
    expect((await clients.evaluator!.get('/api/ledger/summary')).status).toBe(403);
  });

  it('words a reversed period, an unknown kind and a region outside the caller’s area', async () => {
    const reversed = await clients.workerA!.get('/api/ledger?from=2026-03-31&to=2026-03-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.fields[0]).toEqual({ path: 'to', message: '结束日期：结束日期不能早于开始日期' });
    expect((await clients.workerA!.get('/api/ledger?kind=lunch')).status).toBe(400);
    const outside = await clients.district!.get('/api/ledger/summary?regionCode=440106001000');
    expect(outside.body.error.fields[0].path).toBe('regionCode');
  });
});

describe('ledger list', () => {
  it('shows the serving organisation its people by name, ID and mobile masked, and nothing of another organisation', async () => {
    const reply = await clients.workerA!.get('/api/ledger?from=2026-03-01&to=2026-03-31');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ total: 3, personTimes: 42 });
    const visit = reply.body.items.find((i: { content: string }) => i.content === '上门探访');
    expect(visit).toMatchObject({
      name: '陈美玲',
      gender: 'female',
      age: 81,
      idNumber: maskIdNumber(chen.idNumber),
      mobile: '138****1187',
      communityName: '鳌洲社区居委会',
      categories: [{ code: 'dibao', name: '低保' }],
      workerName: '黄社工',
      stationName: '南华西街社工站',
    });
    expect(reply.text).not.toContain(chen.idNumber!);
    expect(reply.text).not.toContain('13826041187');
    expect(reply.text).not.toContain('王小明');
    const headcount = reply.body.items.find((i: { kind: string }) => i.kind === 'activity');
    expect(headcount).toMatchObject({ clientId: null, name: null, personTimes: 40 });
  });

  it('shows the bureau every organisation’s lines with names masked; another district sees none', async () => {
    const reply = await clients.district!.get('/api/ledger?from=2026-03-01&to=2026-03-31');
    expect(reply.body.total).toBe(4);
    const names = reply.body.items.map((i: { name: string | null }) => i.name);
    expect(names).toEqual(expect.arrayContaining(['陈**', '王**', '李**']));
    expect(reply.text).not.toMatch(/陈美玲|王小明|李志强/);
    expect((await clients.otherDistrict!.get('/api/ledger')).body.total).toBe(0);
  });

  it('filters by category held on the service date, kind, station and community', async () => {
    // 陈美玲 holds 低保 from 1 March: the February call is not a 低保 service.
    const dibao = await clients.workerA!.get('/api/ledger?category=dibao');
    expect(dibao.body.items.map((i: { content: string }) => i.content)).toEqual(['上门探访']);
    expect((await clients.district!.get('/api/ledger?kind=case_service')).body.total).toBe(1);
    expect((await clients.district!.get(`/api/ledger?stationId=${stationB}`)).body.total).toBe(1);
    expect((await clients.district!.get(`/api/ledger?regionCode=${FUAN}`)).body.total).toBe(1);
  });
});

describe('ledger summary', () => {
  it('computes the measures for the filters', async () => {
    const reply = await clients.district!.get('/api/ledger/summary?from=2026-03-01&to=2026-03-31');
    expect(reply.body).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-31',
      caseVisits: 2,
      activities: 1,
      personTimes: 43,
      peopleServed: 3,
    });
    expect(reply.body.peopleByCategory.find((c: { code: string }) => c.code === 'dibao')).toEqual({
      code: 'dibao',
      name: '低保',
      people: 1,
    });
    const own = await clients.workerA!.get(`/api/ledger/summary?from=2026-01-01&to=2026-03-31&stationId=${stationA}&category=dibao`);
    expect(own.body).toMatchObject({ personTimes: 1, peopleServed: 1, peopleByCategory: [{ code: 'dibao', people: 1 }] });
  });
});

async function readWorkbook(buffer: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('ledger export', () => {
  it('writes the title, the expected columns, masked lines and a total, and audits filters and row count', async () => {
    const reply = await fetch(`${t.baseUrl}/api/ledger/export?from=2026-03-01&to=2026-03-31&stationId=${stationA}`, {
      headers: { cookie: (clients.workerA as unknown as { cookie: string }).cookie },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toMatch(/^attachment;/);
    const rows = await readWorkbook(Buffer.from(await reply.arrayBuffer()));
    expect(rows[0]![0]).toBe('南华西街社工站服务台账（2026-03-01 至 2026-03-31）');
    expect(rows[1]).toEqual([
      '序号',
      '服务日期',
      '姓名',
      '性别',
      '年龄',
      '身份证号',
      '联系电话',
      '所属社区',
      '服务对象类别',
      '服务类型/服务内容',
      '服务人次',
      '服务社工',
      '服务站点',
    ]);
    expect(rows[2]!.slice(2, 10)).toEqual([
      '陈美玲',
      '女',
      81,
      expect.stringMatching(/^440105\*{8}\d{3}[\dX]$/),
      '138****1187',
      '鳌洲社区居委会',
      '低保',
      '个案探访 / 上门探访',
    ]);
    expect(rows[4]![2]).toBe('未登记姓名人员');
    expect(rows.at(-1)![0]).toBe('合计');
    expect(rows.at(-1)![10]).toBe(42);
    const audit = await clients.city!.get('/api/audit?action=ledger.export');
    expect(JSON.parse(audit.body.items[0].details)).toMatchObject({ rows: 3, personTimes: 42, filters: { stationId: stationA } });
  });

  it('masks names for the bureau in the export too', async () => {
    const reply = await fetch(`${t.baseUrl}/api/ledger/export`, {
      headers: { cookie: (clients.district as unknown as { cookie: string }).cookie },
    });
    const rows = await readWorkbook(Buffer.from(await reply.arrayBuffer()));
    const names = rows.slice(2, -1).map((r) => r[2]);
    expect(names).toEqual(expect.arrayContaining(['陈**', '李**', '王**']));
    expect(JSON.stringify(rows)).not.toMatch(/陈美玲|13826041187/);
  });
});
