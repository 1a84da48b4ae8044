import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { serviceRecords } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeClient } from '../clients/clients.fixtures.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeWorker } from '../workers/workers.fixtures.ts';

let t: TestApp;
const TOWN = '440105008000';
const AOZHOU = '440105008101';
let stationA: string;
let stationB: string;
let facilitator: string;
let otherFacilitator: string;
let c1: string;
let c2: string;
let c3: string;
let cB: string;
const as: Record<string, Client> = {};

async function login(name: string, values: Parameters<typeof makeUser>[0]) {
  const user = await makeUser(values);
  as[name] = t.client();
  await as[name].login(user.username, user.password);
}

const rowsOf = (sourceId: string) => q().select().from(serviceRecords).where(eq(serviceRecords.sourceId, sourceId));
const plan = () => ({
  stationId: stationA,
  name: '长者互助小组',
  aims: '增强长者的社会支持',
  plannedSessions: 6,
  targetCategory: 'elderly_alone',
});

beforeAll(async () => {
  t = await startTestApp();
  const orgA = await makeOrganisation({ regionCode: TOWN });
  const orgB = await makeOrganisation({ regionCode: TOWN });
  stationA = await makeStation({ regionCode: TOWN, organisationId: orgA, name: '南华西街社工站' });
  stationB = await makeStation({ regionCode: TOWN, organisationId: orgB });
  facilitator = (await makeWorker({ organisationId: orgA, regionCode: TOWN, name: '黄社工' })).id;
  otherFacilitator = (await makeWorker({ organisationId: orgB, regionCode: TOWN })).id;
  c1 = (await makeClient({ regionCode: AOZHOU, organisationId: orgA, stationId: stationA, name: '陈美玲', idNumber: null })).id;
  c2 = (await makeClient({ regionCode: '440105008102', organisationId: orgA, stationId: stationA, name: '李志强', idNumber: null })).id;
  c3 = (await makeClient({ regionCode: AOZHOU, organisationId: orgA, stationId: stationA, name: '黄丽华', idNumber: null })).id;
  cB = (await makeClient({ regionCode: AOZHOU, organisationId: orgB, stationId: stationB, name: '王小明', idNumber: null })).id;
  await login('worker', { roles: ['worker'], regionCode: TOWN, organisationId: orgA });
  await login('workerB', { roles: ['worker'], regionCode: TOWN, organisationId: orgB });
  await login('town', { roles: ['town_admin'], regionCode: TOWN });
  await login('district', { roles: ['district_admin'], regionCode: '440105000000' });
});
afterAll(() => t.close());

describe('groups: denials and validation first', () => {
  it('the town reads groups but does not plan them', async () => {
    expect((await as.town!.get('/api/groups')).status).toBe(200);
    expect((await as.town!.post('/api/groups', plan())).status).toBe(403);
  });

  it('checks the station, category, facilitator and numbers', async () => {
    const reply = await as.worker!.post('/api/groups', { ...plan(), stationId: stationB });
    expect(reply.body.error.fields).toEqual([{ path: 'stationId', message: '站点：站点不存在或不在您的管辖范围内' }]);
    const wrong = await as.worker!.post('/api/groups', { ...plan(), targetCategory: 'martians', facilitatorWorkerId: otherFacilitator });
    const byPath = Object.fromEntries(wrong.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]));
    expect(byPath).toEqual({
      targetCategory: '目标人群类别：服务对象类别不存在',
      facilitatorWorkerId: '带领社工：社工不存在或不在您的管辖范围内',
    });
    expect((await as.worker!.post('/api/groups', { ...plan(), plannedSessions: 0 })).body.error.fields[0].path).toBe('plannedSessions');
  });

  it('hides a group from another organisation (404) and refuses members it does not serve', async () => {
    const group = (await as.worker!.post('/api/groups', plan())).body;
    expect((await as.workerB!.get(`/api/groups/${group.id}`)).status).toBe(404);
    const reply = await as.worker!.post(`/api/groups/${group.id}/members`, { clientIds: [c1, cB] });
    expect(reply.body.error.fields).toEqual([
      { path: 'clientIds.1', message: '服务对象：第 2 位服务对象不存在，或不是该站点机构服务的对象' },
    ]);
  });

  it('refuses to skip a phase, to form without members, and sessions while preparing', async () => {
    const group = (await as.worker!.post('/api/groups', plan())).body;
    const skip = await as.worker!.post(`/api/groups/${group.id}/phase`, { phase: 'transition', version: 1 });
    expect(skip.body.error.fields[0].message).toMatch(/依次推进/);
    const empty = await as.worker!.post(`/api/groups/${group.id}/phase`, { phase: 'forming', version: 1 });
    expect(empty.body.error.fields[0].message).toMatch(/还没有组员/);
    const early = await as.worker!.post(`/api/groups/${group.id}/sessions`, { heldOn: '2026-03-05', theme: '相识', extraHeadcount: 5 });
    expect(early.body.error.fields[0].message).toMatch(/形成期至结束期/);
  });
});

