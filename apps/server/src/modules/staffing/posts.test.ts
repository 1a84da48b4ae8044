import { localDateTime } from '@shegong/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { q } from '../../platform/db/tx.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeWorker } from '../workers/workers.fixtures.ts';
import { makePost } from './staffing.fixtures.ts';

let t: TestApp;
let orgAdmin: Client;
let district: Client;
let orgA: string;
let orgB: string;
let station: string;
const today = localDateTime(new Date()).date;

const fieldsOf = (reply: { body: any }) =>
  Object.fromEntries(reply.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]));

async function regionOf(workerId: string): Promise<string> {
  const result = await q().execute<{ region_code: string }>(sql`select region_code from social_workers where id = ${workerId}`);
  return result.rows[0]?.region_code ?? '';
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrganisation({ regionCode: '440105008000' });
  orgB = await makeOrganisation({ regionCode: '440105001000' });
  station = await makeStation({ regionCode: '440105008000', organisationId: orgA, name: '南华西街社工站' });
  const o = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA });
  orgAdmin = t.client();
  await orgAdmin.login(o.username, o.password);
  const d = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
  district = t.client();
  await district.login(d.username, d.password);
});
afterAll(() => t.close());

describe('posts: denials and validation first', () => {
  it('another organisation’s station is not found, and a worker may read but not post', async () => {
    const theirs = await makeStation({ regionCode: '440105001000', organisationId: orgB });
    const { id: workerId } = await makeWorker({ organisationId: orgA, regionCode: '440105008000' });
    expect((await orgAdmin.get(`/api/staffing/stations/${theirs}`)).status).toBe(404);
    const reply = await orgAdmin.post(`/api/staffing/stations/${theirs}/posts`, { workerId, post: 'worker', startsOn: today });
    expect(reply.status).toBe(404);
    const w = await makeUser({ roles: ['worker'], regionCode: '440105008000', organisationId: orgA });
    const worker = t.client();
    await worker.login(w.username, w.password);
    expect((await worker.get(`/api/staffing/stations/${station}`)).status).toBe(200);
    expect((await worker.post(`/api/staffing/stations/${station}/posts`, { workerId, post: 'worker', startsOn: today })).status).toBe(403);
  });

  it('names every bad field at once, with labels and post names', async () => {
    const reply = await orgAdmin.post(`/api/staffing/stations/${station}/posts`, { workerId: 'x', post: 'boss', startsOn: '2026-13-01' });
    expect(reply.status).toBe(400);
    const fields = fieldsOf(reply);
    expect(fields.workerId).toBe('社工：格式不正确');
    expect(fields.post).toBe('岗位：取值无效，可选：站长(head) / 副站长(deputy_head) / 社工(worker) / 督导(supervisor)');
    expect(fields.startsOn).toBe('开始日期：日期格式应为 YYYY-MM-DD');
  });

  it('refuses an end before the start', async () => {
    const { id: workerId } = await makeWorker({ organisationId: orgA, regionCode: '440105008000' });
    const reply = await orgAdmin.post(`/api/staffing/stations/${station}/posts`, {
      workerId,
      post: 'worker',
      startsOn: '2026-03-01',
      endsOn: '2026-02-28',
    });
    expect(fieldsOf(reply).endsOn).toBe('结束日期：结束日期不能早于开始日期');
  });

  it('a worker of another organisation cannot be posted, nor an unknown one', async () => {
    const { id: theirs } = await makeWorker({ organisationId: orgB, regionCode: '440105001000' });
    const other = await district.post(`/api/staffing/stations/${station}/posts`, { workerId: theirs, post: 'worker', startsOn: today });
    expect(fieldsOf(other).workerId).toBe('社工：只能选择承接该站点的机构的社工');
    const unknown = await district.post(`/api/staffing/stations/${station}/posts`, {
      workerId: '00000000-0000-7000-8000-000000000000',
      post: 'worker',
      startsOn: today,
    });
    expect(fieldsOf(unknown).workerId).toMatch(/社工不存在/);
  });

  it('one head at a time, and one post per worker per station', async () => {
    const s = await makeStation({ regionCode: '440105008000', organisationId: orgA });
    const { id: first } = await makeWorker({ organisationId: orgA, regionCode: '440105008000', name: '陈晓明' });
    const { id: second } = await makeWorker({ organisationId: orgA, regionCode: '440105008000' });
    expect(
      (await orgAdmin.post(`/api/staffing/stations/${s}/posts`, { workerId: first, post: 'head', startsOn: '2026-01-01' })).status,
    ).toBe(201);
    const head = await orgAdmin.post(`/api/staffing/stations/${s}/posts`, { workerId: second, post: 'head', startsOn: today });
    expect(head.status).toBe(400);
    expect(fieldsOf(head).post).toBe('岗位：该站点在此期间已有站长：陈晓明');
    const twice = await orgAdmin.post(`/api/staffing/stations/${s}/posts`, { workerId: first, post: 'worker', startsOn: today });
    expect(fieldsOf(twice).workerId).toBe('社工：该社工在此期间已在本站点任职（站长）');
    // A head before the current one's term is history, not a second head.
    const earlier = await orgAdmin.post(`/api/staffing/stations/${s}/posts`, {
      workerId: second,
      post: 'head',
      startsOn: '2024-01-01',
      endsOn: '2025-12-31',
    });
    expect(earlier.status).toBe(201);
  });

  it('two heads requested at once: the station lock lets exactly one through', async () => {
    const s = await makeStation({ regionCode: '440105008000', organisationId: orgA });
    const ids = [
      (await makeWorker({ organisationId: orgA, regionCode: '440105008000' })).id,
      (await makeWorker({ organisationId: orgA, regionCode: '440105008000' })).id,
    ];
    const replies = await Promise.all(
      ids.map((workerId) => orgAdmin.post(`/api/staffing/stations/${s}/posts`, { workerId, post: 'head', startsOn: today })),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([201, 400]);
  });

  it('a closed station takes nobody', async () => {
    const s = await makeStation({ regionCode: '440105008000', organisationId: orgA });
    await district.patch(`/api/stations/${s}`, { status: 'closed', version: 1 });
    const { id: workerId } = await makeWorker({ organisationId: orgA, regionCode: '440105008000' });
    const reply = await orgAdmin.post(`/api/staffing/stations/${s}/posts`, { workerId, post: 'worker', startsOn: today });
    expect(fieldsOf(reply).stationId).toBe('站点：站点已关闭，不能安排人员');
  });
});

describe('staffing a station', () => {
  it('posts head, deputy, workers and supervisor; the worker’s record moves to the station; history after ending', async () => {
    const s = await makeStation({ regionCode: '440105008000', organisationId: orgA, name: '海珠区南华西街社工站' });
    const names = ['林站长', '黄副站', '李社工', '周督导'];
    const ids: string[] = [];
    for (const name of names) ids.push((await makeWorker({ organisationId: orgA, regionCode: '440105001000', name })).id);
    const posts = ['head', 'deputy_head', 'worker', 'supervisor'];
    const created: any[] = [];
    for (const [i, post] of posts.entries()) {
      const reply = await orgAdmin.post(`/api/staffing/stations/${s}/posts`, { workerId: ids[i], post, startsOn: '2026-01-05' });
      expect(reply.status).toBe(201);
      created.push(reply.body);
    }
    expect(created[0]).toMatchObject({ workerName: '林站长', post: 'head', isCurrent: true, allowedActions: ['end'] });
    expect(await regionOf(ids[2] as string)).toBe('440105008000');
    const point = await makeStation({ regionCode: '440105008101', organisationId: orgA, parentId: s, name: '鳌洲社区社工室' });
    const { id: pointWorker } = await makeWorker({ organisationId: orgA, regionCode: '440105008000', name: '吴驻点' });
    expect(
      (await orgAdmin.post(`/api/staffing/stations/${point}/posts`, { workerId: pointWorker, post: 'worker', startsOn: today })).status,
    ).toBe(201);

    const staffing = await orgAdmin.get(`/api/staffing/stations/${s}`);
    expect(staffing.status).toBe(200);
    expect(staffing.body.station).toMatchObject({ name: '海珠区南华西街社工站', regionName: '南华西街道' });
    expect(staffing.body.head.workerName).toBe('林站长');
    expect(staffing.body.deputyHeads.map((p: any) => p.workerName)).toEqual(['黄副站']);
    expect(staffing.body.workers.map((p: any) => p.workerName)).toEqual(['李社工']);
    expect(staffing.body.supervisors.map((p: any) => p.workerName)).toEqual(['周督导']);
    expect(staffing.body.servicePoints).toEqual([
      expect.objectContaining({ name: '鳌洲社区社工室', posts: [expect.objectContaining({ workerName: '吴驻点' })] }),
    ]);
    expect(staffing.body.allowedActions).toEqual(['manage']);

    const ended = await orgAdmin.post(`/api/staffing/posts/${created[2].id}/end`, { endsOn: '2026-01-31' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ endsOn: '2026-01-31', isCurrent: false, allowedActions: [] });
    // Ended and not posted elsewhere: the record returns to the employer's address.
    expect(await regionOf(ids[2] as string)).toBe('440105008000');
    const again = await orgAdmin.post(`/api/staffing/posts/${created[2].id}/end`, { endsOn: '2026-02-01' });
    expect(again.status).toBe(409);
    const after = await orgAdmin.get(`/api/staffing/stations/${s}`);
    expect(after.body.workers).toEqual([]);
    expect(after.body.history.map((p: any) => p.workerName)).toEqual(['李社工']);
    const history = await orgAdmin.get(`/api/staffing/posts?workerId=${ids[2]}`);
    expect(history.body).toMatchObject({ total: 1, items: [{ stationName: '海珠区南华西街社工站', endsOn: '2026-01-31' }] });
    expect((await orgAdmin.get(`/api/staffing/posts?stationId=${s}&state=current`)).body.total).toBe(3);
  });

  it('an end before the post began is refused; the district may end an organisation’s post', async () => {
    const { id: workerId } = await makeWorker({ organisationId: orgA, regionCode: '440105008000' });
    const s = await makeStation({ regionCode: '440105008000', organisationId: orgA });
    const post = await makePost({ stationId: s, workerId, startsOn: '2026-02-01' });
    const early = await district.post(`/api/staffing/posts/${post}/end`, { endsOn: '2026-01-31' });
    expect(fieldsOf(early).endsOn).toMatch(/不能早于开始日期/);
    expect((await district.post(`/api/staffing/posts/${post}/end`, { endsOn: '2026-02-28' })).status).toBe(200);
  });

  it('audits every staffing write', async () => {
    const rows = await q().execute<{ action: string; n: number }>(
      sql`select action, count(*)::int as n from audit_log where action like 'staffing.%' group by action order by action`,
    );
    expect(rows.rows).toEqual([
      { action: 'staffing.post_end', n: 2 },
      { action: 'staffing.post_start', n: 8 },
    ]);
  });
});
