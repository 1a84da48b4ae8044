import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeWorker, testIdNumber } from './workers.fixtures.ts';

let t: TestApp;
let district: Client;
let orgAdmin: Client;
let worker: Client;
let orgA: string;
let orgB: string;

const newWorker = (over: Record<string, unknown> = {}) => ({
  idNumber: testIdNumber(),
  name: '张三',
  mobile: '13800138000',
  education: 'bachelor',
  major: '社会工作',
  qualificationLevel: 'assistant',
  certificateNo: `ZS${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
  certifiedYear: 2021,
  ...over,
});
const byPath = (reply: { body: { error: { fields: { path: string; message: string }[] } } }) =>
  Object.fromEntries(reply.body.error.fields.map((f) => [f.path, f.message]));

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrganisation({ regionCode: '440105008000', name: '广州市海珠区启航社会工作服务中心' });
  orgB = await makeOrganisation({ regionCode: '440105001000' });
  const d = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
  district = t.client();
  await district.login(d.username, d.password);
  const o = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA });
  orgAdmin = t.client();
  await orgAdmin.login(o.username, o.password);
  const w = await makeUser({ roles: ['worker'], regionCode: '440105008000', organisationId: orgA });
  worker = t.client();
  await worker.login(w.username, w.password);
});
afterAll(() => t.close());

describe('workers: denials and validation first', () => {
  it('a social worker may read but not register workers', async () => {
    expect((await worker.post('/api/workers', newWorker())).status).toBe(403);
  });

  it('checks the ID number: checksum, birth date, format', async () => {
    const good = testIdNumber();
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const checksum = await orgAdmin.post('/api/workers', newWorker({ idNumber: wrongCheck }));
    expect(checksum.status).toBe(400);
    expect(byPath(checksum).idNumber).toBe('身份证号码：身份证号码校验位错误');
    const birth = await orgAdmin.post('/api/workers', newWorker({ idNumber: '440105199002300011' }));
    expect(byPath(birth).idNumber).toBe('身份证号码：身份证号码中的出生日期无效');
    const format = await orgAdmin.post('/api/workers', newWorker({ idNumber: '4401051990' }));
    expect(byPath(format).idNumber).toMatch(/18 位/);
  });

  it('never takes gender or birth date from the client, and names every bad field at once', async () => {
    const reply = await orgAdmin.post('/api/workers', {
      ...newWorker({ qualificationLevel: 'expert', education: 'phd', mobile: '123' }),
      gender: 'male',
      birthDate: '1990-01-01',
    });
    expect(reply.status).toBe(400);
    const fields = byPath(reply);
    expect(Object.keys(fields).sort()).toEqual(['birthDate', 'education', 'gender', 'mobile', 'qualificationLevel']);
    expect(fields.qualificationLevel).toMatch(/^职业资格等级：取值无效，可选：未取得\(none\) \/ 助理社会工作师\(assistant\)/);
    expect(fields.education).toMatch(/本科\(bachelor\)/);
  });

  it('a qualified worker needs a certificate number and year; an unqualified one has none', async () => {
    const missing = await orgAdmin.post('/api/workers', newWorker({ certificateNo: undefined, certifiedYear: undefined }));
    expect(byPath(missing)).toEqual({
      certificateNo: '职业资格证书编号：取得职业资格的须填写',
      certifiedYear: '取得资格年份：取得职业资格的须填写',
    });
    const extra = await orgAdmin.post('/api/workers', newWorker({ qualificationLevel: 'none' }));
    expect(Object.keys(byPath(extra)).sort()).toEqual(['certificateNo', 'certifiedYear']);
  });

  it('reports a duplicate ID number and a duplicate certificate together', async () => {
    const existing = await makeWorker({ organisationId: orgB, regionCode: '440105001000', certificateNo: 'ZS-DUP-0001' });
    const lower = existing.idNumber.replace('X', 'x');
    const reply = await orgAdmin.post('/api/workers', newWorker({ idNumber: lower, certificateNo: 'ZS-DUP-0001' }));
    expect(reply.status).toBe(409);
    expect(byPath(reply)).toEqual({ idNumber: '身份证号码：该身份证号码已登记', certificateNo: '职业资格证书编号：该证书编号已登记' });
  });

  it('two simultaneous registrations of one person: one succeeds, the other is a field conflict, never a 500', async () => {
    // Only the ID number is shared: with two shared unique keys the database may report either one.
    const idNumber = testIdNumber();
    const replies = await Promise.all([
      orgAdmin.post('/api/workers', newWorker({ idNumber, certificateNo: 'ZS-RACE-0001' })),
      orgAdmin.post('/api/workers', newWorker({ idNumber, certificateNo: 'ZS-RACE-0002' })),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
    const conflict = replies.find((r) => r.status === 409)!;
    expect(conflict.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['idNumber']);
  });

  it('an organisation registers only its own staff; the bureau names an organisation in its district', async () => {
    const other = await orgAdmin.post('/api/workers', newWorker({ organisationId: orgB }));
    expect(byPath(other).organisationId).toMatch(/本机构/);
    const none = await district.post('/api/workers', newWorker());
    expect(byPath(none).organisationId).toBe('所属机构：必填');
    const far = await makeOrganisation({ regionCode: '440106001000' });
    const outside = await district.post('/api/workers', newWorker({ organisationId: far }));
    expect(byPath(outside).organisationId).toMatch(/机构不存在/);
  });

  it('another organisation’s worker is not found, on every route', async () => {
    const theirs = await makeWorker({ organisationId: orgB, regionCode: '440105001000' });
    expect((await orgAdmin.get(`/api/workers/${theirs.id}`)).status).toBe(404);
    expect((await orgAdmin.patch(`/api/workers/${theirs.id}`, { major: 'x', version: 1 })).status).toBe(404);
    expect((await orgAdmin.post(`/api/workers/${theirs.id}/reveal`, { field: 'idNumber', reason: '核对身份' })).status).toBe(404);
    const list = await orgAdmin.get('/api/workers?pageSize=200');
    expect(list.body.items.map((w: { id: string }) => w.id)).not.toContain(theirs.id);
  });

  it('reveal needs a reason and the permission', async () => {
    const mine = await makeWorker({ organisationId: orgA, regionCode: '440105008000' });
    const noReason = await orgAdmin.post(`/api/workers/${mine.id}/reveal`, { field: 'mobile' });
    expect(byPath(noReason).reason).toBe('原因：必填');
    const wrongField = await orgAdmin.post(`/api/workers/${mine.id}/reveal`, { field: 'address', reason: '核对身份' });
    expect(Object.keys(byPath(wrongField))).toEqual(['field']);
    expect((await worker.post(`/api/workers/${mine.id}/reveal`, { field: 'idNumber', reason: '核对身份' })).status).toBe(403);
  });
});

describe('the register of social workers', () => {
  it('registers a worker from a 15-digit ID, derives gender and birth date, masks the number everywhere', async () => {
    const created = await orgAdmin.post('/api/workers', newWorker({ idNumber: '440105900101123', name: '李四', mobile: '13912345678' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: '李四',
      idNumberMasked: '440105********1239',
      gender: 'male',
      birthDate: '1990-01-01',
      organisationName: '广州市海珠区启航社会工作服务中心',
      regionCode: '440105008000',
      qualificationLevel: 'assistant',
      mobile: '139****5678',
      registration: { status: null, registrationNo: null, isValid: false },
      continuingEducation: { hours: 0, required: 72, state: 'on_track' },
      allowedActions: ['update', 'reveal_id', 'apply', 'record', 'enrol'],
    });
    expect(created.text).not.toContain('440105199001011239');
    const list = await district.get('/api/workers?pageSize=200');
    expect(list.text).not.toMatch(/\d{17}[\dX]/);
    const listed = list.body.items.find((w: { id: string }) => w.id === created.body.id);
    expect(listed.mobile).toBe('139****5678');
    expect(listed.allowedActions).toEqual(['update', 'reveal_id']);
  });

  it('finds workers by name, full pinyin, initials, certificate prefix and exact ID number', async () => {
    const idNumber = testIdNumber(777, '19850615');
    const made = await orgAdmin.post('/api/workers', newWorker({ idNumber, name: '赵晓明', certificateNo: 'GZ2019-8841' }));
    const find = async (q: string) =>
      (await orgAdmin.get(`/api/workers?q=${encodeURIComponent(q)}&pageSize=200`)).body.items.map((w: { id: string }) => w.id);
    expect(await find('晓明')).toContain(made.body.id);
    expect(await find('zhaoxiaoming')).toContain(made.body.id);
    expect(await find('zxm')).toContain(made.body.id);
    expect(await find('GZ2019-88')).toContain(made.body.id);
    expect(await find(idNumber)).toEqual([made.body.id]);
    expect(await find(idNumber.slice(0, 14))).toEqual([]);
    // A number ending in X is found when typed with a lowercase x.
    let seq = 100;
    while (!testIdNumber(seq, '19880808').endsWith('X')) seq++;
    const withX = testIdNumber(seq, '19880808');
    const madeX = await orgAdmin.post('/api/workers', newWorker({ idNumber: withX.toLowerCase(), name: '钱七' }));
    expect(madeX.status).toBe(201);
    expect(await find(withX.toLowerCase())).toEqual([madeX.body.id]);
  });

  it('finds 张三 by the initials zs', async () => {
    const made = await orgAdmin.post('/api/workers', newWorker({ name: '张三' }));
    const found = await district.get('/api/workers?q=zs&pageSize=200');
    expect(found.body.items.map((w: { id: string }) => w.id)).toContain(made.body.id);
  });

  it('reveals the full ID number or mobile for a reason and keeps field and reason in the audit trail', async () => {
    const made = await makeWorker({ organisationId: orgA, regionCode: '440105008000', mobile: '13612345678' });
    const id = await orgAdmin.post(`/api/workers/${made.id}/reveal`, { field: 'idNumber', reason: '办理社保需核对身份' });
    expect(id.status).toBe(200);
    expect(id.body).toEqual({ field: 'idNumber', value: made.idNumber });
    const mobile = await orgAdmin.post(`/api/workers/${made.id}/reveal`, { field: 'mobile', reason: '通知参加督导会议' });
    expect(mobile.body).toEqual({ field: 'mobile', value: '13612345678' });
    const rows = await t.database.pool.query(
      "select details from audit_log where action = 'worker.reveal' and object_id = $1 order by id",
      [made.id],
    );
    expect(rows.rows.map((r) => JSON.parse(r.details))).toEqual([
      { field: 'idNumber', reason: '办理社保需核对身份' },
      { field: 'mobile', reason: '通知参加督导会议' },
    ]);
  });

  it('masks the mobile on the record too, for its administrators and the bureau alike', async () => {
    const made = await orgAdmin.post('/api/workers', newWorker({ mobile: '13712345678' }));
    expect(made.body.mobile).toBe('137****5678');
    for (const reader of [orgAdmin, district]) {
      const record = await reader.get(`/api/workers/${made.body.id}`);
      expect(record.status).toBe(200);
      expect(record.body.mobile).toBe('137****5678');
      expect(record.text).not.toContain('13712345678');
    }
    const changed = await orgAdmin.patch(`/api/workers/${made.body.id}`, { mobile: '13787654321', version: made.body.version });
    expect(changed.body.mobile).toBe('137****4321');
  });

  it('audits reads of a record and filters by level and employer', async () => {
    const made = await makeWorker({ organisationId: orgB, regionCode: '440105001000', qualificationLevel: 'senior' });
    expect((await district.get(`/api/workers/${made.id}`)).status).toBe(200);
    const rows = await t.database.pool.query("select 1 from audit_log where action = 'worker.read' and object_id = $1", [made.id]);
    expect(rows.rows).toHaveLength(1);
    const seniors = await district.get(`/api/workers?qualificationLevel=senior&organisationId=${orgB}&pageSize=200`);
    expect(seniors.body.items.map((w: { id: string }) => w.id)).toEqual([made.id]);
  });

  it('updates with optimistic concurrency, corrects the ID number, and deactivates a leaver', async () => {
    const made = await makeWorker({ organisationId: orgA, regionCode: '440105008000' });
    const newId = testIdNumber(222, '19920302');
    const updated = await orgAdmin.patch(`/api/workers/${made.id}`, { idNumber: newId, name: '王五', version: 1 });
    expect(updated.body).toMatchObject({ name: '王五', birthDate: '1992-03-02', gender: 'female', version: 2 });
    expect((await orgAdmin.patch(`/api/workers/${made.id}`, { major: '心理学', version: 1 })).status).toBe(409);
    const off = await orgAdmin.patch(`/api/workers/${made.id}`, { isActive: false, version: 2 });
    expect(off.body.isActive).toBe(false);
    const inactive = await orgAdmin.get('/api/workers?isActive=false&pageSize=200');
    expect(inactive.body.items.map((w: { id: string }) => w.id)).toContain(made.id);
    const rows = await t.database.pool.query("select 1 from audit_log where action = 'worker.deactivate' and object_id = $1", [made.id]);
    expect(rows.rows).toHaveLength(1);
  });

  it('links the worker’s own account only to a user of the same organisation', async () => {
    const made = await makeWorker({ organisationId: orgA, regionCode: '440105008000' });
    const stranger = await makeUser({ roles: ['worker'], regionCode: '440105001000', organisationId: orgB });
    const wrong = await orgAdmin.patch(`/api/workers/${made.id}`, { userId: stranger.id, version: 1 });
    expect(byPath(wrong).userId).toMatch(/账号不存在/);
    const own = await makeUser({ roles: ['worker'], regionCode: '440105008000', organisationId: orgA });
    expect((await orgAdmin.patch(`/api/workers/${made.id}`, { userId: own.id, version: 1 })).body.userId).toBe(own.id);
  });
});
