/**
 * How long the ledger export takes for 100,000 rows, end to end over HTTP, and how much memory
 * it needs. Not a test: run it by hand (PGlite by default, PostgreSQL with TEST_DATABASE_URL).
 *
 *   npx tsx scripts/bench-ledger-export.ts [rows]
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx scripts/bench-ledger-export.ts
 */
import { uuidv7 } from '@shegong/core';
import { sql } from 'drizzle-orm';
import { makeClient } from '../apps/server/src/modules/clients/clients.fixtures.ts';
import { ledgerInDateOrder } from '../apps/server/src/modules/ledger/ledger.repository.ts';
import { makeOrganisation } from '../apps/server/src/modules/organisations/organisations.fixtures.ts';
import { makeStation } from '../apps/server/src/modules/stations/stations.fixtures.ts';
import { makeUser } from '../apps/server/src/modules/users/users.fixtures.ts';
import { testIdNumber } from '../apps/server/src/modules/workers/workers.fixtures.ts';
import { q } from '../apps/server/src/platform/db/tx.ts';
import { startTestApp } from '../apps/server/test/test-app.ts';

const ROWS = Number(process.argv[2] ?? 100_000);
const TOWN = '440105008000';
const COMMUNITIES = ['440105008101', '440105008102', '440105008103', '440105008105', '440105008106'];

const t = await startTestApp();
try {
  const organisationId = await makeOrganisation({ regionCode: TOWN });
  const stationId = await makeStation({ regionCode: TOWN, organisationId, name: '南华西街社工站' });
  const clients: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const regionCode = COMMUNITIES[i % COMMUNITIES.length] as string;
    const idNumber = testIdNumber(i % 1000, `${1940 + Math.floor(i / 1000)}0101`);
    clients.push((await makeClient({ regionCode, organisationId, stationId, idNumber, mobile: `138${String(i).padStart(8, '0')}` })).id);
  }
  const loadStart = performance.now();
  for (let i = 0; i < ROWS; i += 2000) {
    const batch = Array.from({ length: Math.min(2000, ROWS - i) }, (_, j) => {
      const n = i + j;
      const clientId = n % 10 === 0 ? null : (clients[n % clients.length] as string);
      return {
        id: uuidv7(),
        clientId,
        stationId,
        organisationId,
        regionCode: clientId ? (COMMUNITIES[(n % clients.length) % COMMUNITIES.length] as string) : TOWN,
        servedOn: new Date(Date.UTC(2025, 0, 1 + (n % 365))).toISOString().slice(0, 10),
        kind: n % 10 === 0 ? 'activity' : 'case_visit',
        content: '上门探访，了解近况并链接社区资源',
        personTimes: n % 10 === 0 ? 30 : 1,
      };
    });
    await q().execute(sql`insert into service_records ${sql.raw('(id, client_id, station_id, organisation_id, region_code, served_on, kind, content, person_times)')}
      select * from json_to_recordset(${JSON.stringify(batch)}::json) as r(id uuid, "clientId" uuid, "stationId" uuid, "organisationId" uuid,
      "regionCode" varchar, "servedOn" date, kind text, content text, "personTimes" int)`);
  }
  console.log(`loaded ${ROWS} rows in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
  const readStart = performance.now();
  let read = 0;
  for await (const batch of ledgerInDateOrder({ regionPrefix: '440105', organisationId: null }, { from: '2025-01-01', to: '2025-12-31' }))
    read += batch.length;
  console.log(`database alone: ${read} lines read in ${((performance.now() - readStart) / 1000).toFixed(1)} s`);

  for (const [label, roles, org] of [
    ['worker (real names)', ['worker'], organisationId],
    ['district (masked names)', ['district_admin'], null],
  ] as const) {
    const user = await makeUser({ roles: [...roles], regionCode: org ? TOWN : '440105000000', organisationId: org });
    const client = t.client();
    await client.login(user.username, user.password);
    const cookie = (client as unknown as { cookie: string }).cookie;
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const start = performance.now();
    const reply = await fetch(`${t.baseUrl}/api/ledger/export?from=2025-01-01&to=2025-12-31`, { headers: { cookie } });
    const bytes = (await reply.arrayBuffer()).byteLength;
    clearInterval(sampler);
    console.log(
      `${label}: HTTP ${reply.status}, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - start) / 1000).toFixed(1)} s, RSS ${(before / 1024 / 1024).toFixed(0)} → peak ${(peak / 1024 / 1024).toFixed(0)} MB`,
    );
  }
} finally {
  await t.close();
}
