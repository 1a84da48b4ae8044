import { isoWeekOf, localDateTime } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeAssignment } from '../staffing/staffing.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeWorker } from '../workers/workers.fixtures.ts';
import { makeCheckin } from './presence.fixtures.ts';

// 赤岗街道 (440105001): three communities of organisation A's station, one of organisation B's.
const C1 = '440105001101';
const C2 = '440105001102';
const C3 = '440105001103';
const C4 = '440105001104';
// 2026-W40 runs Monday 28 September to Sunday 4 October; W41 from 5 October.
const W40 = ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04'];
const W41 = ['2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-11'];

let t: TestApp;
let district: Client;
let orgAdmin: Client;
let stationA: string;

async function login(values: Parameters<typeof makeUser>[0]): Promise<Client> {
  const user = await makeUser(values);
  const client = t.client();
  await client.login(user.username, user.password);
  return client;
}

beforeAll(async () => {
  t = await startTestApp();
  const orgA = await makeOrganisation({ regionCode: '440105001000' });
  const orgB = await makeOrganisation({ regionCode: '440105001000' });
  stationA = await makeStation({ regionCode: '440105001000', organisationId: orgA, name: '赤岗街社工站' });
  const stationB = await makeStation({ regionCode: '440105001000', organisationId: orgB, name: '赤岗街第二社工站' });
  const worker = async (name: string, org = orgA) => (await makeWorker({ organisationId: org, regionCode: '440105001000', name })).id;
  const [w1, w2, w3, w4] = [await worker('甲社工'), await worker('乙社工'), await worker('丙社工'), await worker('丁社工', orgB)];
  await makeAssignment({ stationId: stationA, workerId: w1, communityCode: C1, startsOn: '2026-01-01' });
  await makeAssignment({ stationId: stationA, workerId: w2, communityCode: C2, startsOn: '2026-01-01' });
  // Assigned on Saturday of W40: that week it owes only the two days it had a worker.
  await makeAssignment({ stationId: stationA, workerId: w3, communityCode: C3, startsOn: '2026-10-03' });
  await makeAssignment({ stationId: stationB, workerId: w4, communityCode: C4, startsOn: '2026-01-01' });
  const checkIn = (workerId: string, communityCode: string, day: string, org = orgA) =>
    makeCheckin({ workerId, organisationId: org, communityCode, day });
  for (const day of W40.slice(0, 3)) await checkIn(w1, C1, day);
  await checkIn(w2, C2, W40[0] as string);
  await checkIn(w3, C3, W40[5] as string);
  // Not the assigned worker of C3: does not count for C3.
  await checkIn(w1, C3, W40[6] as string);
  for (const day of W41.slice(0, 2)) await checkIn(w1, C1, day);
  for (const day of W41.slice(0, 4)) await checkIn(w2, C2, day);
  for (const day of W41.slice(2, 5)) await checkIn(w3, C3, day);
  for (const day of W40.slice(0, 5)) await checkIn(w4, C4, day, orgB);
  district = await login({ roles: ['district_admin'], regionCode: '440105000000' });
  orgAdmin = await login({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA });
});
afterAll(() => t.close());

describe('weekly report: validation first', () => {
  it('refuses a malformed week, a week 53 the year lacks, too many weeks and a region outside the caller’s', async () => {
    const bad = await district.get('/api/presence/weekly?week=2026-47');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].message).toBe('周次：周次格式应为 YYYY-Www，如 2026-W47');
    expect((await district.get('/api/presence/weekly?week=2027-W53')).status).toBe(400);
    expect((await district.get('/api/presence/history?weeks=0')).status).toBe(400);
    const outside = await district.get('/api/presence/weekly?regionCode=440106000000');
    expect(outside.body.error.fields[0]).toMatchObject({ path: 'regionCode', message: '所属区划：只能选择您管辖范围内的区划' });
  });

  it('defaults to the current week in Asia/Shanghai', async () => {
    const reply = await district.get('/api/presence/weekly');
    expect(reply.status).toBe(200);
    expect(reply.body.week).toBe(isoWeekOf(localDateTime(new Date()).date));
  });
});

