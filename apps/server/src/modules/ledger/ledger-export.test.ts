import { maskName, uuidv7 } from '@shegong/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/test-app.ts';
import { clientCategoryHoldings, serviceRecords } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeClient } from '../clients/clients.fixtures.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { ledgerInDateOrder, listLedger } from './ledger.repository.ts';

import { type LedgerWorld, ledgerWorld, signIn } from './ledger.setup.ts';

let t: TestApp;
let stationA: string;
let clients: LedgerWorld['clients'];

beforeAll(async () => {
  ({ t, stationA, clients } = await ledgerWorld());
});
afterAll(() => t.close());
const login = (name: string, values: Parameters<typeof signIn>[3]) => signIn(t, clients, name, values);

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
