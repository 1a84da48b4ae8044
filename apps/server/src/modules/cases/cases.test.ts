import { plusDays } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { today } from '../workers/worker-status.ts';
import { makeCase } from './cases.fixtures.ts';
import { COMMUNITY, caseworkWorld, clientAt, clientOfA, intakeBody, NEEDS, type World } from './casework.setup.ts';

let t: TestApp;
let w: World;
const now = today();
type Reply = { status: number; body: { error: { code: string; message: string; fields: { path: string; message: string }[] } } };
const fields = (reply: Reply) => reply.body.error.fields.map((f) => f.path);

beforeAll(async () => {
  t = await startTestApp();
  w = await caseworkWorld(t);
});
afterAll(() => t.close());

/** A case of organisation A at the given stage, as its worker would have left it. */
const caseAt = async (stage: 'intake' | 'assessment' | 'plan' | 'intervention' | 'evaluation', approval = 'none') => {
  const client = await clientOfA(w);
  return makeCase({
    regionCode: COMMUNITY,
    organisationId: w.orgA,
    clientId: client.id,
    stationId: w.stationA,
    stage,
    approval: approval as 'none',
    workerId: w.workerId,
    createdBy: w.worker.id,
    approvalRequestedBy: approval === 'pending' ? w.worker.id : undefined,
  });
};

