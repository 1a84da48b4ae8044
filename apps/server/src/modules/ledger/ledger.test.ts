import { maskIdNumber, maskName, uuidv7 } from '@shegong/core';
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
import { ledgerInDateOrder, listLedger } from './ledger.repository.ts';
import { exportLimits } from './ledger-export.routes.ts';

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

const exportAudits = async () =>
  Number((await t.database.pool.query("select count(*) from audit_log where action = 'ledger.export'")).rows[0].count);

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

  it('answers the export’s errors as JSON, before any byte of a workbook', async () => {
    const reversed = await clients.workerA!.get('/api/ledger/export?from=2026-03-31&to=2026-03-01');
    expect(reversed.status).toBe(400);
    expect(reversed.headers.get('content-type')).toMatch(/^application\/json/);
    expect(reversed.headers.get('content-disposition')).toBeNull();
    expect(reversed.body.error.fields[0].path).toBe('to');
    const outside = await clients.district!.get('/api/ledger/export?regionCode=440106001000');
    expect(outside.status).toBe(400);
    expect(outside.body.error.fields[0].path).toBe('regionCode');
    const denied = await clients.town!.get('/api/ledger/export');
    expect(denied.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('refuses, in words, an export larger than one Excel sheet holds, and audits nothing', async () => {
    const before = await exportAudits();
    const saved = exportLimits.lines;
    exportLimits.lines = 1;
    try {
      const tooLarge = await clients.district!.get('/api/ledger/export');
      expect(tooLarge.status).toBe(400);
      expect(tooLarge.headers.get('content-disposition')).toBeNull();
      expect(tooLarge.body.error.fields[0].path).toBe('from');
      expect(tooLarge.body.error.fields[0].message).toMatch(/超过 Excel 单表上限 1 条/);
    } finally {
      exportLimits.lines = saved;
    }
    expect(await exportAudits()).toBe(before);
    expect((await clients.district!.get('/api/ledger/export')).status).toBe(200);
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
  return sheetRows((await loadWorkbook(buffer)).worksheets[0]!);
}

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
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

describe('large ledger export', () => {
  const YUEXIU = '440104000000';
  const HONGQIAO = '440104001000';
  const LINES = 6_200; // past one page of 5,000 lines
  let orgY: string;
  let realNames: string[];
  let personTimes = 0;

  beforeAll(async () => {
    orgY = await makeOrganisation({ regionCode: HONGQIAO });
    const station = await makeStation({ regionCode: HONGQIAO, organisationId: orgY, name: '洪桥街社工站' });
    const people = [];
    for (let i = 0; i < 40; i++) {
      people.push(
        await makeClient({
          regionCode: '440104001007',
          organisationId: orgY,
          stationId: station,
          name: `洪桥${'甲乙丙丁戊'[i % 5]}${i}号`,
        }),
      );
    }
    realNames = people.map((_, i) => `洪桥${'甲乙丙丁戊'[i % 5]}${i}号`);
    // Half the people hold 低保 from 2025-07-01; person 0 held 特困 only until 2025-03-31.
    for (let i = 0; i < people.length; i += 2) {
      await q()
        .insert(clientCategoryHoldings)
        .values({ id: uuidv7(), clientId: people[i]!.id, categoryCode: 'dibao', effectiveFrom: '2025-07-01' });
    }
    await q()
      .insert(clientCategoryHoldings)
      .values({ id: uuidv7(), clientId: people[0]!.id, categoryCode: 'tekun', effectiveFrom: '2024-01-01', effectiveTo: '2025-03-31' });
    const rows = [];
    for (let i = 0; i < LINES; i++) {
      const unnamed = i % 50 === 49;
      const day = new Date(Date.UTC(2025, 0, 1) + (i % 500) * 86_400_000).toISOString().slice(0, 10);
      const times = unnamed ? 5 : 1;
      personTimes += times;
      rows.push({
        id: uuidv7(),
        clientId: unnamed ? null : people[i % people.length]!.id,
        stationId: station,
        organisationId: orgY,
        regionCode: unnamed ? HONGQIAO : '440104001007',
        servedOn: day,
        kind: unnamed ? 'activity' : 'case_visit',
        content: i === 7 ? ' <上门> & "探访" ' : `第${i}次服务`,
        personTimes: times,
      });
    }
    for (let i = 0; i < rows.length; i += 1000)
      await q()
        .insert(serviceRecords)
        .values(rows.slice(i, i + 1000));
    await login('yuexiu', { roles: ['district_admin'], regionCode: YUEXIU });
    await login('workerY', { roles: ['worker'], regionCode: HONGQIAO, organisationId: orgY });
  });

  async function exportAs(name: string, query = ''): Promise<{ reply: Response; workbook: ExcelJS.Workbook; rows: unknown[][] }> {
    const reply = await fetch(`${t.baseUrl}/api/ledger/export${query}`, {
      headers: { cookie: (clients[name] as unknown as { cookie: string }).cookie },
    });
    expect(reply.status).toBe(200);
    const workbook = await loadWorkbook(Buffer.from(await reply.arrayBuffer()));
    return { reply, workbook, rows: sheetRows(workbook.worksheets[0]!) };
  }

  it('reads back complete, in date order, masked for the bureau, with the sheet’s layout', async () => {
    const { reply, workbook, rows } = await exportAs('yuexiu');
    expect(reply.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(reply.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('服务台账.xlsx')}`);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('服务台账');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.model.merges).toEqual(['A1:M1']);
    expect(sheet.columns.map((c) => c.width)).toEqual([7, 12, 12, 6, 6, 21, 14, 16, 18, 40, 9, 10, 22]);
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell('J2').font).toMatchObject({ bold: true });
    expect(sheet.getCell('J3').font?.bold).toBeFalsy();

    expect(rows[0]![0]).toBe('越秀区服务台账（全部日期）');
    expect(rows).toHaveLength(LINES + 3);
    const lines = rows.slice(2, -1);
    expect(lines.map((l) => l[0])).toEqual(Array.from({ length: LINES }, (_, i) => i + 1));
    const dates = lines.map((l) => (l[1] as Date).toISOString().slice(0, 10));
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2025-01-01');
    expect(sheet.getCell('B3').numFmt).toBe('yyyy-mm-dd');
    const names = new Set(lines.map((l) => l[2]));
    for (const real of realNames) {
      expect(names.has(maskName(real))).toBe(true);
      expect(names.has(real)).toBe(false);
    }
    expect(names.has('未登记姓名人员')).toBe(true);
    expect(lines.filter((l) => l[2] === '未登记姓名人员')).toHaveLength(LINES / 50);
    for (const line of lines.filter((l) => l[2] !== '未登记姓名人员')) {
      expect(line[5]).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    }
    expect(lines.some((l) => l[9] === '个案探访 /  <上门> & "探访" ')).toBe(true);
    expect(rows.at(-1)![0]).toBe('合计');
    expect(rows.at(-1)![10]).toBe(personTimes);
    const audit = await clients.city!.get('/api/audit?action=ledger.export');
    expect(JSON.parse(audit.body.items[0].details)).toMatchObject({ rows: LINES, personTimes });
  });

  it('shows the serving organisation its people by name, and each line the categories held on its date', async () => {
    const { rows } = await exportAs('workerY', '?from=2025-03-01&to=2025-08-31');
    const lines = rows.slice(2, -1);
    const names = new Set(lines.map((l) => l[2]));
    expect(names.has(realNames[0])).toBe(true);
    const first = lines.filter((l) => l[2] === realNames[0]);
    const dateOf = (l: unknown[]) => (l[1] as Date).toISOString().slice(0, 10);
    for (const line of first) {
      const day = dateOf(line);
      expect(line[8]).toBe(day <= '2025-03-31' ? '特困供养' : day >= '2025-07-01' ? '低保' : undefined);
    }
    expect(first.map(dateOf)).toEqual(expect.arrayContaining([expect.stringMatching(/^2025-03/), expect.stringMatching(/^2025-0[78]/)]));
  });

  it('pages through the ledger in date order whatever the page sizes', async () => {
    const scope = { regionPrefix: '440104', organisationId: null };
    const filters = { from: '2025-02-01', to: '2025-02-20' };
    const expected = (await listLedger(scope, filters, { page: 1, pageSize: 1000 })).items.reverse();
    expect(expected.length).toBeGreaterThan(200);
    const paged = [];
    for await (const page of ledgerInDateOrder(scope, filters, { keyPage: 70, linePage: 30 })) {
      expect(page.length).toBeLessThanOrEqual(30);
      paged.push(...page);
    }
    const pick = (l: {
      servedOn: string;
      content: string | null;
      name: string | null;
      categoryCodes: string | null;
      workerName: string | null;
    }) => [l.servedOn, l.content, l.name, l.categoryCodes, l.workerName].join('|');
    expect(paged.map(pick)).toEqual(expected.map(pick));
  });
});
