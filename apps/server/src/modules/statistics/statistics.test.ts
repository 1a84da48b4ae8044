import { plusDays, plusMonths } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeRegistration } from '../registrations/registrations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { today } from '../workers/worker-status.ts';
import { makeWorker } from '../workers/workers.fixtures.ts';

const HAIZHU = '440105000000';
const TIANHE = '440106000000';
const LIWAN = '440103000000';
const now = today();

let t: TestApp;
let city: Client;
let haizhu: Client;
let orgAdmin: Client;
let orgA: string;
let soonId: string;

const login = async (user: { username: string; password: string }) => {
  const client = t.client();
  await client.login(user.username, user.password);
  return client;
};
const district = (body: { byDistrict: { code: string }[] }, code: string) => body.byDistrict.find((d) => d.code === code);

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrganisation({ regionCode: '440105008000', name: '海珠测试社工中心' });
  const orgB = await makeOrganisation({ regionCode: '440106001000', name: '天河测试社工中心' });
  const orgC = await makeOrganisation({ regionCode: '440103001000', name: '荔湾测试社工中心' });
  const inHaizhu = { organisationId: orgA, regionCode: '440105008000' };
  // 海珠: two assistant, one intermediate, one without a qualification; 天河: one senior; 荔湾: one assistant.
  soonId = (await makeWorker({ ...inHaizhu, name: '快到期', qualificationLevel: 'assistant' })).id;
  const later = await makeWorker({ ...inHaizhu, qualificationLevel: 'assistant' });
  await makeWorker({ ...inHaizhu, qualificationLevel: 'intermediate' });
  await makeWorker({ ...inHaizhu, qualificationLevel: null, certificateNo: null });
  await makeWorker({ organisationId: orgB, regionCode: '440106001000', qualificationLevel: 'senior' });
  await makeWorker({ organisationId: orgC, regionCode: '440103001000', qualificationLevel: 'assistant' });
  // One registration ends inside the renewal window, another in two years.
  const soon = plusDays(now, 30);
  await makeRegistration({ workerId: soonId, status: 'issued', validFrom: plusDays(plusMonths(soon, -36), 1), validUntil: soon });
  const far = plusMonths(now, 24);
  await makeRegistration({ workerId: later.id, status: 'issued', validFrom: plusDays(plusMonths(far, -36), 1), validUntil: far });

  city = await login(await makeUser({ roles: ['city_admin'], regionCode: '440100000000' }));
  haizhu = await login(await makeUser({ roles: ['district_admin'], regionCode: HAIZHU }));
  orgAdmin = await login(await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA }));
  // Population is known for 海珠 and 天河 only.
  expect((await city.patch(`/api/regions/${HAIZHU}/population`, { population: 20_000 })).status).toBe(200);
  expect((await city.patch(`/api/regions/${TIANHE}/population`, { population: 10_000 })).status).toBe(200);
});
afterAll(() => t.close());

describe('workforce statistics', () => {
  it('counts workers by level, district and organisation for the city', async () => {
    const reply = await city.get('/api/statistics/workforce');
    expect(reply.status).toBe(200);
    const body = reply.body;
    expect(body.totals).toMatchObject({ workers: 6, certified: 5, organisations: 3, population: 30_000 });
    expect(body.byLevel).toEqual([
      { level: 'assistant', workers: 3 },
      { level: 'intermediate', workers: 1 },
      { level: 'senior', workers: 1 },
    ]);
    expect(district(body, HAIZHU)).toMatchObject({
      workers: 4,
      certified: 3,
      assistant: 2,
      intermediate: 1,
      senior: 0,
      organisations: 1,
      population: 20_000,
      certifiedPer10k: 1.5,
      meetsOrganisationTarget: false,
    });
    expect(district(body, TIANHE)).toMatchObject({ workers: 1, certified: 1, certifiedPer10k: 1 });
    expect(district(body, LIWAN)).toMatchObject({ workers: 1, certified: 1, population: null, certifiedPer10k: null });
    expect(body.byOrganisation[0]).toMatchObject({ id: orgA, name: '海珠测试社工中心', workers: 4, certified: 3 });
    expect(body.organisationTarget).toBe(5);
  });

  it('computes the per-capita figure only over districts whose population is known', async () => {
    const body = (await city.get('/api/statistics/workforce')).body;
    // 海珠 3 + 天河 1 certified over 30,000 residents; 荔湾's worker has no population to be counted against.
    expect(body.totals.certifiedPer10k).toBe(1.33);
  });

  it('lists registrations ending inside the renewal window, with the days left', async () => {
    const body = (await city.get('/api/statistics/workforce')).body;
    expect(body.expiring.registrations).toEqual([
      { workerId: soonId, workerName: '快到期', organisationName: '海珠测试社工中心', validUntil: plusDays(now, 30), daysLeft: 30 },
    ]);
  });

  it('keeps a district to its own district and organisations out', async () => {
    const own = (await haizhu.get('/api/statistics/workforce')).body;
    expect(own.byDistrict.map((d: { code: string }) => d.code)).toEqual([HAIZHU]);
    expect(own.totals).toMatchObject({ workers: 4, certified: 3, population: 20_000 });
    const other = await haizhu.get(`/api/statistics/workforce?regionCode=${TIANHE}`);
    expect(other.status).toBe(400);
    expect(other.body.error.fields[0].path).toBe('regionCode');
    // City-wide statistics are the bureau's: an organisation reads its own staff in the worker registry.
    expect((await orgAdmin.get('/api/statistics/workforce')).status).toBe(403);
  });

  it('lets only the city set a population, inside its own region, with a named field on bad input', async () => {
    expect((await haizhu.patch(`/api/regions/${HAIZHU}/population`, { population: 1 })).status).toBe(403);
    const bad = await city.patch(`/api/regions/${HAIZHU}/population`, { population: -5 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('population');
    expect((await city.patch('/api/regions/450100000000/population', { population: 1 })).status).toBe(404);
    expect((await city.get('/api/statistics/workforce')).body.totals.population).toBe(30_000);
  });
});
