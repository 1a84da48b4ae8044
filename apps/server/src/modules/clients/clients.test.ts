import { idCardCheckChar, permissionsOf, upgradeIdCard15 } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeClient, shareClient } from './clients.fixtures.ts';
import {
  CLEAR_ID,
  CLEAR_MOBILE,
  type ClientsWorld,
  COMMUNITY,
  clientsWorld,
  fieldsOf,
  newClient,
  nextIdNumber,
  reasonsOf,
  withoutIds,
} from './clients.setup.ts';

let t: TestApp;
let w: ClientsWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await clientsWorld(t);
});
afterAll(() => t.close());

/** A child's birth date: 10 years before today (local date is close enough for an age well under 14). */
const childBirth = () => `${new Date().getFullYear() - 10}0601`;

describe('clients: who may not read or write files', () => {
  it('evaluators and volunteers never receive a file, a list, a timeline or a print (403)', async () => {
    // Their roles hold nothing of client files or casework, so no route can hand them one.
    expect(permissionsOf(['evaluator', 'volunteer', 'resident']).filter((p) => /^(client|case|referral)\./.test(p))).toEqual([]);
    const made = await makeClient({ regionCode: COMMUNITY, organisationId: w.orgA, stationId: w.stationA });
    for (const outsider of [w.evaluator, w.volunteer]) {
      expect((await outsider.get('/api/clients')).status).toBe(403);
      expect((await outsider.get(`/api/clients/${made.id}`)).status).toBe(403);
      expect((await outsider.get(`/api/clients/${made.id}/timeline`)).status).toBe(403);
      expect((await outsider.get(`/api/clients/${made.id}/print`)).status).toBe(403);
      expect((await outsider.post(`/api/clients/${made.id}/reveal`, { field: 'idNumber', reason: '核对身份信息' })).status).toBe(403);
      expect((await outsider.post('/api/clients/duplicates', { name: '陈秀兰' })).status).toBe(403);
      expect((await outsider.post('/api/clients', newClient(w))).status).toBe(403);
    }
  });

  it('the supervisor and the bureau read files but do not open, change or reveal them', async () => {
    const made = await makeClient({ regionCode: COMMUNITY, organisationId: w.orgA, stationId: w.stationA });
    for (const reader of [w.supervisor, w.district]) {
      expect((await reader.get(`/api/clients/${made.id}`)).status).toBe(200);
      expect((await reader.post('/api/clients', newClient(w))).status).toBe(403);
      expect((await reader.patch(`/api/clients/${made.id}`, { riskLevel: 'high', version: 1 })).status).toBe(403);
      expect((await reader.post(`/api/clients/${made.id}/reveal`, { field: 'mobile', reason: '紧急联系家属' })).status).toBe(403);
    }
  });

  it('a worker of another organisation gets 404 on every route of a file it does not serve, and never finds it', async () => {
    const idNumber = nextIdNumber('19470707');
    const theirs = await makeClient({
      regionCode: COMMUNITY,
      organisationId: w.orgA,
      stationId: w.stationA,
      idNumber,
      mobile: '13711112222',
    });
    const base = `/api/clients/${theirs.id}`;
    const replies = await Promise.all([
      w.workerB.get(base),
      w.workerB.get(`${base}/timeline`),
      w.workerB.get(`${base}/print`),
      w.workerB.patch(base, { riskLevel: 'high', version: 1 }),
      w.workerB.post(`${base}/reveal`, { field: 'idNumber', reason: '核对身份信息' }),
      w.workerB.post(`${base}/categories`, { code: 'dibao', effectiveFrom: '2025-01-01' }),
      w.workerB.post(`${base}/household`, { name: '张三', relation: 'spouse' }),
      w.workerB.post(`${base}/consents`, { purpose: 'service', givenBy: 'self', givenOn: '2025-01-01' }),
      w.orgAdminB.post(`${base}/merge`, { intoId: theirs.id }),
    ]);
    expect(replies.map((r) => r.status)).toEqual(Array(replies.length).fill(404));
    for (const r of replies) expect(r.text).not.toContain(theirs.id);
    for (const q of ['', `?q=${idNumber}`, '?q=13711112222', `?stationId=${w.stationA}`]) {
      const list = await w.workerB.get(`/api/clients${q}${q ? '&' : '?'}pageSize=200`);
      expect(list.status).toBe(200);
      expect(list.text).not.toContain(theirs.id);
    }
    const suggested = await w.workerB.post('/api/clients/duplicates', { name: '测试', idNumber, mobile: '13711112222' });
    expect(suggested.body.items).toEqual([]);
  });
});

