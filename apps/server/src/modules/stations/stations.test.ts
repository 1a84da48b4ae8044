import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeStation } from './stations.fixtures.ts';

let t: TestApp;
let district: Client;
let worker: Client;
let orgA: string;
let orgB: string;

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrganisation({ regionCode: '440105008000', name: '广州市海珠区启航社会工作服务中心' });
  orgB = await makeOrganisation({ regionCode: '440105001000' });
  const d = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
  district = t.client();
  await district.login(d.username, d.password);
  const w = await makeUser({ roles: ['worker'], regionCode: '440105008000', organisationId: orgA });
  worker = t.client();
  await worker.login(w.username, w.password);
});
afterAll(() => t.close());

describe('stations: denials and validation first', () => {
  it('a worker may read but not create', async () => {
    const reply = await worker.post('/api/stations', {
      name: '南华西街社工站',
      tier: 'town_station',
      regionCode: '440105008000',
      organisationId: orgA,
    });
    expect(reply.status).toBe(403);
    expect(reply.body.error.message).toBe('没有执行此操作的权限');
  });

  it('checks the tier against the region level and names both problems at once', async () => {
    const reply = await district.post('/api/stations', {
      name: '南华西街社工站',
      tier: 'town_station',
      regionCode: '440105008101',
      organisationId: '00000000-0000-7000-8000-000000000000',
    });
    expect(reply.status).toBe(400);
    const byPath = Object.fromEntries(reply.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]));
    expect(byPath.regionCode).toBe('所属区划：站点层级与所在区划层级不符：镇街');
    expect(byPath.organisationId).toMatch(/机构不存在/);
  });

  it('rejects a region outside the district and an unknown region code', async () => {
    const outside = await district.post('/api/stations', {
      name: '五山街社工站',
      tier: 'town_station',
      regionCode: '440106001000',
      organisationId: orgA,
    });
    expect(outside.body.error.fields[0]).toMatchObject({ path: 'regionCode' });
    const unknown = await district.post('/api/stations', {
      name: 'x',
      tier: 'town_station',
      regionCode: '440105999000',
      organisationId: orgA,
    });
    expect(unknown.body.error.fields[0].message).toMatch(/区划不存在/);
  });

  it('answers in English when asked', async () => {
    district.locale = 'en-US';
    const reply = await district.post('/api/stations', { tier: 'hub' });
    district.locale = 'zh-CN';
    const byPath = Object.fromEntries(reply.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]));
    expect(byPath.name).toBe('Name: Required');
    expect(byPath.tier).toMatch(/^Tier: Invalid value; choose one of: District guidance centre\(district_centre\)/);
  });

  it('a service point’s parent must be its own town’s station', async () => {
    const otherTown = await makeStation({ regionCode: '440105001000', organisationId: orgB });
    const reply = await district.post('/api/stations', {
      name: '鳌洲社区社工室',
      tier: 'village_point',
      regionCode: '440105008101',
      organisationId: orgA,
      parentId: otherTown,
    });
    expect(reply.body.error.fields[0]).toMatchObject({ path: 'parentId' });
  });
});

describe('the three-tier network', () => {
  it('creates a town station and a service point under it, lists and finds them by pinyin', async () => {
    const station = await district.post('/api/stations', {
      name: '南华西街社工站',
      tier: 'town_station',
      regionCode: '440105008000',
      organisationId: orgA,
      phone: '020-84428831',
      openedOn: '2021-06-15',
    });
    expect(station.status).toBe(201);
    expect(station.body).toMatchObject({
      regionPath: '海珠区 / 南华西街道',
      organisationName: '广州市海珠区启航社会工作服务中心',
      allowedActions: ['update', 'delete'],
    });
    const point = await district.post('/api/stations', {
      name: '鳌洲社区社工室',
      tier: 'village_point',
      regionCode: '440105008101',
      organisationId: orgA,
      parentId: station.body.id,
    });
    expect(point.status).toBe(201);
    expect(point.body.parentName).toBe('南华西街社工站');
    const found = await worker.get('/api/stations?q=nhxj');
    expect(found.body.items.map((s: { id: string }) => s.id)).toEqual([station.body.id]);
    expect(found.body.items[0].allowedActions).toEqual([]);
    const blocked = await district.delete(`/api/stations/${station.body.id}?version=1`);
    expect(blocked.status).toBe(400);
    expect(blocked.body.error.fields[0].message).toMatch(/仍有服务点/);
  });

  it('updates with optimistic concurrency and deletes a leaf', async () => {
    const id = await makeStation({ regionCode: '440105008102', organisationId: orgA });
    const updated = await district.patch(`/api/stations/${id}`, { status: 'suspended', version: 1 });
    expect(updated.body).toMatchObject({ status: 'suspended', version: 2 });
    expect((await district.patch(`/api/stations/${id}`, { status: 'active', version: 1 })).status).toBe(409);
    expect((await district.delete(`/api/stations/${id}?version=2`)).status).toBe(204);
    expect((await district.get(`/api/stations/${id}`)).status).toBe(404);
  });

  it('an organisation may not hand its station to another organisation', async () => {
    const o = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA });
    const orgAdmin = t.client();
    await orgAdmin.login(o.username, o.password);
    const id = await makeStation({ regionCode: '440105008103', organisationId: orgA });
    const reply = await orgAdmin.patch(`/api/stations/${id}`, { organisationId: orgB, version: 1 });
    expect(reply.status).toBe(400);
    expect((await orgAdmin.patch(`/api/stations/${id}`, { phone: '020-1234567', version: 1 })).status).toBe(200);
  });

  it('reports coverage: towns without a station and communities without a service point', async () => {
    const before = await district.get('/api/stations/coverage?pageSize=5');
    expect(before.status).toBe(200);
    const haizhu = before.body.districts[0];
    expect(haizhu).toMatchObject({ code: '440105000000', name: '海珠区', towns: 18 });
    expect(before.body.townsWithoutStation.map((r: { code: string }) => r.code)).not.toContain('440105008000');
    expect(before.body.communitiesWithoutPoint.items).toHaveLength(5);
    await makeStation({ regionCode: '440105002000', organisationId: orgB });
    const after = await district.get('/api/stations/coverage?pageSize=5');
    expect(after.body.districts[0].townsWithStation).toBe(haizhu.townsWithStation + 1);
    expect(after.body.townsWithoutStation.map((r: { code: string }) => r.code)).not.toContain('440105002000');
    const outside = await district.get('/api/stations/coverage?regionCode=440106000000');
    expect(outside.status).toBe(400);
  });
});
