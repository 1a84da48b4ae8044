import { plusDays, plusMonths } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { today } from '../workers/worker-status.ts';
import { makeWorker } from '../workers/workers.fixtures.ts';
import { makeRegistration } from './registrations.fixtures.ts';

let t: TestApp;
let district: Client;
let tianhe: Client;
let orgAdmin: Client;
let orgAdminB: Client;
let orgA: string;
let orgB: string;
const now = today();

const HERE = { organisationId: '', regionCode: '440105008000' };
const login = async (user: { username: string; password: string }) => {
  const client = t.client();
  await client.login(user.username, user.password);
  return client;
};
const fieldOf = (reply: { body: { error: { fields: { path: string; message: string }[] } } }) => reply.body.error.fields[0]!;
/** An issued registration ending on `validUntil`, as if it had been issued three years before. */
const issuedUntil = (workerId: string, validUntil: string) =>
  makeRegistration({ workerId, status: 'issued', validFrom: plusDays(plusMonths(validUntil, -36), 1), validUntil });

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrganisation({ regionCode: '440105008000' });
  orgB = await makeOrganisation({ regionCode: '440105001000' });
  HERE.organisationId = orgA;
  district = await login(await makeUser({ roles: ['district_admin'], regionCode: '440105000000' }));
  tianhe = await login(await makeUser({ roles: ['district_admin'], regionCode: '440106000000' }));
  orgAdmin = await login(await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA }));
  orgAdminB = await login(await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgB }));
});
afterAll(() => t.close());

