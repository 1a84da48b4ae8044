import { uuidv7 } from '@shegong/core';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { clientCategoryHoldings, projectTargets, serviceRecords } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeClient } from '../clients/clients.fixtures.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeProject } from '../projects/projects.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';

let t: TestApp;
let city: Client;
let projectId: string;
const year = 2026;
const stations: { id: string; org: string; region: string }[] = [];
const clients: string[] = [];

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrganisation({ regionCode: '440105008000' });
  const b = await makeOrganisation({ regionCode: '440106001000' });
  for (const [region, org] of [
    ['440105008000', a],
    ['440105001000', a],
    ['440106001000', b],
  ] as const) {
    stations.push({ id: await makeStation({ regionCode: region, organisationId: org }), org, region });
  }
  for (let i = 0; i < 6; i++) {
    const s = stations[i % 3] as (typeof stations)[number];
    const c = await makeClient({ regionCode: `${s.region.slice(0, 9)}101`, organisationId: s.org, stationId: s.id, idNumber: null });
    clients.push(c.id);
    if (i % 2 === 0)
      await q()
        .insert(clientCategoryHoldings)
        .values({
          id: uuidv7(),
          clientId: c.id,
          categoryCode: i % 4 === 0 ? 'dibao' : 'elderly_alone',
          effectiveFrom: `${year}-03-01`,
          effectiveTo: i === 4 ? `${year}-06-30` : null,
        });
  }
  projectId = await makeProject({
    regionCode: '440105008000',
    organisationId: a,
    stationId: stations[0]?.id,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
  });
  await q()
    .insert(projectTargets)
    .values(['person_times', 'case_visits', 'people_served'].map((indicator) => ({ id: uuidv7(), projectId, indicator, target: 100 })));
  const u = await makeUser({ roles: ['city_admin'], regionCode: '440100000000' });
  city = t.client();
  await city.login(u.username, u.password);
}, 60_000);
afterAll(() => t.close());

