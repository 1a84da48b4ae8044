import { plusDays, uuidv7 } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { caseGoals } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeCase, makeCaseNote } from '../cases/cases.fixtures.ts';
import { COMMUNITY, caseworkWorld, clientAt, clientOfA, type World } from '../cases/casework.setup.ts';
import { makeReferral } from '../referrals/referrals.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { today } from '../workers/worker-status.ts';
import { makeWorker } from '../workers/workers.fixtures.ts';

let t: TestApp;
let w: World;
const now = today();
const yesterday = plusDays(now, -1);
const ids = (items: { caseId: string }[]) => items.map((i) => i.caseId).sort();

beforeAll(async () => {
  t = await startTestApp();
  w = await caseworkWorld(t);
});
afterAll(() => t.close());

/** A case of organisation A in the community, for one of its workers. */
async function caseOf(workerId: string, values: Parameters<typeof makeCase>[0] extends infer P ? Partial<P> : never) {
  const client = await clientOfA(w);
  const made = await makeCase({
    regionCode: COMMUNITY,
    organisationId: w.orgA,
    clientId: client.id,
    stationId: w.stationA,
    workerId,
    ...values,
  });
  return made.id;
}

describe('tasks', () => {
  it('a worker’s today: overdue reviews, late goals, unvisited high-risk clients, returns, referrals to answer — its own only', async () => {
    const overdue = await caseOf(w.workerId, { stage: 'intervention', approval: 'approved', riskLevel: 'high', nextReviewOn: yesterday });
    await q().insert(caseGoals).values({ id: uuidv7(), caseId: overdue, description: '按时复诊', targetDate: yesterday });
    await q()
      .insert(caseGoals)
      .values({ id: uuidv7(), caseId: overdue, description: '已达成的目标', targetDate: yesterday, status: 'achieved' });
    const dueToday = await caseOf(w.workerId, { stage: 'intervention', approval: 'approved', riskLevel: 'high', nextReviewOn: now });
    await makeCaseNote(dueToday, { kind: 'visit', occurredOn: yesterday });
    const longAgo = await caseOf(w.workerId, { stage: 'evaluation', riskLevel: 'high', nextReviewOn: plusDays(now, 10) });
    await makeCaseNote(longAgo, { kind: 'visit', occurredOn: plusDays(now, -31) });
    const returned = await caseOf(w.workerId, { stage: 'plan', approval: 'returned' });
    // Not the worker's: a colleague's case, a closed case, a case of another organisation.
    const colleague = await makeWorker({ organisationId: w.orgA, regionCode: COMMUNITY });
    await caseOf(colleague.id, { stage: 'intervention', approval: 'approved', riskLevel: 'high', nextReviewOn: yesterday });
    await caseOf(w.workerId, { stage: 'closed', approval: 'approved', riskLevel: 'high', nextReviewOn: yesterday });
    const theirs = await clientAt(w.orgB, w.stationB);
    await makeCase({ regionCode: COMMUNITY, organisationId: w.orgB, clientId: theirs.id, stationId: w.stationB, nextReviewOn: yesterday });
    // A referral from organisation B to organisation A's area.
    const incoming = await makeReferral(
      { regionCode: COMMUNITY, organisationId: w.orgB },
      { regionCode: COMMUNITY, organisationId: w.orgA },
    );

    const reply = await w.worker.client.get('/api/tasks/today');
    expect(reply.status).toBe(200);
    const tasks = reply.body;
    expect(tasks.today).toBe(now);
    expect(tasks.reviews.map((r: { caseId: string; isOverdue: boolean }) => [r.caseId, r.isOverdue])).toEqual([
      [overdue, true],
      [dueToday, false],
    ]);
    expect(tasks.goals.map((g: { caseId: string; description: string }) => [g.caseId, g.description])).toEqual([[overdue, '按时复诊']]);
    expect(ids(tasks.unvisited)).toEqual([overdue, longAgo].sort());
    expect(tasks.unvisited.find((u: { caseId: string }) => u.caseId === longAgo).lastVisitOn).toBe(plusDays(now, -31));
    expect(ids(tasks.returned)).toEqual([returned]);
    expect(tasks.referrals.map((r: { referralId: string }) => r.referralId)).toEqual([incoming]);
    // Another organisation's worker sees none of it.
    const other = (await w.workerB.client.get('/api/tasks/today')).body;
    expect([...other.reviews, ...other.goals, ...other.unvisited, ...other.returned]).toEqual([]);
  });

  it('a supervisor’s overview: sign-offs waiting for it, never its own or another supervisor’s; overdue counts per worker', async () => {
    const planWaiting = await caseOf(w.workerId, {
      stage: 'plan',
      approval: 'pending',
      approvalRequestedBy: w.worker.id,
      createdBy: w.worker.id,
    });
    const closureWaiting = await caseOf(w.workerId, { stage: 'evaluation', approval: 'pending', approvalRequestedBy: w.worker.id });
    await caseOf(w.workerId, { stage: 'plan', approval: 'pending', approvalRequestedBy: w.supervisor.id });
    const someoneElse = await makeUser({ roles: ['supervisor'], regionCode: '440105000000', organisationId: w.orgA });
    await caseOf(w.workerId, { stage: 'plan', approval: 'pending', approvalRequestedBy: w.worker.id, supervisorUserId: someoneElse.id });

    const reply = await w.supervisor.client.get('/api/tasks/supervision');
    expect(reply.status).toBe(200);
    const approvals = reply.body.approvals.map((a: { caseId: string; kind: string }) => [a.caseId, a.kind]);
    expect(approvals).toEqual(
      expect.arrayContaining([
        [planWaiting, 'plan'],
        [closureWaiting, 'closure'],
      ]),
    );
    expect(approvals).toHaveLength(2);
    const mine = reply.body.workers.find((x: { workerName: string }) => x.workerName === '何小芳');
    // Four open cases from the first test (one overdue review, one late goal) and three here;
    // the case naming another supervisor is not this one's to oversee.
    expect(mine).toMatchObject({ openCases: 7, overdueReviews: 1, overdueGoals: 1 });
    expect((await w.worker.client.get('/api/tasks/supervision')).status).toBe(403);
  });
});