describe('clients: what a new file must get right', () => {
  it('checks the resident ID: checksum, birth date, format; gender and birth date are derived, never typed', async () => {
    const good = nextIdNumber();
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const checksum = await w.worker.post('/api/clients', newClient(w, { idNumber: wrong }));
    expect(checksum.status).toBe(400);
    // The label of idNumber comes from the shared catalogue (身份证号码 / 身份证号); the reason is ours.
    expect(fieldsOf(checksum).idNumber).toMatch(/^身份证号码?：身份证号码校验位错误$/);
    const first17 = '44010519900230001';
    const birth = await w.worker.post('/api/clients', newClient(w, { idNumber: first17 + idCardCheckChar(first17) }));
    expect(fieldsOf(birth).idNumber).toMatch(/：身份证号码中的出生日期无效$/);
    const typed = await w.worker.post('/api/clients', newClient(w, { gender: 'female', birthDate: '1950-01-01' }));
    expect(reasonsOf(typed)).toEqual({ gender: '由身份证号码自动得出，无需填写', birthDate: '由身份证号码自动得出，无需填写' });
  });

  it('without a resident ID: gender and birth date are entered; permits and passports are format-checked', async () => {
    const none = await w.worker.post('/api/clients', newClient(w, { idType: 'none', idNumber: undefined }));
    expect(reasonsOf(none)).toEqual({ gender: '必填', birthDate: '必填' });
    const passport = await w.worker.post(
      '/api/clients',
      newClient(w, { idType: 'passport', idNumber: 'ABCDEFG', gender: 'male', birthDate: '1970-01-01' }),
    );
    expect(Object.keys(fieldsOf(passport))).toEqual(['idNumber']);
    expect(fieldsOf(passport).idNumber).toMatch(/：证件号码格式不正确$/);
    const extra = await w.worker.post('/api/clients', newClient(w, { idType: 'none', gender: 'male', birthDate: '1970-01-01' }));
    expect(fieldsOf(extra).idNumber).toMatch(/不填写证件号码/);
    w.worker.locale = 'en-US';
    const english = await w.worker.post('/api/clients', newClient(w, { idType: 'none', idNumber: undefined, birthDate: '1970-01-01' }));
    w.worker.locale = 'zh-CN';
    expect(reasonsOf(english)).toEqual({ gender: 'Required' });
  });

  it('a child under 14 needs a guardian’s consent that names the guardian', async () => {
    const child = (consent: unknown) => newClient(w, { idNumber: nextIdNumber(childBirth()), consent });
    const missing = await w.worker.post('/api/clients', child(undefined));
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing)).toEqual({ consent: '知情同意：未满 14 周岁，须登记监护人的知情同意' });
    const self = await w.worker.post('/api/clients', child({ purpose: 'service', givenBy: 'self', givenOn: '2025-01-01' }));
    expect(fieldsOf(self).consent).toMatch(/监护人/);
    const nameless = await w.worker.post(
      '/api/clients',
      child({ purpose: 'service', givenBy: 'guardian', guardianRelation: 'parent', givenOn: '2025-01-01' }),
    );
    expect(fieldsOf(nameless)).toEqual({
      'consent.guardianName': '监护人姓名：监护人同意须填写监护人姓名和关系',
      consent: '知情同意：未满 14 周岁，须登记监护人的知情同意',
    });
    const given = await w.worker.post(
      '/api/clients',
      child({ purpose: 'service', givenBy: 'guardian', guardianName: '王芳', guardianRelation: 'parent', givenOn: '2025-01-01' }),
    );
    expect(given.status).toBe(201);
    expect(given.body.guardianConsentMissing).toBe(false);
    expect(given.body.age).toBeLessThan(14);
  });

  it('the community must be a village/community in the actor’s area; the station and worker must be the actor’s organisation’s', async () => {
    const reply = await w.worker.post(
      '/api/clients',
      newClient(w, {
        regionCode: '440106001001',
        stationId: w.stationB,
        workerId: w.workerRecB,
        categories: [{ code: 'nonsense', effectiveFrom: '2024-01-01' }],
      }),
    );
    expect(reply.status).toBe(400);
    expect(reasonsOf(reply)).toEqual({
      regionCode: '只能选择您管辖范围内的区划',
      stationId: '站点不存在、已停用、不在您的管辖范围内或不属于本机构',
      workerId: '社工不存在、已离职或不属于该站点的机构',
      'categories.0.code': '类别不存在或已停用',
    });
    const town = await w.worker.post('/api/clients', newClient(w, { regionCode: '440105008000' }));
    expect(reasonsOf(town).regionCode).toBe('所选区划层级不符合要求');
    const otherWorker = await w.worker.post('/api/clients', newClient(w, { workerId: w.workerRecB }));
    expect(Object.keys(fieldsOf(otherWorker))).toEqual(['workerId']);
  });
});

