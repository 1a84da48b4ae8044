import { uuidv7 } from '@shegong/core';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { clientCategoryHoldings, clientShares } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { caseworkWorld, clientOfA, intakeBody, NEEDS, OTHER_TOWN, type World } from '../cases/casework.setup.ts';
import { today } from '../workers/worker-status.ts';

let t: TestApp;
let w: World;
const now = today();

beforeAll(async () => {
  t = await startTestApp();
  w = await caseworkWorld(t);
});
afterAll(() => t.close());

/** A case of organisation A in intervention (a visit recorded), for a client holding 低保. */
async function caseInIntervention(name = '梁桂英') {
  const client = await clientOfA(w, { name });
  await q()
    .insert(clientCategoryHoldings)
    .values({ id: uuidv7(), clientId: client.id, categoryCode: 'dibao', effectiveFrom: '2020-01-01' });
  const worker = w.worker.client;
  const { body } = await worker.post('/api/cases', intakeBody(w, client.id, now));
  await worker.post(`/api/cases/${body.id}/assessment`, { assessment: { needs: NEEDS, risks: '', strengths: '' }, version: 1 });
  await worker.post(`/api/cases/${body.id}/plan`, { goals: [{ description: '稳定居住', targetDate: now }], nextReviewOn: now, version: 2 });
  await w.supervisor.client.post(`/api/cases/${body.id}/plan/approve`, { version: 3 });
  await worker.post(`/api/cases/${body.id}/notes`, { kind: 'visit', occurredOn: now, mode: 'home_visit', content: '了解搬迁安排' });
  return { caseId: body.id as string, caseNo: body.caseNo as string, clientId: client.id };
}

const refer = (caseId: string, toStationId: string) =>
  w.worker.client.post(`/api/cases/${caseId}/referrals`, { toStationId, reason: '服务对象搬至女儿家，需就近跟进' });