describe('一社区一社工 compliance', () => {
  it('counts distinct days by assigned workers per community, rolls up per station and district, lists those below', async () => {
    const reply = await district.get('/api/presence/weekly?week=2026-W40&regionCode=440105001000');
    expect(reply.status).toBe(200);
    const r = reply.body;
    expect(r).toMatchObject({ week: '2026-W40', startsOn: '2026-09-28', endsOn: '2026-10-04', requiredDaysPerWeek: 3, daysElapsed: 7 });
    const byCode = Object.fromEntries(r.communities.items.map((c: any) => [c.communityCode, [c.daysPresent, c.requiredDays, c.compliant]]));
    expect(byCode).toEqual({ [C1]: [3, 3, true], [C2]: [1, 3, false], [C3]: [1, 2, false], [C4]: [5, 3, true] });
    expect(r.totals).toEqual({ assigned: 4, compliant: 2, below: 2 });
    expect(r.districts).toEqual([{ districtCode: '440105000000', districtName: '海珠区', assigned: 4, compliant: 2, below: 2 }]);
    expect(r.stations).toEqual(
      expect.arrayContaining([
        { stationId: stationA, stationName: '赤岗街社工站', assigned: 3, compliant: 1, below: 2 },
        expect.objectContaining({ stationName: '赤岗街第二社工站', assigned: 1, compliant: 1, below: 0 }),
      ]),
    );
    expect(r.below.map((c: any) => [c.communityCode, c.workers.map((w: any) => w.name), c.daysPresent])).toEqual([
      [C2, ['乙社工'], 1],
      [C3, ['丙社工'], 1],
    ]);
    expect(r.below[0]).toMatchObject({
      communityName: '鹭江社区居委会',
      townName: '赤岗街道',
      stationName: '赤岗街社工站',
      requiredDays: 3,
    });
  });

  it('an organisation sees only its own stations’ communities', async () => {
    const reply = await orgAdmin.get('/api/presence/weekly?week=2026-W40');
    expect(reply.body.communities.items.map((c: any) => c.communityCode)).toEqual([C1, C2, C3]);
    expect(reply.body.totals).toEqual({ assigned: 3, compliant: 1, below: 2 });
    const one = await orgAdmin.get(`/api/presence/weekly?week=2026-W40&stationId=${stationA}&pageSize=1&page=2`);
    expect(one.body.communities).toEqual({ total: 3, items: [expect.objectContaining({ communityCode: C2 })] });
  });

  it('shows several weeks side by side, oldest first, with no cell before a community was assigned', async () => {
    const reply = await district.get('/api/presence/history?week=2026-W41&weeks=4&regionCode=440105001000');
    expect(reply.status).toBe(200);
    const h = reply.body;
    expect(h.weeks).toEqual(['2026-W38', '2026-W39', '2026-W40', '2026-W41']);
    const cells = Object.fromEntries(
      h.communities.items.map((c: any) => [c.communityCode, c.cells.map((x: any) => (x === null ? null : x.daysPresent))]),
    );
    expect(cells).toEqual({ [C1]: [0, 0, 3, 2], [C2]: [0, 0, 1, 4], [C3]: [null, null, 1, 3], [C4]: [0, 0, 5, 0] });
    expect(h.totals).toEqual([
      { week: '2026-W38', assigned: 3, compliant: 0, below: 3 },
      { week: '2026-W39', assigned: 3, compliant: 0, below: 3 },
      { week: '2026-W40', assigned: 4, compliant: 2, below: 2 },
      { week: '2026-W41', assigned: 4, compliant: 2, below: 2 },
    ]);
    const one = await district.get(`/api/presence/history?week=2026-W41&weeks=2&communityCode=${C3}`);
    expect(one.body.communities.items).toEqual([
      {
        communityCode: C3,
        communityName: '大江涌社区居委会',
        stationName: '赤岗街社工站',
        cells: [
          { daysPresent: 1, requiredDays: 2, compliant: false },
          { daysPresent: 3, requiredDays: 3, compliant: true },
        ],
      },
    ]);
  });
});
