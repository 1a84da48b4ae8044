import { plusDays, plusMonths } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeRegistration } from '../registrations/registrations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { today } from './worker-status.ts';
import { makeWorker } from './workers.fixtures.ts';

let t: TestApp;
let district: Client;
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
const course = (over: Record<string, unknown> = {}) => ({
  course: '个案管理实务',
  provider: '广州市社会工作协会',
  takenOn: now,
  hours: 6,
  ...over,
});
const byPath = (reply: { body: { error: { fields: { path: string; message: string }[] } } }) =>
  Object.fromEntries(reply.body.error.fields.map((f) => [f.path, f.message]));

/** A worker whose registration ends on `validUntil`, with `hours` recorded inside the period. */
async function workerWith(validUntil: string | null, hours: number, level: 'assistant' | 'intermediate' = 'assistant') {
  const w = await makeWorker({ ...HERE, qualificationLevel: level });
  if (validUntil) {
    await makeRegistration({ workerId: w.id, status: 'issued', validFrom: plusDays(plusMonths(validUntil, -36), 1), validUntil });
  }
  if (hours > 0) {
    const takenOn = validUntil && validUntil < now ? plusMonths(validUntil, -1) : now;
    expect((await orgAdmin.post(`/api/workers/${w.id}/education`, course({ hours, takenOn }))).status).toBe(201);
  }
  return w.id;
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrganisation({ regionCode: '440105008000' });
  orgB = await makeOrganisation({ regionCode: '440105001000' });
  HERE.organisationId = orgA;
  district = await login(await makeUser({ roles: ['district_admin'], regionCode: '440105000000' }));
  orgAdmin = await login(await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA }));
  orgAdminB = await login(await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgB }));
});
afterAll(() => t.close());

describe('continuing education: denials and validation first', () => {
  it('checks hours (more than 0, at most 100, one decimal), the date and the course', async () => {
    const w = await makeWorker(HERE);
    const url = `/api/workers/${w.id}/education`;
    expect(byPath(await orgAdmin.post(url, course({ hours: 0 }))).hours).toBe('学时：学时须大于 0');
    expect(byPath(await orgAdmin.post(url, course({ hours: 100.5 }))).hours).toBe('学时：不能大于 100');
    expect(byPath(await orgAdmin.post(url, course({ hours: 2.55 }))).hours).toBe('学时：学时最多保留一位小数');
    expect(byPath(await orgAdmin.post(url, course({ takenOn: plusDays(now, 1) }))).takenOn).toBe('学习日期：日期不能晚于今天');
    expect(byPath(await orgAdmin.post(url, course({ course: '' }))).course).toBe('课程名称：必填');
  });

  it('a social worker records their own hours only; the bureau records none; another organisation’s worker is not found', async () => {
    const account = await makeUser({ roles: ['worker'], regionCode: '440105008000', organisationId: orgA });
    const self = await makeWorker({ ...HERE, userId: account.id });
    const colleague = await makeWorker(HERE);
    const client = await login(account);
    expect((await client.post(`/api/workers/${colleague.id}/education`, course())).status).toBe(403);
    expect((await client.post(`/api/workers/${self.id}/education`, course({ hours: 2.5 }))).status).toBe(201);
    expect((await district.post(`/api/workers/${self.id}/education`, course())).status).toBe(403);
    expect((await orgAdminB.post(`/api/workers/${self.id}/education`, course())).status).toBe(404);
    expect((await orgAdminB.get(`/api/workers/${self.id}/education`)).status).toBe(404);
  });
});

describe('continuing-education totals and states', () => {
  it('counts the hours inside the current registration period only', async () => {
    const w = await makeWorker(HERE);
    const validUntil = plusMonths(now, 20);
    const validFrom = plusDays(plusMonths(validUntil, -36), 1);
    await makeRegistration({ workerId: w.id, status: 'issued', validFrom, validUntil });
    await orgAdmin.post(`/api/workers/${w.id}/education`, course({ hours: 12.5 }));
    await orgAdmin.post(`/api/workers/${w.id}/education`, course({ hours: 0.3, takenOn: validFrom }));
    await orgAdmin.post(`/api/workers/${w.id}/education`, course({ hours: 40, takenOn: plusDays(validFrom, -1) }));
    const reply = await orgAdmin.get(`/api/workers/${w.id}/education`);
    expect(reply.body.summary).toEqual({ periodFrom: validFrom, periodTo: validUntil, hours: 12.8, required: 72, state: 'on_track' });
    expect(reply.body.records.map((r: { hours: number; counts: boolean }) => [r.hours, r.counts])).toEqual([
      [12.5, true],
      [0.3, true],
      [40, false],
    ]);
  });

  it('met, on track, at risk and lapsed, by level; the list filter agrees with the record', async () => {
    const cases = {
      met: await workerWith(plusMonths(now, 2), 72),
      atRisk: await workerWith(plusMonths(now, 5), 71.9),
      onTrack: await workerWith(plusMonths(now, 7), 10),
      lapsed: await workerWith(plusDays(now, -1), 30),
      noRegistration: await workerWith(null, 20),
      intermediateShort: await workerWith(plusMonths(now, 4), 80, 'intermediate'),
    };
    const states: Record<string, string> = {};
    for (const [name, id] of Object.entries(cases))
      states[name] = (await orgAdmin.get(`/api/workers/${id}`)).body.continuingEducation.state;
    expect(states).toEqual({
      met: 'met',
      atRisk: 'at_risk',
      onTrack: 'on_track',
      lapsed: 'lapsed',
      noRegistration: 'on_track',
      intermediateShort: 'at_risk',
    });
    for (const state of ['met', 'on_track', 'at_risk', 'lapsed']) {
      const listed = await orgAdmin.get(`/api/workers?educationState=${state}&pageSize=200`);
      const ids = new Set(listed.body.items.map((w: { id: string }) => w.id));
      for (const [name, id] of Object.entries(cases)) expect(ids.has(id), `${name} in ${state}`).toBe(states[name] === state);
    }
  });

  it('lists the workers who will not make it for the bureau, soonest deadline first, within scope', async () => {
    const later = await workerWith(plusMonths(now, 5), 0);
    const sooner = await workerWith(plusMonths(now, 1), 3);
    const theirs = await makeWorker({ organisationId: orgB, regionCode: '440105001000' });
    await makeRegistration({ workerId: theirs.id, status: 'issued', validFrom: plusMonths(now, -30), validUntil: plusMonths(now, 6) });
    const alerts = await district.get('/api/workers/education-alerts?pageSize=200');
    expect(alerts.status).toBe(200);
    const ids = alerts.body.items.map((w: { id: string }) => w.id);
    expect(ids).toEqual(expect.arrayContaining([sooner, later, theirs.id]));
    expect(ids.indexOf(sooner)).toBeLessThan(ids.indexOf(later));
    for (const w of alerts.body.items) expect(['at_risk', 'lapsed']).toContain(w.continuingEducation.state);
    const mine = await orgAdmin.get('/api/workers/education-alerts?state=at_risk&pageSize=200');
    expect(mine.body.items.map((w: { id: string }) => w.id)).not.toContain(theirs.id);
  });
});