describe('referrals: denials and validation first', () => {
  it('refuses an unknown station, the case’s own station, a second open referral and a closed case', async () => {
    const { caseId } = await caseInIntervention();
    const unknown = await refer(caseId, uuidv7());
    expect(unknown.body.error.fields).toEqual([{ path: 'toStationId', message: '接收站点：接收站点不存在或已停用' }]);
    expect((await refer(caseId, w.stationA)).body.error.fields[0].path).toBe('toStationId');
    const both = await Promise.all([refer(caseId, w.stationB), refer(caseId, w.stationC)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 400]);
    expect(both.find((r) => r.status === 400)?.body.error.fields[0].message).toMatch(/已有待接收的转介/);
    const declined = await w.worker.client.post(
      '/api/cases',
      intakeBody(w, (await clientOfA(w)).id, now, { declinedReason: '不符合条件' }),
    );
    expect((await refer(declined.body.id, w.stationB)).status).toBe(409);
    expect((await w.supervisor.client.post(`/api/cases/${caseId}/referrals`, { toStationId: w.stationB, reason: 'x' })).status).toBe(403);
  });

  it('the receiver sees only a masked name, age, categories and the reason until it accepts', async () => {
    const { caseId, caseNo, clientId } = await caseInIntervention('梁桂英');
    const sent = await refer(caseId, w.stationB);
    expect(sent.body).toMatchObject({ direction: 'out', caseId, caseNo, client: { id: clientId, name: '梁桂英', categories: ['低保'] } });
    const seen = await w.workerB.client.get(`/api/referrals/${sent.body.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      direction: 'in',
      status: 'pending',
      reason: '服务对象搬至女儿家，需就近跟进',
      caseId: null,
      caseNo: null,
      newCaseId: null,
      client: { id: null, name: '梁**', age: expect.any(Number), gender: null, categories: ['低保'] },
      allowedActions: ['respond'],
    });
    for (const secret of ['梁桂英', clientId, caseId, caseNo]) expect(seen.text).not.toContain(secret);
    expect((await w.workerB.client.get(`/api/cases/${caseId}`)).status).toBe(404);
    const incoming = await w.workerB.client.get('/api/referrals?direction=in&status=pending');
    expect(incoming.body.items.map((r: { id: string }) => r.id)).toContain(sent.body.id);
    expect(incoming.text).not.toContain('梁桂英');
  });

  it('only the receiving side answers; another district does not see the referral at all', async () => {
    const { caseId } = await caseInIntervention();
    const { body } = await refer(caseId, w.stationB);
    expect((await w.worker.client.post(`/api/referrals/${body.id}/accept`, {})).status).toBe(403);
    expect((await w.district.client.post(`/api/referrals/${body.id}/accept`, {})).status).toBe(403);
    expect((await w.district.client.get(`/api/referrals/${body.id}`)).status).toBe(200);
    expect((await w.workerC.client.get(`/api/referrals/${body.id}`)).status).toBe(404);
    expect((await w.workerC.client.post(`/api/referrals/${body.id}/reject`, { comment: 'x' })).status).toBe(404);
    expect((await w.workerB.client.post(`/api/referrals/${body.id}/reject`, { comment: '' })).body.error.fields[0].path).toBe('comment');
  });
});

describe('referral workflow', () => {
  it('accept: a case opens at the receiving station, the client is shared, the sender keeps its own history', async () => {
    const { caseId, clientId } = await caseInIntervention('冼玉珍');
    const { body: referral } = await refer(caseId, w.stationB);
    const accepted = await w.workerB.client.post(`/api/referrals/${referral.id}/accept`, { comment: '已安排社工跟进' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', client: { id: clientId, name: '冼玉珍' }, allowedActions: [] });
    const newCaseId = accepted.body.newCaseId;
    expect((await w.workerB.client.post(`/api/referrals/${referral.id}/accept`, {})).status).toBe(409);

    const opened = await w.workerB.client.get(`/api/cases/${newCaseId}`);
    expect(opened.body).toMatchObject({
      stage: 'intake',
      source: 'referral_in',
      stationId: w.stationB,
      organisationId: w.orgB,
      clientName: '冼玉珍',
    });
    expect(opened.body.presentingProblem).toBe('服务对象搬至女儿家，需就近跟进');
    const shares = await q().select().from(clientShares).where(eq(clientShares.clientId, clientId));
    expect(shares.map((s) => [s.organisationId, s.access]).sort()).toEqual(
      [
        [w.orgA, 'history'],
        [w.orgB, 'full'],
      ].sort(),
    );
    // The receiver may now take further cases for the client; the sender never sees the new case.
    expect(
      (await w.workerB.client.post('/api/cases', intakeBody(w, clientId, now, { stationId: w.stationB, workerId: undefined }))).status,
    ).toBe(201);
    expect((await w.worker.client.get(`/api/cases/${newCaseId}`)).status).toBe(404);

    // The sender still reads its own case with its notes, and closes it as referred.
    const history = await w.worker.client.get(`/api/cases/${caseId}`);
    expect(history.status).toBe(200);
    expect(history.body.notes.map((n: { content: string }) => n.content)).toEqual(['了解搬迁安排']);
    expect(history.body.events.map((e: { action: string }) => e.action).slice(-2)).toEqual(['refer', 'referral_accepted']);
    expect((await w.workerB.client.get(`/api/cases/${caseId}`)).status).toBe(404);
    const evaluated = await w.worker.client.post(`/api/cases/${caseId}/evaluation`, {
      goalOutcomes: history.body.goals.map((g: { id: string }) => ({ goalId: g.id, status: 'partly' })),
      summary: '已转介接收方跟进',
      version: history.body.version,
    });
    const wrong = await w.worker.client.post(`/api/cases/${caseId}/closure`, {
      reason: 'goals_met',
      outcome: 'x',
      version: evaluated.body.version,
    });
    expect(wrong.body.error.fields).toEqual([{ path: 'reason', message: expect.stringMatching(/结案原因应为“已转介”/) }]);
    const closing = await w.worker.client.post(`/api/cases/${caseId}/closure`, {
      reason: 'referred',
      outcome: '已由南华西街第二社工站接收',
      version: evaluated.body.version,
    });
    expect(closing.body).toMatchObject({ approval: 'pending', closureReason: 'referred' });
  });

  it('reject: the sender reads the comment on its case and may refer elsewhere', async () => {
    const { caseId } = await caseInIntervention();
    const { body: referral } = await refer(caseId, w.stationB);
    const rejected = await w.orgAdminB.client.post(`/api/referrals/${referral.id}/reject`, { comment: '本站暂无长者服务名额' });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      responseComment: '本站暂无长者服务名额',
      client: { id: null, name: '梁**' },
    });
    const sender = await w.worker.client.get(`/api/referrals/${referral.id}`);
    expect(sender.body).toMatchObject({ status: 'rejected', responseComment: '本站暂无长者服务名额', caseId });
    const events = (await w.worker.client.get(`/api/cases/${caseId}`)).body.events;
    expect(events.at(-1)).toMatchObject({ action: 'referral_rejected', comment: '本站暂无长者服务名额' });
    const shares = await q()
      .select()
      .from(clientShares)
      .where(and(eq(clientShares.organisationId, w.orgB)));
    expect(shares.map((s) => s.referralId)).not.toContain(referral.id);
    // Across districts: the new case sits at the receiving station, where its staff see it.
    const elsewhere = await refer(caseId, w.stationC);
    expect(elsewhere.status).toBe(201);
    const accepted = await w.workerC.client.post(`/api/referrals/${elsewhere.body.id}/accept`, {});
    const opened = await w.workerC.client.get(`/api/cases/${accepted.body.newCaseId}`);
    expect(opened.body).toMatchObject({ regionCode: OTHER_TOWN, stationId: w.stationC, caseNo: expect.stringMatching(/^TH-/) });
  });
});
