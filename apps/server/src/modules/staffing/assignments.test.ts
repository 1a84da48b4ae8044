import { localDateTime } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeWorker } from '../workers/workers.fixtures.ts';

let t: TestApp;
let orgAdmin: Client;
let town: Client;
let orgA: string;
let orgB: string;
let station: string;
let workerId: string;
const today = localDateTime(new Date()).date;
// 南华西街道 (440105008) has 12 communities; 鳌洲 and 福安 are two of them.
const AOZHOU = '440105008101';
const FUAN = '440105008102';

const fieldsOf = (reply: { body: any }) =>
  Object.fromEntries(reply.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]));

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrganisation({ regionCode: '440105008000' });
  orgB = await makeOrganisation({ regionCode: '440105001000' });
  station = await makeStation({ regionCode: '440105008000', organisationId: orgA, name: '南华西街社工站' });
  workerId = (await makeWorker({ organisationId: orgA, regionCode: '440105008000', name: '梁一社' })).id;
  const o = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA });
  orgAdmin = t.client();
  await orgAdmin.login(o.username, o.password);
  const tw = await makeUser({ roles: ['town_admin'], regionCode: '440105008000' });
  town = t.client();
  await town.login(tw.username, tw.password);
});
afterAll(() => t.close());

describe('community assignments: denials and validation first', () => {
  it('only inside the station’s town, only communities, with a clear message', async () => {
    const outside = await orgAdmin.post(`/api/staffing/stations/${station}/assignments`, {
      communityCode: '440105001101',
      workerId,
      startsOn: today,
    });
    expect(outside.status).toBe(400);
    expect(fieldsOf(outside).communityCode).toBe('社区：只能选择站点所在镇街的社区');
    const townItself = await orgAdmin.post(`/api/staffing/stations/${station}/assignments`, {
      communityCode: '440105008000',
      workerId,
      startsOn: today,
    });
    expect(fieldsOf(townItself).communityCode).toMatch(/村居（社区）一级/);
    const unknown = await orgAdmin.post(`/api/staffing/stations/${station}/assignments`, {
      communityCode: '440105008999',
      workerId,
      startsOn: today,
    });
    expect(fieldsOf(unknown).communityCode).toBe('社区：区划不存在');
  });

  it('refuses a worker of another organisation and another organisation’s station', async () => {
    const { id: theirs } = await makeWorker({ organisationId: orgB, regionCode: '440105001000' });
    const reply = await orgAdmin.post(`/api/staffing/stations/${station}/assignments`, {
      communityCode: AOZHOU,
      workerId: theirs,
      startsOn: today,
    });
    expect(fieldsOf(reply).workerId).toMatch(/只能选择承接该站点的机构的社工/);
    const theirStation = await makeStation({ regionCode: '440105001000', organisationId: orgB });
    expect((await orgAdmin.get(`/api/staffing/stations/${theirStation}/communities`)).status).toBe(404);
    expect((await orgAdmin.post(`/api/staffing/stations/${theirStation}/assignments`, {})).status).toBe(404);
  });

  it('the town reads but does not assign', async () => {
    expect((await town.get(`/api/staffing/stations/${station}/communities`)).status).toBe(200);
    const reply = await town.post(`/api/staffing/stations/${station}/assignments`, { communityCode: AOZHOU, workerId, startsOn: today });
    expect(reply.status).toBe(403);
  });
});

describe('一社区一社工', () => {
  it('assigns one worker per community per station, lists covered and uncovered communities, ends the assignment', async () => {
    const first = await orgAdmin.post(`/api/staffing/stations/${station}/assignments`, {
      communityCode: AOZHOU,
      workerId,
      startsOn: '2026-01-05',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ communityName: '鳌洲社区居委会', workerName: '梁一社', isCurrent: true, allowedActions: ['end'] });
    const { id: other } = await makeWorker({ organisationId: orgA, regionCode: '440105008000' });
    const taken = await orgAdmin.post(`/api/staffing/stations/${station}/assignments`, {
      communityCode: AOZHOU,
      workerId: other,
      startsOn: today,
    });
    expect(fieldsOf(taken).communityCode).toBe('社区：该社区在此期间已由本站点的社工梁一社负责');
    // One worker may cover several communities.
    expect(
      (await orgAdmin.post(`/api/staffing/stations/${station}/assignments`, { communityCode: FUAN, workerId, startsOn: '2026-01-05' }))
        .status,
    ).toBe(201);

    const communities = await town.get(`/api/staffing/stations/${station}/communities`);
    expect(communities.status).toBe(200);
    expect(communities.body).toMatchObject({ assigned: 2, unassigned: 10, allowedActions: [] });
    expect(communities.body.items).toHaveLength(12);
    const aozhou = communities.body.items.find((c: any) => c.communityCode === AOZHOU);
    expect(aozhou).toMatchObject({ townName: '南华西街道', assignments: [{ workerName: '梁一社', allowedActions: [] }] });

    const uncovered = await town.get('/api/staffing/communities?state=unassigned&pageSize=5');
    expect(uncovered.body).toMatchObject({ total: 10, assigned: 2, unassigned: 10 });
    expect(uncovered.body.items).toHaveLength(5);
    expect(uncovered.body.items.every((c: any) => c.assignments.length === 0)).toBe(true);
    expect((await town.get('/api/staffing/communities?regionCode=440105001000')).status).toBe(400);

    const ended = await orgAdmin.post(`/api/staffing/assignments/${first.body.id}/end`, { endsOn: '2026-01-31' });
    expect(ended.body).toMatchObject({ endsOn: '2026-01-31', allowedActions: [] });
    expect((await orgAdmin.post(`/api/staffing/assignments/${first.body.id}/end`, { endsOn: '2026-02-01' })).status).toBe(409);
    const next = await orgAdmin.post(`/api/staffing/stations/${station}/assignments`, {
      communityCode: AOZHOU,
      workerId: other,
      startsOn: '2026-02-01',
    });
    expect(next.status).toBe(201);
    const list = await orgAdmin.get(`/api/staffing/assignments?communityCode=${AOZHOU}`);
    expect(list.body.total).toBe(2);
    expect((await orgAdmin.get(`/api/staffing/assignments?stationId=${station}&state=ended`)).body.total).toBe(1);
  });
});
