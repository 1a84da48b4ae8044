import { addDays, isoWeekOf, localDateTime } from '@shegong/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { q } from '../../platform/db/tx.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeAssignment, makePost } from '../staffing/staffing.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeWorker } from '../workers/workers.fixtures.ts';
import { makeCheckin } from './presence.fixtures.ts';

const AOZHOU = '440105008101';
const FUAN = '440105008102';
const today = localDateTime(new Date()).date;

let t: TestApp;
let orgA: string;
let station: string;
let me: Client;
let myWorker: string;
let colleague: string;

const fieldsOf = (reply: { body: any }) =>
  Object.fromEntries(reply.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]));

/** A signed-in worker whose login is linked to a social-worker record. */
async function workerLogin(name: string): Promise<{ client: Client; workerId: string }> {
  const user = await makeUser({ roles: ['worker'], regionCode: '440105008000', organisationId: orgA });
  const { id: workerId } = await makeWorker({ organisationId: orgA, regionCode: '440105008000', userId: user.id, name });
  const client = t.client();
  await client.login(user.username, user.password);
  return { client, workerId };
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrganisation({ regionCode: '440105008000' });
  station = await makeStation({ regionCode: '440105008000', organisationId: orgA, name: '南华西街社工站' });
  ({ client: me, workerId: myWorker } = await workerLogin('何小芳'));
  await makeAssignment({ stationId: station, workerId: myWorker, communityCode: AOZHOU });
  ({ workerId: colleague } = await workerLogin('邓同事'));
});
afterAll(() => t.close());

describe('check-ins: denials and validation first', () => {
  it('an account without a worker record, or without the permission, cannot check in', async () => {
    const u = await makeUser({ roles: ['worker'], regionCode: '440105008000', organisationId: orgA });
    const unlinked = t.client();
    await unlinked.login(u.username, u.password);
    const reply = await unlinked.post('/api/presence/checkins', { communityCode: AOZHOU });
    expect(fieldsOf(reply).communityCode).toBe('社区：您的账户没有关联社工档案，请联系机构管理员');
    expect((await unlinked.get('/api/presence/today')).body).toMatchObject({ worker: null, communities: [] });
    const o = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA });
    const admin = t.client();
    await admin.login(o.username, o.password);
    expect((await admin.post('/api/presence/checkins', { communityCode: AOZHOU })).status).toBe(403);
  });

  it('refuses a community the worker is not assigned to and holds no post near', async () => {
    const reply = await me.post('/api/presence/checkins', { communityCode: FUAN });
    expect(reply.status).toBe(400);
    expect(fieldsOf(reply).communityCode).toBe('社区：您没有负责该社区，也不在其所在镇街的社工站任职');
  });

  it('checks coordinates: both or neither, within range', async () => {
    const half = await me.post('/api/presence/checkins', { communityCode: AOZHOU, latitude: 23.1 });
    expect(fieldsOf(half).latitude).toBe('纬度：经度和纬度须同时提供');
    const far = await me.post('/api/presence/checkins', { communityCode: AOZHOU, latitude: 123, longitude: 113.2 });
    expect(fieldsOf(far).latitude).toBe('纬度：不能大于 90');
  });

  it('one records departure only on one’s own check-in, on its day, after arrival', async () => {
    const theirs = await makeCheckin({ workerId: colleague, organisationId: orgA, communityCode: AOZHOU });
    const notOwn = await me.post(`/api/presence/checkins/${theirs}/leave`, {});
    expect(notOwn.status).toBe(403);
    const orgB = await makeOrganisation({ regionCode: '440105008000' });
    const { id: stranger } = await makeWorker({ organisationId: orgB, regionCode: '440105008000' });
    const otherOrg = await makeCheckin({ workerId: stranger, organisationId: orgB, communityCode: AOZHOU });
    expect((await me.post(`/api/presence/checkins/${otherOrg}/leave`, {})).status).toBe(404);
    const yesterday = await makeCheckin({ workerId: myWorker, organisationId: orgA, communityCode: AOZHOU, day: addDays(today, -1) });
    expect(fieldsOf(await me.post(`/api/presence/checkins/${yesterday}/leave`, {})).id).toBe('记录：只能在签到当天登记离开');
    const later = await makeCheckin({ workerId: myWorker, organisationId: orgA, communityCode: FUAN, arrivedAt: '23:59:59' });
    expect(fieldsOf(await me.post(`/api/presence/checkins/${later}/leave`, {})).id).toBe('记录：离开时间不能早于到达时间');
    await q().execute(sql`delete from presence_checkins where id in (${theirs}, ${later})`);
  });
});

