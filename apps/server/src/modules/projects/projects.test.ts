import { uuidv7 } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { serviceRecords } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';

let t: TestApp;
let town: Client;
let provider: Client;
let otherProvider: Client;
let orgA: string;
let stationA: string;

const year = new Date().getFullYear();
const body = () => ({
  name: '南华西街社工站服务项目',
  regionCode: '440105008000',
  organisationId: orgA,
  stationIds: [stationA],
  startsOn: `${year}-01-01`,
  endsOn: `${year}-12-31`,
  contractAmount: 2400000,
  budgetLines: [
    { category: 'personnel', name: '社工薪酬', amount: 1560000 },
    { category: 'activities', name: '活动物资', amount: 600000 },
    { category: 'administration', name: '行政管理', amount: 240000 },
  ],
  targets: [
    { indicator: 'person_times', target: 40000 },
    { indicator: 'case_visits', target: 10 },
  ],
});

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrganisation({ regionCode: '440105008000' });
  const orgB = await makeOrganisation({ regionCode: '440105008000' });
  stationA = await makeStation({ regionCode: '440105008000', organisationId: orgA });
  const b = await makeUser({ roles: ['town_admin'], regionCode: '440105008000' });
  town = t.client();
  await town.login(b.username, b.password);
  const p = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA });
  provider = t.client();
  await provider.login(p.username, p.password);
  const o = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgB });
  otherProvider = t.client();
  await otherProvider.login(o.username, o.password);
});
afterAll(() => t.close());

describe('purchased projects: denials and validation first', () => {
  it('a provider cannot contract; a buyer cannot name stations of another organisation or outside its town', async () => {
    expect((await provider.post('/api/projects', body())).status).toBe(403);
    const elsewhere = await makeStation({ regionCode: '440105001000', organisationId: orgA });
    const reply = await town.post('/api/projects', { ...body(), stationIds: [elsewhere], endsOn: `${year - 1}-01-01` });
    expect(reply.status).toBe(400);
    const paths = reply.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['endsOn', 'stationIds']);
  });
});

describe('purchased projects', () => {
  let id: string;

  it('the buyer contracts a project; the personnel rule is checked on the plan', async () => {
    const reply = await town.post('/api/projects', body());
    expect(reply.status).toBe(201);
    id = reply.body.id;
    expect(reply.body).toMatchObject({ status: 'draft', regionName: '南华西街道', contractAmount: 2400000 });
    expect(reply.body.code).toMatch(/^XM440105-\d{4}-0001$/);
    expect(reply.body.budget.personnelPlanned).toMatchObject({ share: 0.65, isBelow: false });
    expect(reply.body.allowedActions).toEqual(['manage']);
  });

  it('progress is computed live from the ledger, and pace compares it with elapsed time', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await q()
      .insert(serviceRecords)
      .values(
        Array.from({ length: 12 }, (_, i) => ({
          id: uuidv7(),
          clientId: uuidv7(),
          stationId: stationA,
          organisationId: orgA,
          regionCode: '440105008101',
          servedOn: `${year}-01-0${(i % 9) + 1}`,
          kind: 'case_visit',
          personTimes: 1,
        })),
      );
    await q().insert(serviceRecords).values({
      id: uuidv7(),
      clientId: null,
      stationId: stationA,
      organisationId: orgA,
      regionCode: '440105008000',
      servedOn: today,
      kind: 'activity',
      sourceId: uuidv7(),
      personTimes: 88,
    });
    const project = (await provider.get(`/api/projects/${id}`)).body;
    const byIndicator = Object.fromEntries(project.targets.map((x: { indicator: string }) => [x.indicator, x]));
    expect(byIndicator.case_visits).toMatchObject({ actual: 12, pace: expect.any(String) });
    expect(byIndicator.person_times.actual).toBe(100);
    expect(project.allowedActions).toEqual(['spend']);
    if (project.elapsed > 0.2) expect(byIndicator.person_times.pace).toBe('behind');
  });

  it('spending by the provider: inside the period, against its lines; the rule is checked after the fact', async () => {
    const project = (await provider.get(`/api/projects/${id}`)).body;
    const personnel = project.budget.lines.find((l: { category: string }) => l.category === 'personnel');
    const activities = project.budget.lines.find((l: { category: string }) => l.category === 'activities');
    expect(
      (
        await town.post(`/api/projects/${id}/expenditures`, {
          budgetLineId: personnel.id,
          spentOn: `${year}-01-31`,
          amount: 100,
          description: 'x',
        })
      ).status,
    ).toBe(403);
    const outside = await provider.post(`/api/projects/${id}/expenditures`, {
      budgetLineId: personnel.id,
      spentOn: `${year + 1}-01-31`,
      amount: 100,
      description: '工资',
    });
    expect(outside.body.error.fields[0].path).toBe('spentOn');
    await provider.post(`/api/projects/${id}/expenditures`, {
      budgetLineId: personnel.id,
      spentOn: `${year}-01-31`,
      amount: 120000,
      description: '1 月社工薪酬',
    });
    const after = await provider.post(`/api/projects/${id}/expenditures`, {
      budgetLineId: activities.id,
      spentOn: `${year}-02-10`,
      amount: 80000.5,
      description: '长者节活动物资',
    });
    expect(after.status).toBe(201);
    expect(after.body.budget.spent).toBe(200000.5);
    expect(after.body.budget.personnelActual.isBelow).toBe(true);
    expect(after.body.budget.lines.find((l: { id: string }) => l.id === personnel.id).executionRate).toBeCloseTo(120000 / 1560000, 6);
    const listed = (await town.get('/api/projects?personnelBelow=true')).body.items.map((p: { id: string }) => p.id);
    expect(listed).toContain(id);
  });

  it('moves through its statuses in order with optimistic versions', async () => {
    const project = (await town.get(`/api/projects/${id}`)).body;
    const contracted = await town.post(`/api/projects/${id}/advance`, { version: project.version });
    expect(contracted.body.status).toBe('contracted');
    expect((await town.post(`/api/projects/${id}/advance`, { version: project.version })).status).toBe(409);
  });

  it('a town sees only the projects it buys; an organisation only those it runs', async () => {
    expect((await otherProvider.get(`/api/projects/${id}`)).status).toBe(404);
    expect((await otherProvider.get('/api/projects')).body.items).toEqual([]);
    const t2 = await makeUser({ roles: ['town_admin'], regionCode: '440105001000' });
    const otherTown = t.client();
    await otherTown.login(t2.username, t2.password);
    expect((await otherTown.get(`/api/projects/${id}`)).status).toBe(404);
  });
});
