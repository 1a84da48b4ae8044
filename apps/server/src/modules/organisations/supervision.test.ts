import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeOrganisation } from './organisations.fixtures.ts';

let t: TestApp;
let district: Client;
let provider: Client;
let town: Client;
let orgId: string;

beforeAll(async () => {
  t = await startTestApp();
  // Registered in 天河, running a station in 海珠 南华西街: the buyer must still see it.
  orgId = await makeOrganisation({ regionCode: '440106001000', name: '广州市天河区同心社会工作服务中心' });
  await makeStation({ regionCode: '440105008000', organisationId: orgId });
  const d = await makeUser({ roles: ['district_admin'], regionCode: '440106000000' });
  district = t.client();
  await district.login(d.username, d.password);
  const o = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgId });
  provider = t.client();
  await provider.login(o.username, o.password);
  const b = await makeUser({ roles: ['town_admin'], regionCode: '440105008000' });
  town = t.client();
  await town.login(b.username, b.password);
});
afterAll(() => t.close());

describe('yearly reports', () => {
  it('validates amounts and years, one report a year, reviewed by the district', async () => {
    const bad = await provider.post(`/api/organisations/${orgId}/annual-reports`, {
      year: 1999,
      income: 1.234,
      expenditure: -1,
      staffTotal: 3,
      socialWorkerTotal: 2,
      summary: '',
    });
    const paths = bad.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['expenditure', 'income', 'summary', 'year']);
    const body = {
      year: 2025,
      income: 2400000,
      expenditure: 2310000.5,
      staffTotal: 46,
      socialWorkerTotal: 31,
      summary: '全年开展个案 320 个、小组 48 个、社区活动 156 场。',
    };
    const filed = await provider.post(`/api/organisations/${orgId}/annual-reports`, body);
    expect(filed.status).toBe(201);
    expect((await provider.post(`/api/organisations/${orgId}/annual-reports`, body)).body.error.fields[0].path).toBe('year');
    expect((await town.post(`/api/organisations/${orgId}/annual-reports/${filed.body.id}/review`, { decision: 'accept' })).status).toBe(
      403,
    );
    const returned = await district.post(`/api/organisations/${orgId}/annual-reports/${filed.body.id}/review`, {
      decision: 'return',
      comment: '支出明细缺失',
    });
    expect(returned.body).toMatchObject({ status: 'returned', reviewComment: '支出明细缺失' });
    const refiled = await provider.post(`/api/organisations/${orgId}/annual-reports`, { ...body, summary: '补充支出明细' });
    expect(refiled.body).toMatchObject({ id: filed.body.id, status: 'submitted' });
  });
});

describe('ratings, credit marks and grants', () => {
  it('grades by the cut-offs, valid five years, refuses a score below 1A', async () => {
    const low = await district.post(`/api/organisations/${orgId}/ratings`, {
      score: 420,
      ratedOn: '2024-06-01',
      ratedBy: '广州市社会组织评估委员会',
    });
    expect(low.body.error.fields[0].message).toBe('评估分数：评估分数未达到 1A 等级分数线（500 分）');
    const rated = await district.post(`/api/organisations/${orgId}/ratings`, {
      score: 865,
      ratedOn: '2024-06-01',
      ratedBy: '广州市社会组织评估委员会',
    });
    expect(rated.body).toMatchObject({ grade: '4A', validUntil: '2029-05-31', isExpired: false });
    expect(
      (await provider.post(`/api/organisations/${orgId}/ratings`, { score: 999, ratedOn: '2024-06-01', ratedBy: '自评' })).status,
    ).toBe(403);
  });

  it('warns of ratings that expire soon', async () => {
    const soon = new Date(Date.now() - (5 * 365 - 60) * 86_400_000).toISOString().slice(0, 10);
    const other = await makeOrganisation({ regionCode: '440106002000', name: '广州市天河区善德社会工作服务社' });
    await district.post(`/api/organisations/${other}/ratings`, { score: 720, ratedOn: soon, ratedBy: '评估委员会' });
    const expiringReply = await district.get('/api/organisations/ratings/expiring');
    const expiring = expiringReply.body;
    expect(expiringReply.status, expiringReply.text).toBe(200);
    expect(expiring.map((e: { organisationId: string }) => e.organisationId)).toEqual([other]);
    expect(expiring[0].daysLeft).toBeLessThan(180);
    const detail = (await district.get(`/api/organisations/${other}`)).body;
    expect(detail.rating).toMatchObject({ grade: '3A', isExpiringSoon: true });
  });

  it('credit marks are visible to the buyer of the organisation’s station', async () => {
    const mark = await district.post(`/api/organisations/${orgId}/credit-marks`, {
      kind: 'joint_discipline',
      description: '未按规定报送年度工作报告',
      issuedBy: '广州市民政局',
      issuedOn: '2025-03-01',
    });
    expect(mark.status).toBe(201);
    const bad = await district.post(`/api/organisations/${orgId}/credit-marks`, {
      kind: 'penalty',
      description: 'x',
      issuedBy: 'y',
      issuedOn: '2025-03-01',
      expiresOn: '2025-01-01',
    });
    expect(bad.body.error.fields[0].path).toBe('expiresOn');
    const seen = await town.get(`/api/organisations/${orgId}`);
    expect(seen.status).toBe(200);
    expect(seen.body.activeCreditMarks).toEqual([
      { kind: 'joint_discipline', description: '未按规定报送年度工作报告', issuedOn: '2025-03-01' },
    ]);
    const list = await town.get('/api/organisations');
    expect(list.body.items.map((o: { id: string }) => o.id)).toContain(orgId);
  });

  it('records grants with money to the cent', async () => {
    const grant = await district.post(`/api/organisations/${orgId}/grants`, {
      kind: 'startup_subsidy',
      amount: 50000,
      grantedOn: '2021-07-01',
      note: '新办机构开办资助',
    });
    expect(grant.body).toMatchObject({ kind: 'startup_subsidy', amount: 50000 });
    expect(
      (await district.post(`/api/organisations/${orgId}/grants`, { kind: 'other', amount: 0.001, grantedOn: '2021-07-01' })).status,
    ).toBe(400);
    expect((await provider.get(`/api/organisations/${orgId}/grants`)).body).toHaveLength(1);
  });
});