describe('checking in from a phone', () => {
  it('two taps: arrive (server time), a repeat returns the same record, leave', async () => {
    const before = await me.get('/api/presence/today');
    expect(before.body).toMatchObject({ day: today, week: isoWeekOf(today), requiredDaysPerWeek: 3, worker: { name: '何小芳' } });
    expect(before.body.communities).toEqual([
      expect.objectContaining({
        communityCode: AOZHOU,
        communityName: '鳌洲社区居委会',
        via: 'assignment',
        stationName: '南华西街社工站',
        checkin: null,
      }),
    ]);

    const first = await me.post('/api/presence/checkins', { communityCode: AOZHOU, latitude: 23.1167, longitude: 113.2451, accuracyM: 12 });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ day: today, stationId: station, leftAt: null, latitude: 23.1167, allowedActions: ['leave'] });
    expect(first.body.arrivedAt).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    const again = await me.post('/api/presence/checkins', { communityCode: AOZHOU });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const rows = await q().execute<{ n: number }>(
      sql`select count(*)::int as n from presence_checkins where worker_id = ${myWorker} and day = ${today}`,
    );
    expect(rows.rows[0]?.n).toBe(1);

    // As if the worker had arrived this morning: leaving in the same second would be before arrival.
    await q().execute(sql`update presence_checkins set arrived_at = '00:00:00' where id = ${first.body.id}`);
    const left = await me.post(`/api/presence/checkins/${first.body.id}/leave`, {});
    expect(left.status).toBe(200);
    expect(left.body.leftAt).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(left.body.allowedActions).toEqual([]);
    const twice = await me.post(`/api/presence/checkins/${first.body.id}/leave`, {});
    expect(twice.body.leftAt).toBe(left.body.leftAt);

    const after = await me.get('/api/presence/today');
    expect(after.body.communities[0]).toMatchObject({ daysThisWeek: expect.any(Number), checkin: { id: first.body.id } });
    expect(after.body.communities[0].daysThisWeek).toBeGreaterThanOrEqual(1);
    const audited = await q().execute<{ action: string }>(
      sql`select action from audit_log where object_id = ${first.body.id} and action like 'presence.%' order by id`,
    );
    expect(audited.rows.map((r) => r.action)).toEqual(['presence.checkin', 'presence.leave']);
  });

  it('a post at the town’s station lets a worker check in to any community of the town', async () => {
    const { client, workerId } = await workerLogin('钟站员');
    await makePost({ stationId: station, workerId, startsOn: '2026-01-01' });
    const reply = await client.post('/api/presence/checkins', { communityCode: FUAN });
    expect(reply.status).toBe(201);
    expect(reply.body.stationId).toBe(station);
    const page = await client.get('/api/presence/today');
    expect(page.body.communities).toEqual([expect.objectContaining({ communityCode: FUAN, via: 'post', daysThisWeek: 1 })]);
    expect((await client.post('/api/presence/checkins', { communityCode: '440105001101' })).status).toBe(400);
  });

  it('a service point’s worker checks in to its own community only', async () => {
    const point = await makeStation({ regionCode: AOZHOU, organisationId: orgA, parentId: station });
    const { client, workerId } = await workerLogin('梁驻点');
    await makePost({ stationId: point, workerId, startsOn: '2026-01-01' });
    const other = await client.post('/api/presence/checkins', { communityCode: FUAN });
    expect(other.status).toBe(400);
    client.locale = 'en-US';
    expect(fieldsOf(other).communityCode).toMatch(/^社区：/);
    const english = await client.post('/api/presence/checkins', { communityCode: FUAN });
    expect(fieldsOf(english).communityCode).toBe(
      'Community: You are not assigned to this community and hold no post at its town’s station',
    );
    const own = await client.post('/api/presence/checkins', { communityCode: AOZHOU });
    expect(own.status).toBe(201);
    expect(own.body.stationId).toBe(point);
  });

  it('lists check-ins in scope for supervisors and the bureau', async () => {
    const d = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
    const district = t.client();
    await district.login(d.username, d.password);
    const list = await district.get(`/api/presence/checkins?from=${today}&to=${today}&communityCode=${AOZHOU}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: any) => c.workerName)).toContain('何小芳');
    expect(list.body.items.every((c: any) => c.allowedActions.length === 0)).toBe(true);
  });
});
