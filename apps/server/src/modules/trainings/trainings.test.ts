import { plusDays } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { today } from '../workers/worker-status.ts';
import { makeWorker } from '../workers/workers.fixtures.ts';
import { makeEnrolment, makeTraining } from './trainings.fixtures.ts';

let t: TestApp;
let district: Client;
let tianhe: Client;
let orgAdmin: Client;
let orgAdminB: Client;
let worker: Client;
let orgA: string;
let orgB: string;
const now = today();
const HAIZHU = '440105000000';
const HERE = { organisationId: '', regionCode: '440105008000' };

const login = async (user: { username: string; password: string }) => {
  const client = t.client();
  await client.login(user.username, user.password);
  return client;
};
const programme = (over: Record<string, unknown> = {}) => ({
  title: '新入职社工岗前培训',
  kind: 'new_worker',
  provider: '海珠区社会工作指导中心',
  startsOn: plusDays(now, 10),
  endsOn: plusDays(now, 12),
  hours: 16,
  capacity: 40,
  location: '海珠区社工指导中心三楼',
  ...over,
});
const byPath = (reply: { body: { error: { fields: { path: string; message: string }[] } } }) =>
  Object.fromEntries(reply.body.error.fields.map((f) => [f.path, f.message]));
const enrol = (client: Client, workerId: string, trainingId: string) => client.post(`/api/workers/${workerId}/enrolments`, { trainingId });

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrganisation({ regionCode: '440105008000' });
  orgB = await makeOrganisation({ regionCode: '440105001000' });
  HERE.organisationId = orgA;
  district = await login(await makeUser({ roles: ['district_admin'], regionCode: HAIZHU }));
  tianhe = await login(await makeUser({ roles: ['district_admin'], regionCode: '440106000000' }));
  orgAdmin = await login(await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA }));
  orgAdminB = await login(await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgB }));
  worker = await login(await makeUser({ roles: ['worker'], regionCode: '440105008000', organisationId: orgA }));
});
afterAll(() => t.close());