describe('a group from plan to closure', () => {
  let group: { id: string; version: number };
  let first: string;
  let second: string;

  it('plans, adds members and starts forming', async () => {
    const created = await as.worker!.post('/api/groups', { ...plan(), facilitatorWorkerId: facilitator, startsOn: '2026-03-01' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      phase: 'preparing',
      stationName: '南华西街社工站',
      facilitatorName: '黄社工',
      allowedActions: ['manage'],
    });
    const joined = await as.worker!.post(`/api/groups/${created.body.id}/members`, { clientIds: [c1, c2, c1] });
    expect(joined.body.members).toEqual([
      expect.objectContaining({ name: '陈美玲', joinedOn: '2026-03-01' }),
      expect.objectContaining({ name: '李志强', joinedOn: '2026-03-01' }),
    ]);
    const forming = await as.worker!.post(`/api/groups/${created.body.id}/phase`, { phase: 'forming', version: joined.body.version });
    expect(forming.body.phase).toBe('forming');
    group = forming.body;
  });

  it('records sessions with attendance and headcount, writing the ledger in the same transaction', async () => {
    const notMember = await as.worker!.post(`/api/groups/${group.id}/sessions`, {
      heldOn: '2026-03-05',
      theme: '相识',
      attendeeIds: [c1, c3],
    });
    expect(notMember.body.error.fields).toEqual([{ path: 'attendeeIds.1', message: '出席组员：第 2 位出席者在活动当天不是本小组组员' }]);
    const nobody = await as.worker!.post(`/api/groups/${group.id}/sessions`, { heldOn: '2026-03-05', theme: '相识' });
    expect(nobody.body.error.fields[0].path).toBe('attendeeIds');
    const future = await as.worker!.post(`/api/groups/${group.id}/sessions`, { heldOn: '2999-01-01', theme: '相识', extraHeadcount: 1 });
    expect(future.body.error.fields[0].path).toBe('heldOn');

    const s1 = await as.worker!.post(`/api/groups/${group.id}/sessions`, {
      heldOn: '2026-03-05',
      theme: '相识',
      attendeeIds: [c1, c2],
      extraHeadcount: 3,
    });
    expect(s1.status).toBe(201);
    first = s1.body.sessions[0].id;
    expect(s1.body.sessions[0]).toMatchObject({ sessionNo: 1, personTimes: 5, facilitatorName: null });
    const rows = await rowsOf(first);
    expect(rows.map((r) => [r.clientId, r.regionCode, r.personTimes, r.kind]).sort()).toEqual(
      [
        [c1, AOZHOU, 1, 'group_session'],
        [c2, '440105008102', 1, 'group_session'],
        [null, TOWN, 3, 'group_session'],
      ].sort(),
    );
    expect(rows[0]).toMatchObject({ stationId: stationA, serviceType: '长者互助小组', content: '第 1 节：相识', workerId: facilitator });

    const again = await as.worker!.post(`/api/groups/${group.id}/sessions`, {
      sessionNo: 1,
      heldOn: '2026-03-06',
      theme: 'x',
      extraHeadcount: 1,
    });
    expect(again.body.error.fields[0].message).toBe('节次：该节次已记录');
    const s2 = await as.worker!.post(`/api/groups/${group.id}/sessions`, {
      heldOn: '2026-03-12',
      theme: '情绪管理',
      attendeeIds: [c2],
      extraHeadcount: 2,
    });
    second = s2.body.sessions[1].id;
    expect(s2.body.sessions[1].sessionNo).toBe(2);
  });

  it('an edit rewrites the session’s rows and a deletion removes them, with the reason audited', async () => {
    const edited = await as.worker!.request('PUT', `/api/group-sessions/${first}`, {
      heldOn: '2026-03-05',
      theme: '相识与分享',
      attendeeIds: [c1],
    });
    expect(edited.body.sessions[0]).toMatchObject({ sessionNo: 1, personTimes: 1, theme: '相识与分享' });
    expect((await rowsOf(first)).map((r) => [r.clientId, r.content])).toEqual([[c1, '第 1 节：相识与分享']]);
    let summary = (await as.worker!.get(`/api/ledger/summary?from=2026-03-01&to=2026-03-31&stationId=${stationA}`)).body;
    expect(summary).toMatchObject({ groupSessions: 2, personTimes: 4, peopleServed: 2 });

    expect((await as.worker!.delete(`/api/group-sessions/${second}`)).status).toBe(400);
    expect((await as.worker!.delete(`/api/group-sessions/${second}?reason=${encodeURIComponent('重复录入')}`)).status).toBe(204);
    expect(await rowsOf(second)).toEqual([]);
    summary = (await as.worker!.get(`/api/ledger/summary?from=2026-03-01&to=2026-03-31&stationId=${stationA}`)).body;
    expect(summary).toMatchObject({ groupSessions: 1, personTimes: 1 });
    const c = await makeUser({ roles: ['city_admin'], regionCode: '440100000000' });
    const city = t.client();
    await city.login(c.username, c.password);
    const audit = (await city.get('/api/audit?action=group_session.delete')).body.items[0];
    expect(JSON.parse(audit.details)).toMatchObject({ reason: '重复录入', sessionNo: 2 });
  });

  it('a rename reaches the ledger rows; the bureau sees members masked', async () => {
    const current = (await as.worker!.get(`/api/groups/${group.id}`)).body;
    await as.worker!.patch(`/api/groups/${group.id}`, { name: '长者同行小组', version: current.version });
    expect((await rowsOf(first))[0]!.serviceType).toBe('长者同行小组');
    const seen = await as.district!.get(`/api/groups/${group.id}`);
    expect(seen.body.members.map((m: { name: string }) => m.name)).toEqual(['陈**', '李**']);
    expect(seen.body.allowedActions).toEqual([]);
    expect(seen.text).not.toMatch(/陈美玲|李志强/);
  });

  it('moves through every phase, evaluates at ending, closes, then refuses changes', async () => {
    let g = (await as.worker!.get(`/api/groups/${group.id}`)).body;
    const leave = await as.worker!.delete(`/api/groups/${group.id}/members/${c2}?leftOn=2026-03-20`);
    expect(leave.body.members[1]).toMatchObject({ name: '李志强', leftOn: '2026-03-20' });
    for (const phase of ['transition', 'mature', 'ending']) {
      g = (await as.worker!.post(`/api/groups/${group.id}/phase`, { phase, version: g.version })).body;
      expect(g.phase).toBe(phase);
    }
    const early = await as.worker!.post(`/api/groups/${group.id}/phase`, { phase: 'closed', version: g.version });
    expect(early.body.error.fields[0].message).toMatch(/先在结束期填写小组评估/);
    expect((await as.worker!.post(`/api/groups/${group.id}/members`, { clientIds: [c3] })).body.error.fields[0].path).toBe('phase');
    g = (
      await as.worker!.post(`/api/groups/${group.id}/evaluation`, {
        evaluation: '组员互助关系建立，孤独感量表平均下降 4 分',
        version: g.version,
      })
    ).body;
    g = (await as.worker!.post(`/api/groups/${group.id}/phase`, { phase: 'closed', version: g.version })).body;
    expect(g).toMatchObject({ phase: 'closed', sessionsHeld: 1 });
    expect((await as.worker!.patch(`/api/groups/${group.id}`, { aims: 'x', version: g.version })).body.error.fields[0].message).toMatch(
      /已结案/,
    );
    expect(
      (await as.worker!.request('PUT', `/api/group-sessions/${first}`, { heldOn: '2026-03-05', theme: 'x', extraHeadcount: 1 })).status,
    ).toBe(400);
    const stale = await as.worker!.post(`/api/groups/${group.id}/phase`, { phase: 'closed', version: 1 });
    expect(stale.status).toBe(400);
  });
});
