import { uuidv7 } from '@shegong/core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import {
  activities,
  activityParticipants,
  cases,
  groupAttendance,
  groupMembers,
  groupSessions,
  groups,
  serviceRecords,
} from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeCase, makeCaseNote } from '../cases/cases.fixtures.ts';
import { makeClient, shareClient } from './clients.fixtures.ts';
import { type ClientsWorld, COMMUNITY, clientsWorld, fieldsOf, newClient, nextIdNumber, TOWN } from './clients.setup.ts';

let t: TestApp;
let w: ClientsWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await clientsWorld(t);
});
afterAll(() => t.close());

/** Group, session and activity rows written as the groups module writes them, with their ledger lines. */
async function groupSession(organisationId: string, stationId: string, clientIds: string[], heldOn = '2025-03-01') {
  const groupId = uuidv7();
  const sessionId = uuidv7();
  await q()
    .insert(groups)
    .values({ id: groupId, name: '长者互助小组', stationId, organisationId, regionCode: TOWN, aims: '减少孤独感', plannedSessions: 6 });
  await q().insert(groupSessions).values({ id: sessionId, groupId, sessionNo: 1, heldOn, theme: '相识' });
  for (const clientId of clientIds) {
    await q().insert(groupMembers).values({ groupId, clientId, joinedOn: heldOn });
    await q().insert(groupAttendance).values({ sessionId, clientId });
    await q()
      .insert(serviceRecords)
      .values(ledgerRow(organisationId, stationId, clientId, heldOn, 'group_session', sessionId));
  }
  return { groupId, sessionId };
}

async function activity(organisationId: string, stationId: string, clientIds: string[], heldOn = '2025-04-01') {
  const id = uuidv7();
  await q().insert(activities).values({ id, theme: '重阳敬老', stationId, organisationId, regionCode: TOWN, heldOn, place: '社区广场' });
  for (const clientId of clientIds) {
    await q().insert(activityParticipants).values({ activityId: id, clientId });
    await q()
      .insert(serviceRecords)
      .values(ledgerRow(organisationId, stationId, clientId, heldOn, 'activity', id));
  }
  return id;
}

function ledgerRow(organisationId: string, stationId: string, clientId: string, servedOn: string, kind: string, sourceId: string | null) {
  return { id: uuidv7(), clientId, stationId, organisationId, regionCode: COMMUNITY, servedOn, kind, sourceId, personTimes: 1 };
}