describe('registration: denials and validation first', () => {
  it('a worker without a qualification cannot apply', async () => {
    const w = await makeWorker({ ...HERE, qualificationLevel: null, certificateNo: null });
    const reply = await orgAdmin.post(`/api/workers/${w.id}/registrations`, { kind: 'initial' });
    expect(reply.status).toBe(400);
    expect(fieldOf(reply).message).toBe('类型：未取得职业资格，不能申请登记');
  });

  it('a social worker applies for themselves only', async () => {
    const account = await makeUser({ roles: ['worker'], regionCode: '440105008000', organisationId: orgA });
    const self = await makeWorker({ ...HERE, userId: account.id });
    const colleague = await makeWorker(HERE);
    const client = await login(account);
    expect((await client.post(`/api/workers/${colleague.id}/registrations`, { kind: 'initial' })).status).toBe(403);
    const own = await client.post(`/api/workers/${self.id}/registrations`, { kind: 'initial' });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ status: 'pending', kind: 'initial', appliedOn: now, allowedActions: [] });
  });

  it('initial only without a valid registration; renewal only inside the window; never beside an open application', async () => {
    const w = await makeWorker(HERE);
    await issuedUntil(w.id, plusMonths(now, 6));
    const initial = await orgAdmin.post(`/api/workers/${w.id}/registrations`, { kind: 'initial' });
    expect(fieldOf(initial).message).toBe('类型：登记仍在有效期内，请申请再登记');
    const early = await orgAdmin.post(`/api/workers/${w.id}/registrations`, { kind: 'renewal' });
    expect(early.status).toBe(400);
    expect(fieldOf(early).message).toBe(`类型：只能在登记有效期届满前 3 个月内申请再登记（${plusMonths(now, 3)} 起）`);
    const fresh = await makeWorker(HERE);
    const none = await orgAdmin.post(`/api/workers/${fresh.id}/registrations`, { kind: 'renewal' });
    expect(fieldOf(none).message).toMatch(/尚未登记/);
    expect((await orgAdmin.post(`/api/workers/${fresh.id}/registrations`, { kind: 'initial' })).status).toBe(201);
    const twice = await orgAdmin.post(`/api/workers/${fresh.id}/registrations`, { kind: 'initial' });
    expect(fieldOf(twice).message).toMatch(/已有正在审核的登记申请/);
    const wrongKind = await orgAdmin.post(`/api/workers/${fresh.id}/registrations`, { kind: 'first' });
    expect(fieldOf(wrongKind).path).toBe('kind');
  });

  it('two simultaneous applications for one worker: exactly one is accepted', async () => {
    const w = await makeWorker(HERE);
    const replies = await Promise.all([
      orgAdmin.post(`/api/workers/${w.id}/registrations`, { kind: 'initial' }),
      orgAdmin.post(`/api/workers/${w.id}/registrations`, { kind: 'initial' }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 400]);
  });

  it('stages cannot be skipped', async () => {
    const id = await makeRegistration({ workerId: (await makeWorker(HERE)).id });
    const final = await district.post(`/api/registrations/${id}/final-review`, { decision: 'approve', version: 1 });
    expect(final.status).toBe(409);
    expect(final.body.error.message).toBe('该申请当前为「待审核」，不能执行此操作');
    expect((await district.post(`/api/registrations/${id}/issue`, { version: 1 })).status).toBe(409);
    const first = await orgAdmin.post(`/api/registrations/${id}/first-review`, { decision: 'approve', version: 1 });
    expect(first.body.status).toBe('first_approved');
    const again = await orgAdmin.post(`/api/registrations/${id}/first-review`, { decision: 'approve', version: 2 });
    expect(again.status).toBe(409);
    expect((await district.post(`/api/registrations/${id}/issue`, { version: 2 })).status).toBe(409);
  });

  it('nobody reviews their own application, and the final reviewer is not the first', async () => {
    const account = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA });
    const w = await makeWorker({ ...HERE, userId: account.id });
    const id = await makeRegistration({ workerId: w.id });
    const self = await login(account);
    expect((await self.post(`/api/registrations/${id}/first-review`, { decision: 'approve', version: 1 })).status).toBe(403);
    const both = await login(await makeUser({ roles: ['district_admin', 'org_admin'], regionCode: '440105000000', organisationId: orgA }));
    const other = await makeRegistration({ workerId: (await makeWorker(HERE)).id });
    expect((await both.post(`/api/registrations/${other}/first-review`, { decision: 'approve', version: 1 })).status).toBe(200);
    const reply = await both.post(`/api/registrations/${other}/final-review`, { decision: 'approve', version: 2 });
    expect(reply.status).toBe(403);
  });

  it('a rejection needs a comment; a stale version is a conflict', async () => {
    const id = await makeRegistration({ workerId: (await makeWorker(HERE)).id });
    const bare = await orgAdmin.post(`/api/registrations/${id}/first-review`, { decision: 'reject', version: 1 });
    expect(fieldOf(bare)).toEqual({ path: 'comment', message: '意见：必填' });
    const stale = await orgAdmin.post(`/api/registrations/${id}/first-review`, { decision: 'approve', version: 3 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
  });

  it('another organisation or another district does not see the application', async () => {
    const id = await makeRegistration({ workerId: (await makeWorker(HERE)).id });
    expect((await orgAdminB.post(`/api/registrations/${id}/first-review`, { decision: 'approve', version: 1 })).status).toBe(404);
    expect((await orgAdminB.get(`/api/registrations/${id}`)).status).toBe(404);
    expect((await tianhe.get(`/api/registrations/${id}`)).status).toBe(404);
    const list = await orgAdminB.get('/api/registrations?pageSize=200');
    expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(id);
  });
});