describe('cases: denials and validation first', () => {
  it('another organisation’s worker, or another district, gets 404 on a case and does not list it', async () => {
    const { id } = await caseAt('intervention', 'approved');
    for (const other of [w.workerB, w.workerC, w.orgAdminB]) {
      expect((await other.client.get(`/api/cases/${id}`)).status).toBe(404);
      expect((await other.client.post(`/api/cases/${id}/notes`, { kind: 'note', occurredOn: now, content: 'x' })).status).toBe(404);
      const list = await other.client.get('/api/cases?pageSize=200');
      expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    }
  });

  it('intake: the client must be one the organisation serves, the station its own, the date not in the future', async () => {
    const theirs = await clientAt(w.orgB, w.stationB);
    const reply = await w.worker.client.post(
      '/api/cases',
      intakeBody(w, theirs.id, now, { stationId: w.stationB, intakeOn: plusDays(now, 1) }),
    );
    expect(reply.status).toBe(400);
    expect(fields(reply)).toEqual(['clientId', 'stationId', 'intakeOn']);
    expect(reply.body.error.fields[0]?.message).toBe('服务对象：服务对象不存在或不在您的服务范围内');
    const bad = await w.worker.client.post('/api/cases', { ...intakeBody(w, theirs.id, now), source: 'walk_in', riskLevel: 'extreme' });
    expect(fields(bad)).toEqual(['source', 'riskLevel']);
  });

  it('intake: the supervisor is a supervisor of the organisation and not the person taking the case', async () => {
    const client = await clientOfA(w);
    const self = await w.worker.client.post('/api/cases', intakeBody(w, client.id, now, { supervisorUserId: w.worker.id }));
    expect(self.body.error.fields).toEqual([{ path: 'supervisorUserId', message: '督导：不能指定自己为督导：计划和结案须由他人审批' }]);
    const colleague = await w.worker.client.post('/api/cases', intakeBody(w, client.id, now, { supervisorUserId: w.colleague.id }));
    expect(fields(colleague)).toEqual(['supervisorUserId']);
    const otherWorker = await makeUser({ roles: ['worker'], regionCode: COMMUNITY, organisationId: w.orgB });
    const wrong = await w.worker.client.post('/api/cases', intakeBody(w, client.id, now, { workerId: otherWorker.id }));
    expect(fields(wrong)).toEqual(['workerId']);
  });

  it('stages cannot be skipped: 409 naming the stage', async () => {
    const { id } = await caseAt('intake');
    const plan = await w.worker.client.post(`/api/cases/${id}/plan`, {
      goals: [{ description: '恢复独立出行', targetDate: now }],
      nextReviewOn: now,
      version: 1,
    });
    expect(plan.status).toBe(409);
    expect(plan.body.error.message).toBe('个案当前处于“接案”阶段，不能执行此操作');
    expect((await w.worker.client.post(`/api/cases/${id}/evaluation`, { goalOutcomes: [], summary: 'x', version: 1 })).status).toBe(409);
    expect((await w.worker.client.post(`/api/cases/${id}/closure`, { reason: 'goals_met', outcome: 'x', version: 1 })).status).toBe(409);
    expect((await w.supervisor.client.post(`/api/cases/${id}/plan/approve`, { version: 1 })).status).toBe(409);
    const assessing = await caseAt('assessment');
    expect((await w.worker.client.post(`/api/cases/${assessing.id}/decline`, { reason: '不符合', version: 1 })).status).toBe(409);
    const intervention = await caseAt('intervention', 'approved');
    expect((await w.worker.client.post(`/api/cases/${intervention.id}/reopen`, { reason: 'x', version: 1 })).status).toBe(409);
    expect(
      (await w.worker.client.post(`/api/cases/${intervention.id}/closure`, { reason: 'goals_met', outcome: 'x', version: 1 })).status,
    ).toBe(409);
  });

  it('no visit, service or resource before the plan is signed off; a plain note is fine', async () => {
    const { id } = await caseAt('plan', 'pending');
    const visit = await w.worker.client.post(`/api/cases/${id}/notes`, {
      kind: 'visit',
      occurredOn: now,
      mode: 'home_visit',
      content: '入户',
    });
    expect(visit.status).toBe(400);
    expect(fields(visit)).toEqual(['kind']);
    expect(visit.body.error.fields[0]?.message).toMatch(/：服务计划经督导审批后才能记录探访、服务和资源链接$/);
    expect((await w.worker.client.post(`/api/cases/${id}/notes`, { kind: 'service', occurredOn: now, content: '送餐' })).status).toBe(400);
    expect((await w.worker.client.post(`/api/cases/${id}/notes`, { kind: 'note', occurredOn: now, content: '电话联系家属' })).status).toBe(
      201,
    );
  });

  it('nobody signs off their own case: not its worker, its creator, nor whoever asked', async () => {
    // A supervisor who also carries cases takes one, submits the plan, and may not approve it.
    const both = await makeUser({ roles: ['worker', 'supervisor'], regionCode: '440105008000', organisationId: w.orgA });
    const self = t.client();
    await self.login(both.username, both.password);
    const client = await clientOfA(w);
    const created = await self.post('/api/cases', intakeBody(w, client.id, now, { workerId: undefined }));
    expect(created.status).toBe(201);
    const id = created.body.id;
    await self.post(`/api/cases/${id}/assessment`, { assessment: { needs: NEEDS, risks: '', strengths: '' }, version: 1 });
    const submitted = await self.post(`/api/cases/${id}/plan`, {
      goals: [{ description: '按时服药', targetDate: now }],
      nextReviewOn: now,
      version: 2,
    });
    expect(submitted.body).toMatchObject({ stage: 'plan', approval: 'pending' });
    expect(submitted.body.allowedActions).not.toContain('approve_plan');
    expect((await self.post(`/api/cases/${id}/plan/approve`, { version: 3 })).status).toBe(403);
    expect((await self.post(`/api/cases/${id}/plan/return`, { comment: '自己退回', version: 3 })).status).toBe(403);
    // The case's worker, now a supervisor too, may not approve a plan of their own case either.
    const pending = await caseAt('plan', 'pending');
    const asSupervisor = await makeUser({ roles: ['supervisor'], regionCode: '440105000000', organisationId: w.orgA });
    const other = await makeCase({
      ...{ regionCode: COMMUNITY, organisationId: w.orgA },
      stage: 'plan',
      approval: 'pending',
      createdBy: asSupervisor.id,
    });
    const sup = t.client();
    await sup.login(asSupervisor.username, asSupervisor.password);
    expect((await sup.post(`/api/cases/${other.id}/plan/approve`, { version: 1 })).status).toBe(403);
    expect((await sup.post(`/api/cases/${pending.id}/plan/approve`, { version: 1 })).status).toBe(200);
  });

  it('a supervisor signs off only cases naming them, or naming nobody in their organisation', async () => {
    const named = await makeUser({ roles: ['supervisor'], regionCode: '440105000000', organisationId: w.orgA });
    const c = await makeCase({
      regionCode: COMMUNITY,
      organisationId: w.orgA,
      stage: 'plan',
      approval: 'pending',
      supervisorUserId: named.id,
    });
    const reply = await w.supervisor.client.post(`/api/cases/${c.id}/plan/approve`, { version: 1 });
    expect(reply.status).toBe(403);
    const detail = await w.supervisor.client.get(`/api/cases/${c.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.allowedActions).toEqual([]);
  });

  it('a return needs a comment; a stale version is a conflict; workers do not sign off', async () => {
    const { id } = await caseAt('plan', 'pending');
    const bare = await w.supervisor.client.post(`/api/cases/${id}/plan/return`, { version: 1 });
    expect(bare.body.error.fields).toEqual([{ path: 'comment', message: '意见：请填写意见，机构需要知道原因' }]);
    expect((await w.supervisor.client.post(`/api/cases/${id}/plan/approve`, { version: 7 })).body.error.code).toBe('version_conflict');
    expect((await w.colleague.client.post(`/api/cases/${id}/plan/approve`, { version: 1 })).status).toBe(403);
    expect((await w.supervisor.client.post(`/api/cases/${id}/notes`, { kind: 'note', occurredOn: now, content: 'x' })).status).toBe(403);
  });

  it('two intakes at once get consecutive numbers of the organisation’s year, headed by the district', async () => {
    const [a, b] = await Promise.all([clientOfA(w), clientOfA(w)]);
    const replies = await Promise.all([a, b].map((c) => w.worker.client.post('/api/cases', intakeBody(w, c.id, now))));
    expect(replies.map((r) => r.status)).toEqual([201, 201]);
    const numbers = replies.map((r) => r.body.caseNo as string).sort();
    const year = now.slice(0, 4);
    expect(numbers[0]).toMatch(new RegExp(`^HZ-${year}-\\d{6}$`));
    expect(Number(numbers[1]?.slice(-6)) - Number(numbers[0]?.slice(-6))).toBe(1);
    // Another organisation's numbers run on their own.
    const theirs = await clientAt(w.orgB, w.stationB);
    const b1 = await w.workerB.client.post('/api/cases', intakeBody(w, theirs.id, now, { stationId: w.stationB, workerId: undefined }));
    expect(b1.body.caseNo).toBe(`HZ-${year}-000001`);
  });
});