describe('clients: one person, one file', () => {
  it('the same ID number never opens a second file, whoever asks (typed with a lowercase x or as 15 digits)', async () => {
    let idNumber = nextIdNumber('19660606');
    while (!idNumber.endsWith('X')) idNumber = nextIdNumber('19660606');
    expect((await w.worker.post('/api/clients', newClient(w, { idNumber }))).status).toBe(201);
    const again = await w.orgAdmin.post('/api/clients', newClient(w, { idNumber: idNumber.toLowerCase() }));
    expect(again.status).toBe(409);
    expect(Object.keys(fieldsOf(again))).toEqual(['idNumber']);
    expect(fieldsOf(again).idNumber).toMatch(/：该证件号码已建档（一人一档），请查找已有档案$/);
    const elsewhere = await w.workerB.post('/api/clients', newClient(w, { idNumber, stationId: w.stationB, workerId: undefined }));
    expect(elsewhere.status).toBe(409);
    const old = await w.worker.post('/api/clients', newClient(w, { idNumber: '440105380506123' }));
    expect(old.status).toBe(201);
    expect(old.body).toMatchObject({ birthDate: '1938-05-06', gender: 'male' });
    const upgraded = await w.worker.post('/api/clients', newClient(w, { idNumber: upgradeIdCard15('440105380506123') }));
    expect(upgraded.status).toBe(409);
  });

  it('two simultaneous submissions of one person: one 201, the other a 409 field error, never a 500', async () => {
    for (let round = 0; round < 3; round++) {
      const body = newClient(w, { idNumber: nextIdNumber('19580808') });
      const replies = await Promise.all([w.worker.post('/api/clients', body), w.orgAdmin.post('/api/clients', body)]);
      expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
      const conflict = replies.find((r) => r.status === 409)!;
      expect(Object.keys(fieldsOf(conflict))).toEqual(['idNumber']);
    }
  });
});

describe('clients: masking and reveal', () => {
  it('no list, file, timeline, print or suggestion carries an ID number or a mobile in clear, for any reader', async () => {
    const idNumber = nextIdNumber('19440101');
    const made = await w.worker.post('/api/clients', newClient(w, { idNumber, name: '梁淑贞' }));
    expect(made.status).toBe(201);
    expect(made.text).not.toMatch(CLEAR_ID);
    expect(withoutIds(made.text)).not.toMatch(CLEAR_MOBILE);
    for (const reader of [w.worker, w.orgAdmin, w.supervisor, w.district, w.city]) {
      const replies = await Promise.all([
        reader.get('/api/clients?pageSize=200'),
        reader.get(`/api/clients?q=${idNumber}`),
        reader.get(`/api/clients/${made.body.id}`),
        reader.get(`/api/clients/${made.body.id}/timeline`),
        reader.get(`/api/clients/${made.body.id}/print`),
        reader.post('/api/clients/duplicates', { name: '梁淑贞', idNumber, mobile: '13800138000' }),
      ]);
      for (const reply of replies) {
        expect(reply.status).toBe(200);
        expect(reply.text).not.toMatch(CLEAR_ID);
        expect(withoutIds(reply.text)).not.toMatch(CLEAR_MOBILE);
        expect(reply.text).not.toContain('同福西路');
      }
    }
    expect(made.body).toMatchObject({
      idNumberMasked: `440105********${idNumber.slice(-4)}`,
      mobileMasked: '138****8000',
      address: '海珠区',
    });
  });

  it('reveal needs a reason of at least 4 characters, is refused to a history share, and is audited with the reason', async () => {
    const made = await w.worker.post('/api/clients', newClient(w, { mobile: '13566667777' }));
    const id = made.body.id;
    const none = await w.worker.post(`/api/clients/${id}/reveal`, { field: 'mobile' });
    expect(reasonsOf(none)).toEqual({ reason: '必填' });
    const short = await w.worker.post(`/api/clients/${id}/reveal`, { field: 'mobile', reason: '看看' });
    expect(reasonsOf(short)).toEqual({ reason: '请说明查看原因（至少 4 个字）' });
    const wrongField = await w.worker.post(`/api/clients/${id}/reveal`, { field: 'name', reason: '联系家属安排探访' });
    expect(Object.keys(fieldsOf(wrongField))).toEqual(['field']);
    await shareClient(id, { regionCode: COMMUNITY, organisationId: w.orgB }, 'history');
    expect((await w.workerB.get(`/api/clients/${id}`)).body.allowedActions).toEqual([]);
    expect((await w.workerB.post(`/api/clients/${id}/reveal`, { field: 'mobile', reason: '联系家属安排探访' })).status).toBe(403);
    const mobile = await w.worker.post(`/api/clients/${id}/reveal`, { field: 'mobile', reason: '联系家属安排探访' });
    expect(mobile.body).toEqual({ field: 'mobile', value: '13566667777' });
    const address = await w.worker.post(`/api/clients/${id}/reveal`, { field: 'address', reason: '上门探访需要地址' });
    expect(address.body.value).toMatch(/海珠区南华西街道?鳌洲社区.* 同福西路 12 号 3 梯 502 房$/);
    const rows = await t.database.pool.query(
      "select details from audit_log where action = 'client.reveal' and object_id = $1 and result = 'ok' order by id",
      [id],
    );
    expect(rows.rows.map((r) => JSON.parse(r.details))).toEqual([
      { field: 'mobile', reason: '联系家属安排探访' },
      { field: 'address', reason: '上门探访需要地址' },
    ]);
  });
});
