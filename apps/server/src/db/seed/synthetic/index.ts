import { uuidv7 } from '@shegong/core';
import { sql } from 'drizzle-orm';
import { insertUser } from '../../../modules/users/users.repository.ts';
import { hashPassword } from '../../../platform/auth/password.ts';
import { pinyinColumns } from '../../../platform/db/search.ts';
import { database, q } from '../../../platform/db/tx.ts';
import { seededRandom, todayInChina } from '../demo-random.ts';
import { Progress } from './bulk.ts';
import { buildNetwork } from './network.ts';
import { buildClients, buildWorkers } from './people.ts';
import { buildProjects } from './projects.ts';
import { buildServices } from './services.ts';

export const BENCH_PASSWORD = 'Bench@2026x';

/**
 * A deterministic city at Guangzhou's scale: S = 1 is the whole city for one year, S = 0.1 a
 * tenth of it, S = 3 the whole city for three years. The ledger is loaded with its rollup
 * trigger off (and the category holdings' triggers, which only feed the region rollups) and the
 * rollups rebuilt in one pass afterwards.
 */
export async function seedSynthetic(scale: number, seed: number, log: (line: string) => void) {
  const users = await q().execute<{ n: number }>(sql`select count(*)::int as n from users`);
  if ((users.rows[0]?.n ?? 0) > 0) throw new Error('The synthetic city is loaded only into an empty database (this one has users).');
  const random = seededRandom(seed);
  const today = todayInChina();
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: Math.max(1, Math.round(scale)) }, (_, i) => thisYear - Math.max(1, Math.round(scale)) + 1 + i);
  const progress = new Progress(log);
  log(`synthetic city: scale ${scale}, seed ${seed}, years ${years.join(', ')}`);
  const network = await buildNetwork(random, scale, progress);
  const workers = await buildWorkers(random, scale, network, progress);
  const pool = database().pool;
  await pool.query('alter table client_category_holdings disable trigger client_category_holdings_lock');
  await pool.query('alter table client_category_holdings disable trigger client_category_holdings_rollup');
  await pool.query('alter table service_records disable trigger service_records_rollup');
  try {
    const people = await buildClients(random, scale, network, workers, progress);
    await buildServices(random, years, today, network, people, workers, progress);
  } finally {
    await pool.query('alter table service_records enable trigger service_records_rollup');
    await pool.query('alter table client_category_holdings enable trigger client_category_holdings_rollup');
    await pool.query('alter table client_category_holdings enable trigger client_category_holdings_lock');
  }
  await rebuildRollups();
  progress.add('rollups rebuilt', 0);
  await buildProjects(random, years, today, network, progress);
  await benchUsers(network);
  // What autovacuum does to a live database: statistics, and the visibility map that lets the
  // rollups be read by index-only scans (a fresh bulk load has neither).
  await pool.query('vacuum analyze');
  return progress.summary();
}

/** Rollups recomputed from the ledger in one statement each (after a bulk load with the trigger off). */
export async function rebuildRollups(): Promise<void> {
  const pool = database().pool;
  await pool.query('delete from rollup_station_day; delete from rollup_station_month; delete from rollup_client_month');
  await pool.query(`insert into rollup_station_day (station_id, day, kind, person_times, records)
    select station_id, served_on, kind, sum(person_times), count(*) from service_records group by 1, 2, 3`);
  await pool.query(`insert into rollup_station_month (station_id, month, kind, person_times, records)
    select station_id, date_trunc('month', served_on)::date, kind, sum(person_times), count(*) from service_records group by 1, 2, 3`);
  await pool.query(`insert into rollup_client_month (station_id, month, client_id, refs)
    select station_id, date_trunc('month', served_on)::date, client_id, count(*) from service_records where client_id is not null group by 1, 2, 3`);
  // People per region and period (migration 0008): the same recount the migration's backfill runs.
  await pool.query('select rollup_region_rebuild()');
}

/** Accounts the benchmark signs in with (password BENCH_PASSWORD). */
async function benchUsers(network: Awaited<ReturnType<typeof buildNetwork>>): Promise<void> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const station = network.stations.find((s) => s.tier === 'town_station');
  if (!station) return;
  const accounts = [
    { username: 'bench.city', roles: ['city_admin'], regionCode: '440100000000', organisationId: null },
    {
      username: 'bench.district',
      roles: ['district_admin'],
      regionCode: station.regionCode.slice(0, 6).padEnd(12, '0'),
      organisationId: null,
    },
    { username: 'bench.worker', roles: ['worker'], regionCode: station.regionCode, organisationId: station.organisationId },
    { username: 'bench.supervisor', roles: ['supervisor'], regionCode: station.regionCode, organisationId: station.organisationId },
  ] as const;
  for (const a of accounts) {
    await insertUser(
      {
        id: uuidv7(),
        username: a.username,
        displayName: a.username,
        ...pinyinColumns(a.username),
        passwordHash,
        regionCode: a.regionCode,
        organisationId: a.organisationId,
      },
      [...a.roles],
    );
  }
}