const op = fc.oneof(
  fc.record({
    type: fc.constant('insert' as const),
    station: fc.nat(2),
    client: fc.option(fc.nat(5), { nil: null }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    kind: fc.constantFrom('case_visit', 'activity', 'group_session', 'imported'),
    personTimes: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({
    type: fc.constant('update' as const),
    pick: fc.nat(),
    station: fc.nat(2),
    month: fc.integer({ min: 1, max: 12 }),
    personTimes: fc.integer({ min: 1, max: 30 }),
    client: fc.option(fc.nat(5), { nil: null }),
  }),
  fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
);

async function apply(ops: fc.Arbitrary<unknown> extends never ? never : Array<Record<string, unknown>>) {
  for (const o of ops) {
    const ids = (await q().select({ id: serviceRecords.id }).from(serviceRecords).orderBy(serviceRecords.id)).map((r) => r.id);
    if (o.type === 'insert') {
      const s = stations[o.station as number] as (typeof stations)[number];
      await q()
        .insert(serviceRecords)
        .values({
          id: uuidv7(),
          clientId: o.client === null ? null : (clients[o.client as number] as string),
          stationId: s.id,
          organisationId: s.org,
          regionCode: s.region,
          servedOn: `${year}-${String(o.month).padStart(2, '0')}-${String(o.day).padStart(2, '0')}`,
          kind: o.kind as string,
          personTimes: o.personTimes as number,
        });
    } else if (ids.length > 0) {
      const id = ids[(o.pick as number) % ids.length] as string;
      if (o.type === 'delete') await q().delete(serviceRecords).where(eq(serviceRecords.id, id));
      else {
        const s = stations[o.station as number] as (typeof stations)[number];
        await q()
          .update(serviceRecords)
          .set({
            stationId: s.id,
            organisationId: s.org,
            servedOn: `${year}-${String(o.month).padStart(2, '0')}-15`,
            personTimes: o.personTimes as number,
            clientId: o.client === null ? null : (clients[o.client as number] as string),
          })
          .where(eq(serviceRecords.id, id));
      }
    }
  }
}

/** The same numbers counted straight from the ledger, by the definitions the dashboard states. */
async function recount(stationFilter: string) {
  const rows = await q().execute<{ person_times: number; people: number; visits: number }>(
    sql.raw(`
    select coalesce(sum(person_times),0)::int person_times, count(distinct client_id)::int people,
      (count(*) filter (where kind = 'case_visit'))::int visits
    from service_records where served_on between '${year}-01-01' and '${year}-12-31' and ${stationFilter}`),
  );
  const months = await q().execute<{ month: string; person_times: number; people: number }>(
    sql.raw(`
    select to_char(served_on, 'YYYY-MM') as month, sum(person_times)::int person_times, count(distinct client_id)::int people
    from service_records where served_on between '${year}-01-01' and '${year}-12-31' and ${stationFilter} group by 1 order by 1`),
  );
  const categories = await q().execute<{ code: string; people: number }>(
    sql.raw(`
    select h.category_code as code, count(distinct r.client_id)::int people from service_records r
    join client_category_holdings h on h.client_id = r.client_id
      and h.effective_from <= (date_trunc('month', r.served_on) + interval '1 month' - interval '1 day')::date
      and (h.effective_to is null or h.effective_to >= date_trunc('month', r.served_on)::date)
    where r.served_on between '${year}-01-01' and '${year}-12-31' and ${stationFilter} group by 1 order by 1`),
  );
  return { totals: rows.rows[0], months: months.rows.filter((m) => m.person_times > 0 || m.people > 0), categories: categories.rows };
}

function compare(dashboard: any, expected: Awaited<ReturnType<typeof recount>>) {
  expect(dashboard.totals.personTimes).toBe(expected.totals?.person_times);
  expect(dashboard.totals.peopleServed).toBe(expected.totals?.people);
  expect(dashboard.totals.caseVisits).toBe(expected.totals?.visits);
  const months = dashboard.personTimesByMonth.filter(
    (m: { personTimes: number; peopleServed: number }) => m.personTimes > 0 || m.peopleServed > 0,
  );
  expect(months).toEqual(expected.months.map((m) => ({ month: m.month, personTimes: m.person_times, peopleServed: m.people })));
  expect(
    dashboard.peopleByCategory
      .map((c: { code: string; people: number }) => ({ code: c.code, people: c.people }))
      .sort((a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code)),
  ).toEqual(expected.categories);
}

describe('dashboard rollups', () => {
  it('every dashboard number equals a direct recount from the ledger after random writes, edits and deletions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 40 }), async (ops) => {
        await q().delete(serviceRecords);
        await apply(ops as Array<Record<string, unknown>>);
        const all = `station_id in ('${stations.map((s) => s.id).join("','")}')`;
        compare((await city.get(`/api/dashboards?year=${year}`)).body, await recount(all));
        const haizhu = (await city.get(`/api/dashboards?year=${year}&regionCode=440105000000`)).body;
        compare(haizhu, await recount(`station_id in ('${stations[0]?.id}','${stations[1]?.id}')`));
        compare(
          (await city.get(`/api/dashboards?year=${year}&stationId=${stations[2]?.id}`)).body,
          await recount(`station_id = '${stations[2]?.id}'`),
        );
        const cityView = (await city.get(`/api/dashboards?year=${year}`)).body;
        const hz = cityView.children.find((c: { code: string }) => c.code === '440105000000');
        expect(hz.personTimes).toBe(haizhu.totals.personTimes);
        // Project progress (whole-month period, up to today) agrees with the ledger too.
        const project = (await city.get(`/api/projects/${projectId}`)).body;
        const upToToday = `station_id = '${stations[0]?.id}' and served_on <= current_date`;
        const own = await recount(upToToday);
        const actual = Object.fromEntries(project.targets.map((x: { indicator: string; actual: number }) => [x.indicator, x.actual]));
        expect(actual).toEqual({
          person_times: own.totals?.person_times,
          case_visits: own.totals?.visits,
          people_served: own.totals?.people,
        });
        // Rows gone to zero never leave negative or stray counts behind.
        const [stray] = (await q().execute<{ n: number }>(sql`select count(*)::int as n from rollup_client_month where refs <= 0`)).rows;
        expect(stray?.n).toBe(0);
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it('refuses a region outside the caller’s scope and a station it cannot see', async () => {
    const w = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
    const district = t.client();
    await district.login(w.username, w.password);
    expect((await district.get('/api/dashboards?regionCode=440106000000')).status).toBe(400);
    expect((await district.get(`/api/dashboards?stationId=${stations[2]?.id}`)).status).toBe(404);
    const own = await district.get(`/api/dashboards?stationId=${stations[0]?.id}`);
    expect(own.body.scope).toMatchObject({ kind: 'station' });
    const exported = await district.get(`/api/dashboards/export?chart=personTimesByMonth&year=${year}`);
    expect(exported.headers.get('content-type')).toMatch(/spreadsheetml/);
  });
});