describe('registration workflow', () => {
  it('applies → first review → final review → issue, then renewal waits for the window', async () => {
    const w = await makeWorker({ ...HERE, name: '陈一' });
    const applied = await orgAdmin.post(`/api/workers/${w.id}/registrations`, { kind: 'initial' });
    expect(applied.body.allowedActions).toEqual(['review_first']);
    const id = applied.body.id;
    expect((await district.get(`/api/registrations/${id}`)).body.allowedActions).toEqual([]);
    const first = await orgAdmin.post(`/api/registrations/${id}/first-review`, { decision: 'approve', comment: '材料齐全', version: 1 });
    expect(first.body).toMatchObject({ status: 'first_approved', firstComment: '材料齐全', allowedActions: [] });
    const queue = await district.get('/api/registrations?status=first_approved&pageSize=200');
    expect(queue.body.items.find((r: { id: string }) => r.id === id).allowedActions).toEqual(['review_final']);
    const final = await district.post(`/api/registrations/${id}/final-review`, { decision: 'approve', version: 2 });
    expect(final.body).toMatchObject({ status: 'final_approved', allowedActions: ['issue'] });
    const issued = await district.post(`/api/registrations/${id}/issue`, { version: 3 });
    expect(issued.body).toMatchObject({ status: 'issued', validFrom: now, validUntil: plusDays(plusMonths(now, 36), -1) });
    expect(issued.body.registrationNo).toMatch(new RegExp(`^粤社登${now.slice(0, 4)}\\d{6}$`));
    const record = await orgAdmin.get(`/api/workers/${w.id}`);
    expect(record.body.registration).toMatchObject({ status: 'issued', isValid: true, validUntil: issued.body.validUntil });
    const renew = await orgAdmin.post(`/api/workers/${w.id}/registrations`, { kind: 'renewal' });
    expect(fieldOf(renew).message).toMatch(/个月内申请再登记/);
    const trail = await t.database.pool.query(
      "select action from audit_log where object_id = $1 and action <> 'registration.read' order by id",
      [id],
    );
    expect(trail.rows.map((r: { action: string }) => r.action)).toEqual([
      'registration.apply',
      'registration.first_review',
      'registration.final_review',
      'registration.issue',
    ]);
    const registered = await district.get('/api/workers?registrationStatus=issued&pageSize=200');
    expect(registered.body.items.map((x: { id: string }) => x.id)).toContain(w.id);
  });

  it('a renewal in the window continues the previous period without a gap', async () => {
    const w = await makeWorker(HERE);
    const previousEnd = plusMonths(now, 1);
    await issuedUntil(w.id, previousEnd);
    const applied = await orgAdmin.post(`/api/workers/${w.id}/registrations`, { kind: 'renewal' });
    expect(applied.status).toBe(201);
    const id = applied.body.id;
    await orgAdmin.post(`/api/registrations/${id}/first-review`, { decision: 'approve', version: 1 });
    await district.post(`/api/registrations/${id}/final-review`, { decision: 'approve', version: 2 });
    const issued = await district.post(`/api/registrations/${id}/issue`, { version: 3 });
    expect(issued.body).toMatchObject({ kind: 'renewal', validFrom: plusDays(previousEnd, 1) });
    // Until the new period starts, the one in force is still the previous registration.
    const record = await orgAdmin.get(`/api/workers/${w.id}`);
    expect(record.body.registration).toMatchObject({ status: 'issued', validUntil: previousEnd, isValid: true });
  });

  it('numbers issued registrations in sequence within the year', async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 2; i++) {
      const id = await makeRegistration({ workerId: (await makeWorker(HERE)).id, status: 'final_approved' });
      numbers.push((await district.post(`/api/registrations/${id}/issue`, { version: 1 })).body.registrationNo);
    }
    expect(Number(numbers[1]?.slice(-6))).toBe(Number(numbers[0]?.slice(-6)) + 1);
  });

  it('a rejected applicant can apply again; the reason is kept', async () => {
    const w = await makeWorker(HERE);
    const applied = await orgAdmin.post(`/api/workers/${w.id}/registrations`, { kind: 'initial' });
    const rejected = await orgAdmin.post(`/api/registrations/${applied.body.id}/first-review`, {
      decision: 'reject',
      comment: '缺少学历证明',
      version: 1,
    });
    expect(rejected.body).toMatchObject({ status: 'first_rejected', firstComment: '缺少学历证明' });
    expect((await orgAdmin.post(`/api/workers/${w.id}/registrations`, { kind: 'initial' })).status).toBe(201);
    const final = await makeRegistration({ workerId: (await makeWorker(HERE)).id, status: 'first_approved' });
    const no = await district.post(`/api/registrations/${final}/final-review`, { decision: 'reject', comment: '证书核验不符', version: 1 });
    expect(no.body).toMatchObject({ status: 'final_rejected', finalComment: '证书核验不符', allowedActions: [] });
  });
});
