import { addDays, localDateTime, uuidv7 } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeClient, shareClient } from './clients.fixtures.ts';
import { type ClientsWorld, COMMUNITY, clientsWorld, fieldsOf, newClient, nextIdNumber } from './clients.setup.ts';

let t: TestApp;
let w: ClientsWorld;
const today = () => localDateTime(new Date()).date;

beforeAll(async () => {
  t = await startTestApp();
  w = await clientsWorld(t);
});
afterAll(() => t.close());

const audited = async (action: string, objectId: string) =>
  (
    await t.database.pool.query('select details from audit_log where action = $1 and object_id = $2 order by id', [action, objectId])
  ).rows.map((r) => (r.details ? JSON.parse(r.details) : null));

describe('a client file', () => {
  it('opens with derived identity, masked identifiers, current categories, household and consent', async () => {
    const created = await w.worker.post(
      '/api/clients',
      newClient(w, {
        idNumber: '440105380506123',
        categories: [
          { code: 'elderly_alone', effectiveFrom: '2024-01-01' },
          { code: 'dibao', effectiveFrom: '2020-01-01', effectiveTo: '2022-12-31' },
        ],
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: '陈秀兰',
      idType: 'resident_id',
      idNumberMasked: expect.stringMatching(/^440105\*{8}\d{3}[\dX]$/),
      gender: 'male',
      birthDate: '1938-05-06',
      mobileMasked: '138****8000',
      address: '海珠区',
      regionCode: COMMUNITY,
      stationName: '南华西街社工站',
      organisationName: '海珠启明社工服务中心',
      workerName: '何小芳',
      riskLevel: 'medium',
      tags: ['独居'],
      currentCategories: [{ code: 'elderly_alone', name: '独居老人' }],
      access: 'own',
      status: 'active',
      mergedIntoId: null,
      version: 1,
      allowedActions: ['update', 'reveal'],
      guardianConsentMissing: false,
    });
    expect(created.body.age).toBeGreaterThanOrEqual(86);
    expect(created.body.categories.map((c: { code: string; isCurrent: boolean }) => [c.code, c.isCurrent])).toEqual([
      ['elderly_alone', true],
      ['dibao', false],
    ]);
    expect(created.body.household).toEqual([expect.objectContaining({ name: '陈建国', relation: 'child', mobileMasked: '139****5678' })]);
    expect(created.body.consents).toEqual([expect.objectContaining({ purpose: 'service', givenBy: 'self', withdrawnOn: null })]);
    expect(await audited('client.create', created.body.id)).toHaveLength(1);
    // The organisation's administrator may also merge.
    expect((await w.orgAdmin.get(`/api/clients/${created.body.id}`)).body.allowedActions).toEqual(['update', 'merge', 'reveal']);
  });

  it('every view is audited; the bureau sees the name masked, the serving organisation in full', async () => {
    const made = await makeClient({ regionCode: COMMUNITY, organisationId: w.orgA, stationId: w.stationA, name: '黄伯' });
    expect((await w.worker.get(`/api/clients/${made.id}`)).body.name).toBe('黄伯');
    const seen = await w.district.get(`/api/clients/${made.id}`);
    expect(seen.body).toMatchObject({ name: '黄*', access: 'oversight', allowedActions: [] });
    await w.supervisor.get(`/api/clients/${made.id}/timeline`);
    await w.city.get(`/api/clients/${made.id}/print`);
    expect(await audited('client.read', made.id)).toEqual([null, null, { view: 'timeline' }, { view: 'print' }]);
  });

  it('is found by name, full pinyin, initials, exact ID number (15 or 18 digits) and exact mobile, and by each filter', async () => {
    const idNumber = nextIdNumber('19410203');
    const made = await w.worker.post('/api/clients', newClient(w, { name: '邝丽娟', idNumber, mobile: '13622223333', riskLevel: 'high' }));
    const find = async (query: string) =>
      (await w.worker.get(`/api/clients?${query}&pageSize=200`)).body.items.map((c: { id: string }) => c.id) as string[];
    const fifteen = idNumber.slice(0, 6) + idNumber.slice(8, 17);
    for (const q of ['丽娟', 'kuanglijuan', 'klj', idNumber, idNumber.toLowerCase(), fifteen, '13622223333']) {
      expect(await find(`q=${encodeURIComponent(q)}`), q).toContain(made.body.id);
    }
    expect(await find(`q=${idNumber.slice(0, 14)}`)).toEqual([]);
    expect(await find('q=1362222333')).toEqual([]);
    expect(await find('riskLevel=high')).toContain(made.body.id);
    expect(await find('riskLevel=low')).not.toContain(made.body.id);
    expect(await find('category=elderly_alone')).toContain(made.body.id);
    expect(await find('category=dibao')).not.toContain(made.body.id);
    expect(await find(`workerId=${w.workerRecA}&stationId=${w.stationA}&regionCode=440105008000`)).toContain(made.body.id);
    const age = made.body.age as number;
    expect(await find(`ageFrom=${age}&ageTo=${age}`)).toContain(made.body.id);
    expect(await find(`ageFrom=${age + 1}`)).not.toContain(made.body.id);
    expect(await find(`ageTo=${age - 1}`)).not.toContain(made.body.id);
    const listed = (await w.worker.get(`/api/clients?q=${idNumber}`)).body;
    expect(listed).toMatchObject({ total: 1, items: [{ id: made.body.id, idNumberMasked: expect.stringMatching(/\*{8}/) }] });
    const logged = (await t.database.pool.query("select details from audit_log where action = 'client.list' order by id")).rows.map((r) =>
      JSON.parse(r.details),
    );
    expect(JSON.stringify(logged)).not.toContain(idNumber);
  });

  it('updates with optimistic concurrency; a station of another organisation is refused', async () => {
    const made = await w.worker.post('/api/clients', newClient(w));
    const id = made.body.id;
    const changed = await w.worker.patch(`/api/clients/${id}`, {
      riskLevel: 'high',
      tags: ['独居', '独居', '失能'],
      mobile: null,
      version: 1,
    });
    expect(changed.body).toMatchObject({ riskLevel: 'high', tags: ['独居', '失能'], mobileMasked: null, version: 2 });
    expect((await w.worker.patch(`/api/clients/${id}`, { riskLevel: 'low', version: 1 })).status).toBe(409);
    const moved = await w.worker.patch(`/api/clients/${id}`, { stationId: w.stationB, version: 2 });
    expect(Object.keys(fieldsOf(moved))).toEqual(['stationId']);
    const typed = await w.worker.patch(`/api/clients/${id}`, { birthDate: '1950-01-01', version: 2 });
    expect(Object.keys(fieldsOf(typed))).toEqual(['birthDate']);
    const passport = await w.worker.patch(`/api/clients/${id}`, { idType: 'passport', idNumber: 'E12345678', version: 2 });
    expect(passport.body).toMatchObject({ idType: 'passport', idNumberMasked: 'E1*******', version: 3 });
    expect(await audited('client.update', id)).toHaveLength(2);
  });

  it('keeps categories with evidence of this client only, refuses overlaps, and ends them', async () => {
    const made = await w.worker.post('/api/clients', newClient(w));
    const other = await w.worker.post('/api/clients', newClient(w));
    const id = made.body.id;
    const upload = (ownerId: string) => w.worker.upload(`/api/files?ownerType=client&ownerId=${ownerId}`, '低保证明.pdf', '%PDF-1.4 test');
    const evidence = await upload(id);
    expect(evidence.status).toBe(201);
    const foreign = await upload(other.body.id);
    const wrongFile = await w.worker.post(`/api/clients/${id}/categories`, {
      code: 'dibao',
      effectiveFrom: '2025-01-01',
      evidenceFileId: foreign.body.id,
    });
    expect(fieldsOf(wrongFile)).toEqual({ evidenceFileId: '证明材料：文件不存在或不属于该服务对象' });
    const added = await w.worker.post(`/api/clients/${id}/categories`, {
      code: 'dibao',
      effectiveFrom: '2025-01-01',
      evidenceFileId: evidence.body.id,
    });
    expect(added.status).toBe(201);
    const holding = added.body.categories.find((c: { code: string }) => c.code === 'dibao');
    expect(holding).toMatchObject({ name: '低保', isCurrent: true, evidenceFileId: evidence.body.id });
    const overlap = await w.worker.post(`/api/clients/${id}/categories`, { code: 'dibao', effectiveFrom: '2025-06-01' });
    expect(fieldsOf(overlap)).toEqual({ code: '编码：该时段内已持有此类别' });
    const backwards = await w.worker.patch(`/api/clients/${id}/categories/${holding.id}`, { effectiveTo: '2024-12-31' });
    expect(Object.keys(fieldsOf(backwards))).toEqual(['effectiveTo']);
    const ended = await w.worker.patch(`/api/clients/${id}/categories/${holding.id}`, { effectiveTo: addDays(today(), -1) });
    expect(ended.body.categories.find((c: { id: string }) => c.id === holding.id).isCurrent).toBe(false);
    expect(ended.body.currentCategories.map((c: { code: string }) => c.code)).not.toContain('dibao');
    const unknown = await w.worker.patch(`/api/clients/${id}/categories/${uuidv7()}`, { effectiveTo: today() });
    expect(unknown.status).toBe(400);
    expect((await audited('client.category_end', id))[0]).toMatchObject({ code: 'dibao' });
    const names = (await w.worker.get('/api/clients/categories')).body;
    expect(names).toHaveLength(12);
    expect(names[0]).toMatchObject({ code: 'dibao', nameZh: '低保', nameEn: expect.any(String) });
  });

  it('adds and removes household members, records consents and their withdrawal', async () => {
    const child = await w.worker.post(
      '/api/clients',
      newClient(w, {
        idNumber: nextIdNumber(`${new Date().getFullYear() - 8}0301`),
        consent: { purpose: 'service', givenBy: 'guardian', guardianName: '林美华', guardianRelation: 'parent', givenOn: '2025-02-01' },
      }),
    );
    const id = child.body.id;
    const added = await w.worker.post(`/api/clients/${id}/household`, { name: '林美华', relation: 'parent', mobile: '13533334444' });
    expect(added.status).toBe(201);
    const member = added.body.household.find((m: { name: string }) => m.name === '林美华');
    expect(member.mobileMasked).toBe('135****4444');
    expect((await w.district.get(`/api/clients/${id}`)).body.household.map((m: { name: string }) => m.name)).toContain('林**');
    const removed = await w.worker.delete(`/api/clients/${id}/household/${member.id}`);
    expect(removed.body.household.map((m: { id: string }) => m.id)).not.toContain(member.id);
    expect((await w.worker.delete(`/api/clients/${id}/household/${member.id}`)).status).toBe(400);
    const consentId = child.body.consents[0].id;
    const early = await w.worker.post(`/api/clients/${id}/consents/${consentId}/withdraw`, { withdrawnOn: '2025-01-01' });
    expect(Object.keys(fieldsOf(early))).toEqual(['withdrawnOn']);
    const withdrawn = await w.worker.post(`/api/clients/${id}/consents/${consentId}/withdraw`, { withdrawnOn: '2025-06-01' });
    expect(withdrawn.body).toMatchObject({ guardianConsentMissing: true, consents: [{ withdrawnOn: '2025-06-01' }] });
    const noName = await w.worker.post(`/api/clients/${id}/consents`, { purpose: 'photos', givenBy: 'guardian', givenOn: '2025-07-01' });
    expect(Object.keys(fieldsOf(noName))).toEqual(['guardianName']);
    const again = await w.worker.post(`/api/clients/${id}/consents`, {
      purpose: 'service',
      givenBy: 'guardian',
      guardianName: '林美华',
      guardianRelation: 'parent',
      givenOn: '2025-07-01',
    });
    expect(again.body.guardianConsentMissing).toBe(false);
    expect((await audited('client.consent_withdraw', id))[0]).toMatchObject({ consentId, withdrawnOn: '2025-06-01' });
    expect(await audited('client.household_remove', id)).toHaveLength(1);
  });

  it('a share in full lets another organisation serve the file; a history share only reads it', async () => {
    const made = await makeClient({ regionCode: COMMUNITY, organisationId: w.orgA, stationId: w.stationA, name: '罗志强' });
    expect((await w.workerB.get(`/api/clients/${made.id}`)).status).toBe(404);
    await shareClient(made.id, { regionCode: COMMUNITY, organisationId: w.orgB }, 'full');
    const shared = await w.workerB.get(`/api/clients/${made.id}`);
    expect(shared.body).toMatchObject({ name: '罗志强', access: 'full', allowedActions: ['update', 'reveal'] });
    expect((await w.workerB.patch(`/api/clients/${made.id}`, { riskLevel: 'high', version: 1 })).status).toBe(200);
    const listed = await w.workerB.get('/api/clients?pageSize=200');
    expect(listed.body.items.find((c: { id: string }) => c.id === made.id)).toMatchObject({ access: 'full' });
    const history = await makeClient({ regionCode: COMMUNITY, organisationId: w.orgA, stationId: w.stationA });
    await shareClient(history.id, { regionCode: COMMUNITY, organisationId: w.orgB }, 'history');
    expect((await w.workerB.get(`/api/clients/${history.id}`)).body).toMatchObject({ access: 'history', allowedActions: [] });
    expect((await w.workerB.patch(`/api/clients/${history.id}`, { riskLevel: 'high', version: 1 })).status).toBe(403);
    expect((await w.workerB.post(`/api/clients/${history.id}/household`, { name: '罗一', relation: 'child' })).status).toBe(403);
  });
});