describe('the timeline and the print', () => {
  it('show everything about the person, newest first; what the caller may not read is only counted', async () => {
    const made = await w.worker.post('/api/clients', newClient(w));
    const id = made.body.id;
    const own = await makeCase({
      regionCode: COMMUNITY,
      organisationId: w.orgA,
      clientId: id,
      stationId: w.stationA,
      intakeOn: '2025-01-10',
    });
    await makeCaseNote(own.id, { kind: 'visit', occurredOn: '2025-02-01' });
    // A case of organisation B (after a referral): A's staff do not see it.
    await shareClient(id, { regionCode: COMMUNITY, organisationId: w.orgB }, 'full');
    await makeCase({ regionCode: COMMUNITY, organisationId: w.orgB, clientId: id, stationId: w.stationB, intakeOn: '2025-05-01' });
    await groupSession(w.orgA, w.stationA, [id]);
    await activity(w.orgA, w.stationA, [id]);
    await q()
      .insert(serviceRecords)
      .values({ ...ledgerRow(w.orgA, w.stationA, id, '2025-06-01', 'imported', null), serviceType: '助餐', content: '送餐上门' });

    const timeline = await w.worker.get(`/api/clients/${id}/timeline`);
    expect(timeline.status).toBe(200);
    const kinds = timeline.body.items.map((e: { on: string; kind: string }) => `${e.on} ${e.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        '2025-06-01 service',
        '2025-04-01 activity',
        '2025-03-01 group_session',
        '2025-02-01 case_note',
        '2025-01-10 case_opened',
        '2024-01-02 consent_given',
        '2024-01-01 category_added',
      ]),
    );
    const dates = timeline.body.items.map((e: { on: string }) => e.on);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(timeline.body.hidden).toBe(1);
    const note = timeline.body.items.find((e: { kind: string }) => e.kind === 'case_note');
    expect(note).toMatchObject({ title: expect.stringMatching(/ · 探访$/), detail: '电话回访，情绪平稳', caseId: own.id });
    expect(timeline.body.items.find((e: { kind: string }) => e.kind === 'service')).toMatchObject({ title: '助餐', detail: '送餐上门' });
    // The bureau sees that visits happened, not what was written.
    const bureau = await w.district.get(`/api/clients/${id}/timeline`);
    expect(bureau.body.hidden).toBe(0);
    expect(bureau.body.items.find((e: { kind: string }) => e.kind === 'case_note').detail).toBeNull();

    const print = await w.worker.get(`/api/clients/${id}/print`);
    expect(print.status).toBe(200);
    expect(print.body.client).toMatchObject({ id, idNumberMasked: expect.stringMatching(/\*{8}/), address: '海珠区' });
    expect(print.body.cases.map((c: { stationName: string }) => c.stationName)).toEqual(['南华西街社工站']);
    expect(print.body.notice).toMatch(/仅限提供服务使用.*打印/);
  });
});

describe('likely duplicates at entry', () => {
  it('suggests files with the same pinyin name and birth date, the same mobile or the same ID, within what the caller sees', async () => {
    const idNumber = nextIdNumber('19390909');
    const made = await w.worker.post('/api/clients', newClient(w, { name: '谢桂英', idNumber, mobile: '13755556666' }));
    // 谢桂英 typed as 谢贵英 reads the same in pinyin.
    const byName = await w.worker.post('/api/clients/duplicates', { name: '谢贵英', birthDate: '1939-09-09' });
    expect(byName.body.items).toEqual([
      expect.objectContaining({
        id: made.body.id,
        name: '谢桂英',
        reasons: ['name_birth'],
        likelihood: 'high',
        mobileMasked: '137****6666',
      }),
    ]);
    const byPhone = await w.worker.post('/api/clients/duplicates', { name: '谢伯', mobile: '13755556666' });
    expect(byPhone.body.items).toEqual([expect.objectContaining({ id: made.body.id, reasons: ['mobile'], likelihood: 'medium' })]);
    const byId = await w.worker.post('/api/clients/duplicates', { name: '谢桂英', idNumber, mobile: '13755556666' });
    expect(byId.body.items[0]).toMatchObject({ reasons: ['id_number', 'name_birth', 'mobile'], likelihood: 'certain' });
    expect((await w.worker.post('/api/clients/duplicates', { name: '谢桂英' })).body.items).toEqual([]);
    expect((await w.workerB.post('/api/clients/duplicates', { name: '谢桂英', birthDate: '1939-09-09' })).body.items).toEqual([]);
    expect((await w.district.post('/api/clients/duplicates', { name: '谢桂英', birthDate: '1939-09-09' })).body.items[0].name).toBe('谢**');
  });
});

describe('merging two files of one person', () => {
  it('is for the organisation’s administrator, between files it serves, never two different ID numbers', async () => {
    const a = await makeClient({ regionCode: COMMUNITY, organisationId: w.orgA, stationId: w.stationA });
    const b = await makeClient({ regionCode: COMMUNITY, organisationId: w.orgA, stationId: w.stationA });
    const theirs = await makeClient({
      regionCode: COMMUNITY,
      organisationId: w.orgB,
      stationId: w.stationB,
      idNumber: null,
      birthDate: '1950-01-01',
    });
    expect((await w.worker.post(`/api/clients/${a.id}/merge`, { intoId: b.id })).status).toBe(403);
    expect(fieldsOf(await w.orgAdmin.post(`/api/clients/${a.id}/merge`, { intoId: a.id }))).toEqual({
      intoId: '合并到的档案：不能与自身合并',
    });
    expect(Object.keys(fieldsOf(await w.orgAdmin.post(`/api/clients/${a.id}/merge`, { intoId: theirs.id })))).toEqual(['intoId']);
    const different = await w.orgAdmin.post(`/api/clients/${a.id}/merge`, { intoId: b.id });
    expect(fieldsOf(different).intoId).toMatch(/两个人/);
  });

  it('moves every reference to the surviving file in one transaction, keeps the duplicate as a pointer, and audits both', async () => {
    const idNumber = nextIdNumber('19400404');
    // The duplicate holds the ID number; the survivor was opened without a document.
    const duplicate = await makeClient({
      regionCode: COMMUNITY,
      organisationId: w.orgA,
      stationId: w.stationA,
      idNumber,
      mobile: '13900001111',
    });
    const survivor = await makeClient({
      regionCode: COMMUNITY,
      organisationId: w.orgA,
      stationId: w.stationA,
      idNumber: null,
      birthDate: '1940-04-04',
    });
    const kase = await makeCase({ regionCode: COMMUNITY, organisationId: w.orgA, clientId: duplicate.id, stationId: w.stationA });
    await makeCaseNote(kase.id, { kind: 'visit', occurredOn: '2025-02-02' });
    // Both files attended the same session: the person is counted once afterwards.
    const { groupId } = await groupSession(w.orgA, w.stationA, [duplicate.id, survivor.id]);
    await activity(w.orgA, w.stationA, [duplicate.id]);
    await w.orgAdmin.post(`/api/clients/${duplicate.id}/household`, { name: '邓志明', relation: 'spouse' });
    await w.orgAdmin.post(`/api/clients/${duplicate.id}/categories`, { code: 'severe_disability', effectiveFrom: '2023-01-01' });
    await w.orgAdmin.post(`/api/clients/${duplicate.id}/consents`, { purpose: 'service', givenBy: 'self', givenOn: '2023-01-01' });
    await shareClient(duplicate.id, { regionCode: COMMUNITY, organisationId: w.orgB }, 'history');
    const file = await w.orgAdmin.upload(`/api/files?ownerType=client&ownerId=${duplicate.id}`, '残疾证.pdf', '%PDF-1.4 test');

    const merged = await w.orgAdmin.post(`/api/clients/${duplicate.id}/merge`, { intoId: survivor.id, reason: '同一人重复建档' });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ mergedId: duplicate.id, intoId: survivor.id });
    expect(merged.body.moved).toMatchObject({
      cases: 1,
      group_members_duplicate: 1,
      group_attendance_duplicate: 1,
      activity_participants: 1,
      service_records_duplicate: 1,
      service_records: 1,
      household_members: 1,
      client_category_holdings: 1,
      client_consents: 1,
      client_shares: 1,
      files: 1,
    });
    expect((await q().select({ clientId: cases.clientId }).from(cases).where(eq(cases.id, kase.id)))[0]?.clientId).toBe(survivor.id);
    expect(await q().select().from(groupMembers).where(eq(groupMembers.groupId, groupId))).toHaveLength(1);
    expect(await q().select().from(serviceRecords).where(eq(serviceRecords.clientId, duplicate.id))).toEqual([]);

    const pointer = await w.orgAdmin.get(`/api/clients/${duplicate.id}`);
    expect(pointer.body).toEqual({
      id: duplicate.id,
      status: 'merged',
      mergedIntoId: survivor.id,
      mergedAt: expect.any(String),
      allowedActions: [],
    });
    expect((await w.orgAdmin.patch(`/api/clients/${duplicate.id}`, { riskLevel: 'high', version: 2 })).status).toBe(403);
    expect((await w.orgAdmin.get(`/api/clients/${duplicate.id}/timeline`)).body.error).toMatchObject({ code: 'client_merged' });
    const kept = await w.orgAdmin.get(`/api/clients/${survivor.id}`);
    expect(kept.body).toMatchObject({
      idType: 'resident_id',
      idNumberMasked: `440105********${idNumber.slice(-4)}`,
      mobileMasked: '139****1111',
      currentCategories: [{ code: 'severe_disability' }],
      household: [expect.objectContaining({ relation: 'spouse' })],
      version: 2,
    });
    expect((await w.orgAdmin.get(`/api/clients?q=${idNumber}`)).body.items.map((c: { id: string }) => c.id)).toEqual([survivor.id]);
    expect((await w.orgAdmin.get('/api/clients?pageSize=200')).text).not.toContain(duplicate.id);
    const timeline = (await w.orgAdmin.get(`/api/clients/${survivor.id}/timeline`)).body.items.map((e: { kind: string }) => e.kind);
    expect(timeline).toEqual(
      expect.arrayContaining(['case_opened', 'case_note', 'group_session', 'activity', 'category_added', 'consent_given']),
    );
    expect((await w.orgAdmin.get(`/api/files/${file.body.id}`)).status).toBe(200);
    expect((await w.workerB.get(`/api/clients/${survivor.id}`)).body.access).toBe('history');
    // The ID number now lives on the survivor only: it still opens no second file.
    expect((await w.worker.post('/api/clients', newClient(w, { idNumber }))).status).toBe(409);
    const rows = await t.database.pool.query(
      "select action, object_id, details from audit_log where action in ('client.merge', 'client.merge_into') order by id",
    );
    expect(rows.rows.map((r) => [r.action, r.object_id])).toEqual([
      ['client.merge', duplicate.id],
      ['client.merge_into', survivor.id],
    ]);
    expect(JSON.parse(rows.rows[0].details)).toMatchObject({ mergedId: duplicate.id, intoId: survivor.id, reason: '同一人重复建档' });
  });
});