describe('trainings: denials and validation first', () => {
  it('only the bureau creates programmes; dates in order, hours and places checked', async () => {
    expect((await orgAdmin.post('/api/trainings', programme())).status).toBe(403);
    const bad = await district.post('/api/trainings', programme({ kind: 'party', hours: 0.25, capacity: 0 }));
    expect(Object.keys(byPath(bad)).sort()).toEqual(['capacity', 'hours', 'kind']);
    const order = await district.post('/api/trainings', programme({ endsOn: plusDays(now, 9) }));
    expect(byPath(order).endsOn).toBe('结束日期：结束日期不能早于开始日期');
  });

  it('another district neither sees nor manages the programme', async () => {
    const id = await makeTraining({ regionCode: HAIZHU });
    expect((await tianhe.get(`/api/trainings/${id}`)).status).toBe(404);
    expect((await tianhe.post(`/api/trainings/${id}/attendance`, { marks: [] })).status).toBe(404);
    const list = await tianhe.get('/api/trainings?pageSize=200');
    expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(id);
  });

  it('enrols only the organisation’s own workers, once, within the places, in the programme’s area', async () => {
    const training = await makeTraining({ regionCode: HAIZHU, capacity: 2 });
    const theirs = await makeWorker({ organisationId: orgB, regionCode: '440105001000' });
    expect((await enrol(orgAdmin, theirs.id, training)).status).toBe(404);
    expect((await enrol(worker, (await makeWorker(HERE)).id, training)).status).toBe(403);
    const first = await makeWorker(HERE);
    expect((await enrol(orgAdmin, first.id, training)).status).toBe(201);
    const twice = await enrol(orgAdmin, first.id, training);
    expect(twice.status).toBe(409);
    expect(byPath(twice).trainingId).toBe('培训项目：该社工已报名此培训');
    expect((await enrol(orgAdminB, theirs.id, training)).status).toBe(201);
    const full = await enrol(orgAdmin, (await makeWorker(HERE)).id, training);
    expect(byPath(full).trainingId).toBe('培训项目：名额已满');
    const elsewhere = await makeTraining({ regionCode: '440106000000' });
    expect(byPath(await enrol(orgAdmin, first.id, elsewhere)).trainingId).toMatch(/不在该培训面向的区域/);
    const ended = await makeTraining({ regionCode: HAIZHU, startsOn: '2025-01-01', endsOn: '2025-01-02' });
    expect(byPath(await enrol(orgAdmin, first.id, ended)).trainingId).toMatch(/培训已结束/);
    const left = await makeWorker(HERE);
    await orgAdmin.patch(`/api/workers/${left.id}`, { isActive: false, version: 1 });
    expect(byPath(await enrol(orgAdmin, left.id, await makeTraining({ regionCode: HAIZHU }))).workerId).toMatch(/已离职/);
  });

  it('simultaneous enrolments never overfill a programme or enrol a worker twice', async () => {
    const training = await makeTraining({ regionCode: HAIZHU, capacity: 1 });
    const [a, b] = [await makeWorker(HERE), await makeWorker(HERE)];
    const race = await Promise.all([enrol(orgAdmin, a.id, training), enrol(orgAdmin, b.id, training)]);
    expect(race.map((r) => r.status).sort()).toEqual([201, 400]);
    const other = await makeTraining({ regionCode: HAIZHU });
    const twice = await Promise.all([enrol(orgAdmin, a.id, other), enrol(orgAdmin, a.id, other)]);
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('places never drop below the workers enrolled; a programme with enrolments is not deleted', async () => {
    const training = await makeTraining({ regionCode: HAIZHU, capacity: 5 });
    await makeEnrolment({ trainingId: training, workerId: (await makeWorker(HERE)).id });
    await makeEnrolment({ trainingId: training, workerId: (await makeWorker(HERE)).id });
    const reply = await district.patch(`/api/trainings/${training}`, { capacity: 1, version: 1 });
    expect(byPath(reply).capacity).toBe('名额：名额不能少于已报名人数（2）');
    expect((await district.delete(`/api/trainings/${training}?version=1`)).status).toBe(400);
  });

  it('attendance: only the programme’s enrolments, hours within the programme’s, not before it starts', async () => {
    const training = await makeTraining({ regionCode: HAIZHU, hours: 8, startsOn: '2026-01-10', endsOn: '2026-01-11' });
    const other = await makeEnrolment({ trainingId: await makeTraining({ regionCode: HAIZHU }), workerId: (await makeWorker(HERE)).id });
    const mine = await makeEnrolment({ trainingId: training, workerId: (await makeWorker(HERE)).id });
    const reply = await district.post(`/api/trainings/${training}/attendance`, {
      marks: [
        { enrolmentId: other, status: 'attended' },
        { enrolmentId: mine, status: 'attended', hours: 9 },
      ],
    });
    expect(byPath(reply)).toEqual({
      'marks.0.enrolmentId': '报名记录：报名记录不属于该培训',
      'marks.1.hours': '学时：出勤学时不能超过培训学时 8',
    });
    const future = await makeTraining({ regionCode: HAIZHU, startsOn: plusDays(now, 3) });
    const early = await makeEnrolment({ trainingId: future, workerId: (await makeWorker(HERE)).id });
    const tooSoon = await district.post(`/api/trainings/${future}/attendance`, { marks: [{ enrolmentId: early, status: 'attended' }] });
    expect(byPath(tooSoon).marks).toMatch(/尚未开始/);
  });
});

describe('training programmes and continuing education', () => {
  it('creates a programme; organisations of the area see it with their own count; the worker sees the district’s programmes', async () => {
    const created = await district.post('/api/trainings', programme());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      regionCode: HAIZHU,
      regionName: '海珠区',
      hours: 16,
      enrolledCount: 0,
      allowedActions: ['manage'],
    });
    const w = await makeWorker(HERE);
    await enrol(orgAdmin, w.id, created.body.id);
    const forOrg = await orgAdmin.get('/api/trainings?open=true&pageSize=200');
    const row = forOrg.body.items.find((x: { id: string }) => x.id === created.body.id);
    expect(row).toMatchObject({ enrolledCount: 1, ownEnrolledCount: 1, allowedActions: ['enrol'] });
    const forB = await orgAdminB.get('/api/trainings?pageSize=200');
    expect(forB.body.items.find((x: { id: string }) => x.id === created.body.id).ownEnrolledCount).toBe(0);
    const forWorker = await worker.get(`/api/trainings?q=${encodeURIComponent('岗前')}`);
    expect(forWorker.body.items.map((x: { id: string }) => x.id)).toContain(created.body.id);
  });

  it('attended hours become exactly one education record, follow changes, and go when marked absent', async () => {
    const training = await makeTraining({
      regionCode: HAIZHU,
      title: '督导能力提升班',
      hours: 12,
      startsOn: plusDays(now, -2),
      endsOn: now,
    });
    const w = await makeWorker(HERE);
    const enrolled = await enrol(orgAdmin, w.id, training);
    const enrolmentId = enrolled.body.id;
    const hoursOf = async () => (await orgAdmin.get(`/api/workers/${w.id}/education`)).body;
    const marked = await district.post(`/api/trainings/${training}/attendance`, { marks: [{ enrolmentId, status: 'attended' }] });
    expect(marked.body).toMatchObject([{ status: 'attended', attendedHours: 12, allowedActions: [] }]);
    let education = await hoursOf();
    expect(education.summary.hours).toBe(12);
    expect(education.records).toMatchObject([{ course: '督导能力提升班', takenOn: now, hours: 12, enrolmentId }]);
    await district.post(`/api/trainings/${training}/attendance`, { marks: [{ enrolmentId, status: 'attended', hours: 7.5 }] });
    education = await hoursOf();
    expect(education.records.map((r: { hours: number }) => r.hours)).toEqual([7.5]);
    await district.post(`/api/trainings/${training}/attendance`, { marks: [{ enrolmentId, status: 'absent' }] });
    expect((await hoursOf()).records).toEqual([]);
    await district.post(`/api/trainings/${training}/attendance`, { marks: [{ enrolmentId, status: 'attended' }] });
    const count = await t.database.pool.query('select count(*)::int as n from education_records where enrolment_id = $1', [enrolmentId]);
    expect(count.rows[0].n).toBe(1);
    const roster = await district.get(`/api/trainings/${training}/enrolments`);
    expect(roster.body.items.map((e: { id: string; status: string }) => [e.id, e.status])).toEqual([[enrolmentId, 'attended']]);
    const withdraw = await orgAdmin.post(`/api/enrolments/${enrolmentId}/withdraw`, { reason: '工作冲突' });
    expect(byPath(withdraw).id).toMatch(/已记录出勤/);
  });

  it('an organisation lists and withdraws its own enrolments only', async () => {
    const training = await makeTraining({ regionCode: HAIZHU });
    const mine = (await enrol(orgAdmin, (await makeWorker(HERE)).id, training)).body.id;
    const theirs = (await enrol(orgAdminB, (await makeWorker({ organisationId: orgB, regionCode: '440105001000' })).id, training)).body.id;
    const list = await orgAdmin.get(`/api/enrolments?trainingId=${training}`);
    expect(list.body.items.map((e: { id: string }) => e.id)).toEqual([mine]);
    expect(list.body.items[0].allowedActions).toEqual(['withdraw']);
    expect((await orgAdmin.post(`/api/enrolments/${theirs}/withdraw`, { reason: '误报' })).status).toBe(404);
    expect(byPath(await orgAdmin.post(`/api/enrolments/${mine}/withdraw`, {})).reason).toBe('原因：必填');
    expect((await orgAdmin.post(`/api/enrolments/${mine}/withdraw`, { reason: '工作冲突' })).status).toBe(204);
    const audit = await t.database.pool.query("select details from audit_log where action = 'training.withdraw' and object_id = $1", [
      mine,
    ]);
    expect(JSON.parse(audit.rows[0].details).reason).toBe('工作冲突');
    expect((await district.get(`/api/trainings/${training}/enrolments`)).body.items.map((e: { id: string }) => e.id)).toEqual([theirs]);
  });
});
