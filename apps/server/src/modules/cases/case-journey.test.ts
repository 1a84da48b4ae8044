import { plusDays } from '@shegong/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { q } from '../../platform/db/tx.ts';
import { today } from '../workers/worker-status.ts';
import { auditCount, COMMUNITY, caseworkWorld, clientOfA, intakeBody, ledgerRowsOf, NEEDS, type World } from './casework.setup.ts';

let t: TestApp;
let w: World;
const now = today();
const yesterday = plusDays(now, -1);

beforeAll(async () => {
  t = await startTestApp();
  w = await caseworkWorld(t);
});
afterAll(() => t.close());

/** The rollup the ledger trigger keeps must agree with the rows after every edit. */
async function rollupAgrees(stationId: string): Promise<void> {
  const rows = await q().execute(sql`select
    (select coalesce(sum(person_times), 0)::int from service_records where station_id = ${stationId}) as rows,
    (select coalesce(sum(person_times), 0)::int from rollup_station_day where station_id = ${stationId}) as rollup`);
  const [r] = (rows as unknown as { rows: { rows: number; rollup: number }[] }).rows;
  expect(r?.rollup).toBe(r?.rows);
}

describe('case journey', () => {
  it('intake → assessment → plan → sign-off → visits in the ledger → evaluation → closure sign-off → closed → reopen', async () => {
    const client = await clientOfA(w, { name: '梁桂英', riskLevel: 'high' });
    const worker = w.worker.client;
    const created = await worker.post('/api/cases', intakeBody(w, client.id, now));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ stage: 'intake', approval: 'none', source: 'outreach', riskLevel: 'high', workerName: '何小芳' });
    expect(created.body.allowedActions).toEqual(['assess', 'decline', 'record', 'refer']);
    const id: string = created.body.id;

    const assessed = await worker.post(`/api/cases/${id}/assessment`, {
      assessment: { needs: { ...NEEDS, health: { level: 'high', notes: '髋部骨折术后' } }, risks: '再次跌倒', strengths: '女儿每周探望' },
      version: 1,
    });
    expect(assessed.body).toMatchObject({ stage: 'assessment', assessment: { risks: '再次跌倒' } });

    const goals = [
      { description: '三个月内恢复独立行走', targetDate: plusDays(now, 90) },
      { description: '建立邻里互助', targetDate: plusDays(now, 60) },
    ];
    const plan = await worker.post(`/api/cases/${id}/plan`, { goals, nextReviewOn: plusDays(now, 14), version: 2 });
    expect(plan.body).toMatchObject({ stage: 'plan', approval: 'pending', nextReviewOn: plusDays(now, 14) });
    expect(plan.body.allowedActions).toEqual(['record', 'refer']);
    const review = await w.supervisor.client.get(`/api/cases/${id}`);
    expect(review.body.allowedActions).toEqual(['approve_plan', 'return_plan']);

    const returned = await w.supervisor.client.post(`/api/cases/${id}/plan/return`, { comment: '目标需可量化', version: 3 });
    expect(returned.body).toMatchObject({ stage: 'plan', approval: 'returned', approvalComment: '目标需可量化' });
    const resubmitted = await worker.post(`/api/cases/${id}/plan`, { goals, nextReviewOn: plusDays(now, 14), version: 4 });
    expect(resubmitted.body).toMatchObject({ approval: 'pending', approvalComment: null });
    expect(resubmitted.body.goals).toHaveLength(2);
    const approved = await w.supervisor.client.post(`/api/cases/${id}/plan/approve`, { comment: '同意', version: 5 });
    expect(approved.body).toMatchObject({ stage: 'intervention', approval: 'approved' });

    // Each visit and service writes exactly one ledger row at the client's community; a visit pushes the review.
    const visit = await worker.post(`/api/cases/${id}/notes`, {
      kind: 'visit',
      occurredOn: now,
      mode: 'home_visit',
      place: '服务对象家中',
      durationMinutes: 60,
      content: '协助康复训练，情绪较前好转',
    });
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({ kind: 'visit', authorName: expect.any(String), allowedActions: ['update'] });
    const service = await worker.post(`/api/cases/${id}/notes`, {
      kind: 'service',
      occurredOn: yesterday,
      serviceType: '助餐',
      content: '送餐上门',
    });
    await worker.post(`/api/cases/${id}/notes`, { kind: 'note', occurredOn: now, content: '与女儿电话沟通' });
    await worker.post(`/api/cases/${id}/notes`, { kind: 'resource', occurredOn: now, content: '链接街道长者饭堂' });
    let rows = await ledgerRowsOf(id);
    expect(rows.map((r) => [r.kind, r.servedOn, r.personTimes, r.regionCode, r.stationId, r.clientId, r.workerId, r.content])).toEqual([
      ['case_service', yesterday, 1, COMMUNITY, w.stationA, client.id, w.workerId, null],
      ['case_visit', now, 1, COMMUNITY, w.stationA, client.id, w.workerId, null],
    ]);
    expect((await worker.get(`/api/cases/${id}`)).body.nextReviewOn).toBe(plusDays(now, 30));
    await rollupAgrees(w.stationA);

    // Correcting a note moves its ledger row; turning it into a plain note removes the row; only the author edits.
    const edit = (noteId: string, body: Record<string, unknown>) => worker.patch(`/api/case-notes/${noteId}`, body);
    expect(
      (await w.colleague.client.patch(`/api/case-notes/${visit.body.id}`, { kind: 'note', occurredOn: now, content: 'x', version: 1 }))
        .status,
    ).toBe(403);
    expect((await edit(visit.body.id, { kind: 'note', occurredOn: now, content: '改为记录', version: 1 })).body.kind).toBe('note');
    expect((await ledgerRowsOf(id)).map((r) => r.kind)).toEqual(['case_service']);
    await edit(visit.body.id, { kind: 'visit', occurredOn: yesterday, mode: 'phone', content: '电话探访', version: 2 });
    expect((await edit(visit.body.id, { kind: 'visit', occurredOn: now, content: 'x', version: 2 })).status).toBe(409);
    rows = await ledgerRowsOf(id);
    expect(rows.map((r) => [r.kind, r.servedOn])).toEqual([
      ['case_service', yesterday],
      ['case_visit', yesterday],
    ]);
    expect((await worker.delete(`/api/case-notes/${service.body.id}?version=1`)).status).toBe(204);
    expect((await ledgerRowsOf(id)).map((r) => r.kind)).toEqual(['case_visit']);
    await rollupAgrees(w.stationA);

    const detail = await worker.get(`/api/cases/${id}`);
    const goalIds = detail.body.goals.map((g: { id: string }) => g.id);
    const partial = await worker.post(`/api/cases/${id}/evaluation`, {
      goalOutcomes: [{ goalId: goalIds[0], status: 'achieved' }],
      summary: 'x',
      version: 6,
    });
    expect(partial.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['goalOutcomes']);
    const evaluated = await worker.post(`/api/cases/${id}/evaluation`, {
      goalOutcomes: [
        { goalId: goalIds[0], status: 'achieved' },
        { goalId: goalIds[1], status: 'partly' },
      ],
      summary: '可独立行走，邻里互助初步建立',
      version: 6,
    });
    expect(evaluated.body).toMatchObject({ stage: 'evaluation', evaluation: { summary: '可独立行走，邻里互助初步建立' } });
    expect(evaluated.body.goals.map((g: { status: string }) => g.status)).toEqual(['achieved', 'partly']);

    const closing = await worker.post(`/api/cases/${id}/closure`, { reason: 'goals_met', outcome: '目标基本达成', version: 7 });
    expect(closing.body).toMatchObject({ stage: 'evaluation', approval: 'pending', closureReason: 'goals_met' });
    expect((await worker.post(`/api/cases/${id}/closure/approve`, { version: 8 })).status).toBe(403);
    const closed = await w.supervisor.client.post(`/api/cases/${id}/closure/approve`, { version: 8 });
    expect(closed.body).toMatchObject({ stage: 'closed', approval: 'approved', closedOn: now, nextReviewOn: null });
    const late = await worker.post(`/api/cases/${id}/notes`, { kind: 'note', occurredOn: now, content: 'x' });
    expect(late.body.error.fields[0].message).toMatch(/已结案或不接案/);
    expect((await worker.get(`/api/cases/${id}`)).body.allowedActions).toEqual(['reopen']);

    const reopened = await worker.post(`/api/cases/${id}/reopen`, { reason: '再次跌倒入院', version: 9 });
    expect(reopened.body).toMatchObject({ stage: 'assessment', approval: 'none', closedOn: null, closureReason: null });
    expect(reopened.body.events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'assess',
      'submit_plan',
      'return_plan',
      'submit_plan',
      'approve_plan',
      'evaluate',
      'request_closure',
      'approve_closure',
      'reopen',
    ]);
    expect(await auditCount('case.approve_closure', id)).toBe(1);
  });

  it('two visits saved at once both reach the ledger', async () => {
    const client = await clientOfA(w);
    const { body } = await w.worker.client.post('/api/cases', intakeBody(w, client.id, now));
    await w.worker.client.post(`/api/cases/${body.id}/assessment`, { assessment: { needs: NEEDS, risks: '', strengths: '' }, version: 1 });
    await w.worker.client.post(`/api/cases/${body.id}/plan`, {
      goals: [{ description: '按时服药', targetDate: now }],
      nextReviewOn: now,
      version: 2,
    });
    await w.supervisor.client.post(`/api/cases/${body.id}/plan/approve`, { version: 3 });
    const visit = (client: typeof w.worker.client) =>
      client.post(`/api/cases/${body.id}/notes`, { kind: 'visit', occurredOn: now, mode: 'home_visit', content: '探访' });
    const replies = await Promise.all([visit(w.worker.client), visit(w.colleague.client), visit(w.worker.client)]);
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(await ledgerRowsOf(body.id)).toHaveLength(3);
  });

  it('records a decline at intake with its reason', async () => {
    const client = await clientOfA(w);
    const reply = await w.worker.client.post('/api/cases', intakeBody(w, client.id, now, { declinedReason: '服务对象拒绝服务' }));
    expect(reply.body).toMatchObject({ stage: 'declined', declinedReason: '服务对象拒绝服务', allowedActions: [] });
    expect(reply.body.events.map((e: { action: string }) => e.action)).toEqual(['create', 'decline']);
  });

  it('every read is audited; the bureau sees the client’s name masked and no notes', async () => {
    const client = await clientOfA(w, { name: '欧阳秀兰' });
    const { body } = await w.worker.client.post('/api/cases', intakeBody(w, client.id, now));
    await w.worker.client.post(`/api/cases/${body.id}/notes`, { kind: 'note', occurredOn: now, content: '初次接触，情绪激动' });
    const own = await w.worker.client.get(`/api/cases/${body.id}`);
    expect(own.body).toMatchObject({ clientName: '欧阳秀兰', noteCount: 1 });
    const bureau = await w.district.client.get(`/api/cases/${body.id}`);
    expect(bureau.body).toMatchObject({ clientName: '欧***', notes: [], noteCount: 1 });
    expect(bureau.text).not.toContain('情绪激动');
    expect(await auditCount('case.read', body.id)).toBe(2);
  });

  it('lists by stage, risk, overdue review and finds a case by client pinyin or case number', async () => {
    const client = await clientOfA(w, { name: '司徒志强' });
    const { body } = await w.worker.client.post('/api/cases', intakeBody(w, client.id, now, { riskLevel: 'medium' }));
    const ids = async (query: string) =>
      (await w.worker.client.get(`/api/cases?pageSize=200&${query}`)).body.items.map((c: { id: string }) => c.id);
    expect(await ids('q=situzhiqiang')).toEqual([body.id]);
    expect(await ids('q=stzq')).toEqual([body.id]);
    expect(await ids(`q=${body.caseNo}`)).toEqual([body.id]);
    expect(await ids('stage=intake&riskLevel=medium')).toContain(body.id);
    expect(await ids('stage=closed')).not.toContain(body.id);
    expect(await ids('overdue=true')).not.toContain(body.id);
    const bad = await w.worker.client.get('/api/cases?stage=finished');
    expect(bad.status).toBe(400);
  });
});
