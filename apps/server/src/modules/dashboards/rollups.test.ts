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
/** Writes fall in both years, so every figure is also checked across the year boundary. */
const years = [year - 1, year];
const stations: { id: string; org: string; region: string }[] = [];
const clients: string[] = [];
const CATEGORIES = ['dibao', 'elderly_alone'] as const;

/** The holdings every run starts from (random holding edits then change them). */
async function resetHoldings() {
  await q().delete(clientCategoryHoldings);
  for (let i = 0; i < clients.length; i += 2)
    await q()
      .insert(clientCategoryHoldings)
      .values({
        id: uuidv7(),
        clientId: clients[i] as string,
        categoryCode: i % 4 === 0 ? 'dibao' : 'elderly_alone',
        effectiveFrom: `${year}-03-01`,
        effectiveTo: i === 4 ? `${year}-06-30` : null,
      });
}

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeOrganisation({ regionCode: '440105008000' });
  const b = await makeOrganisation({ regionCode: '440106001000' });
  // Two towns of 海珠区, one of 荔湾区, and 海珠区's district centre (in the district, in no town).
  for (const [region, org] of [
    ['440105008000', a],
    ['440105001000', a],
    ['440106001000', b],
    ['440105000000', a],
  ] as const) {
    stations.push({ id: await makeStation({ regionCode: region, organisationId: org }), org, region });
  }
  for (let i = 0; i < 6; i++) {
    const s = stations[i % 3] as (typeof stations)[number];
    const c = await makeClient({ regionCode: `${s.region.slice(0, 9)}101`, organisationId: s.org, stationId: s.id, idNumber: null });
    clients.push(c.id);
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
    station: fc.nat(3),
    year: fc.constantFrom(...years),
    client: fc.option(fc.nat(5), { nil: null }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    kind: fc.constantFrom('case_visit', 'activity', 'group_session', 'imported'),
    personTimes: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({
    type: fc.constant('update' as const),
    pick: fc.nat(),
    station: fc.nat(3),
    year: fc.constantFrom(...years),
    month: fc.integer({ min: 1, max: 12 }),
    personTimes: fc.integer({ min: 1, max: 30 }),
    client: fc.option(fc.nat(5), { nil: null }),
  }),
  fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
  // Category holdings change after services were recorded: granted, ended, moved, withdrawn.
  fc.record({
    type: fc.constant('hold' as const),
    client: fc.nat(5),
    category: fc.constantFrom(...CATEGORIES),
    from: fc.integer({ min: 0, max: 23 }),
    length: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
  }),
  fc.record({
    type: fc.constant('rehold' as const),
    pick: fc.nat(),
    from: fc.integer({ min: 0, max: 23 }),
    length: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
  }),
  fc.record({ type: fc.constant('unhold' as const), pick: fc.nat() }),
);

/** Month index 0..23 from January of the first year, as a date on the given day. */
const monthDate = (index: number, day: string) =>
  `${(years[0] as number) + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${day}`;
const holdingPeriod = (from: number, length: number | null) => ({
  effectiveFrom: monthDate(from, '10'),
  effectiveTo: length === null ? null : monthDate(Math.min(from + length, 23), '20'),
});

async function apply(ops: fc.Arbitrary<unknown> extends never ? never : Array<Record<string, unknown>>) {
  for (const o of ops) {
    if (o.type === 'hold' || o.type === 'rehold' || o.type === 'unhold') {
      const holdings = (
        await q().select({ id: clientCategoryHoldings.id }).from(clientCategoryHoldings).orderBy(clientCategoryHoldings.id)
      ).map((h) => h.id);
      const period = holdingPeriod(o.from as number, o.length as number | null);
      if (o.type === 'hold')
        await q()
          .insert(clientCategoryHoldings)
          .values({ id: uuidv7(), clientId: clients[o.client as number] as string, categoryCode: o.category as string, ...period });
      else if (holdings.length > 0) {
        const id = holdings[(o.pick as number) % holdings.length] as string;
        if (o.type === 'unhold') await q().delete(clientCategoryHoldings).where(eq(clientCategoryHoldings.id, id));
        else await q().update(clientCategoryHoldings).set(period).where(eq(clientCategoryHoldings.id, id));
      }
      continue;
    }
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
          servedOn: `${o.year}-${String(o.month).padStart(2, '0')}-${String(o.day).padStart(2, '0')}`,
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
            servedOn: `${o.year}-${String(o.month).padStart(2, '0')}-15`,
            personTimes: o.personTimes as number,
            clientId: o.client === null ? null : (clients[o.client as number] as string),
          })
          .where(eq(serviceRecords.id, id));
      }
    }
  }
}

/** The same numbers counted straight from the ledger, by the definitions the dashboard states. */
async function recount(stationFilter: string, year = 2026) {
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
        await resetHoldings();
        await apply(ops as Array<Record<string, unknown>>);
        const among = (...i: number[]) => `station_id in ('${i.map((n) => stations[n]?.id).join("','")}')`;
        const haizhuStations = among(0, 1, 3);
        for (const y of years) {
          // City, district and town read the region counters; a station its own rollups.
          const cityView = (await city.get(`/api/dashboards?year=${y}`)).body;
          compare(cityView, await recount(among(0, 1, 2, 3), y));
          const haizhu = (await city.get(`/api/dashboards?year=${y}&regionCode=440105000000`)).body;
          compare(haizhu, await recount(haizhuStations, y));
          const town = (await city.get(`/api/dashboards?year=${y}&regionCode=440105008000`)).body;
          compare(town, await recount(among(0), y));
          compare((await city.get(`/api/dashboards?year=${y}&stationId=${stations[2]?.id}`)).body, await recount(among(2), y));
          // Drill-down rows: districts of the city, towns of the district (the centre is in neither town).
          const child = (view: { children: { code: string; personTimes: number; peopleServed: number }[] }, code: string) =>
            view.children.find((c) => c.code === code);
          const hz = child(cityView, '440105000000');
          expect(hz?.personTimes).toBe(haizhu.totals.personTimes);
          expect(hz?.peopleServed).toBe(haizhu.totals.peopleServed);
          const lw = await recount(among(2), y);
          expect(child(cityView, '440106000000')?.peopleServed).toBe(lw.totals?.people);
          expect(child(haizhu, '440105008000')?.peopleServed).toBe(town.totals.peopleServed);
          expect(child(haizhu, '440105001000')?.peopleServed).toBe((await recount(among(1), y)).totals?.people);
        }
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
        const [stray] = (
          await q().execute<{ n: number }>(sql`select
            (select count(*) from rollup_client_month where refs <= 0) + (select count(*) from rollup_region_client_month where refs <= 0)
            + (select count(*) from rollup_region_client_year where months <= 0) + (select count(*) from rollup_region_people where people < 0)
            as n`)
        ).rows;
        expect(Number(stray?.n)).toBe(0);
        // The one-pass rebuild (migration backfill, synthetic city) lands on the same region rows.
        const regionRows = async () =>
          (
            await q().execute(sql`select 'm' as t, prefix, month::text as period, client_id::text as who, refs as n from rollup_region_client_month
              union all select 'y', prefix, year || ':' || category, client_id::text, months from rollup_region_client_year
              union all select 'p', prefix, period || ':' || category, shard::text, people from rollup_region_people where people <> 0
              order by 1, 2, 3, 4`)
          ).rows;
        const kept = await regionRows();
        await q().execute(sql`select rollup_region_rebuild()`);
        expect(await regionRows()).toEqual(kept);
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
