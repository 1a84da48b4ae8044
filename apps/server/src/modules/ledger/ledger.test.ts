import { maskIdNumber } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/test-app.ts';
import { FUAN, type LedgerWorld, ledgerWorld, signIn } from './ledger.setup.ts';
import { exportLimits } from './ledger-export.routes.ts';

let t: TestApp;
let stationA: string;
let stationB: string;
let chen: LedgerWorld['chen'];
let clients: LedgerWorld['clients'];

beforeAll(async () => {
  ({ t, stationA, stationB, chen, clients } = await ledgerWorld());
});
afterAll(() => t.close());
const login = (name: string, values: Parameters<typeof signIn>[3]) => signIn(t, clients, name, values);

const exportAudits = async () =>
  Number((await t.database.pool.query("select count(*) from audit_log where action = 'ledger.export'")).rows[0].count);

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
