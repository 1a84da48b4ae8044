import { sql } from 'drizzle-orm';
import { q } from '../platform/db/tx.ts';

/** Ids the scenarios need, picked from the synthetic city (deterministic given its seed). */
export async function benchContext() {
  const one = async <T>(query: ReturnType<typeof sql>) => (await q().execute<T & Record<string, unknown>>(query)).rows;
  const [worker] = await one<{ organisation_id: string; region_code: string }>(
    sql`select organisation_id, region_code from users where username = 'bench.worker'`,
  );
  if (!worker) throw new Error('bench.worker missing: load the synthetic city first');
  const [station] = await one<{ id: string }>(
    sql`select id from stations where tier = 'town_station' and region_code = ${worker.region_code} and organisation_id = ${worker.organisation_id} limit 1`,
  );
  const district = `${worker.region_code.slice(0, 6)}000000`;
  const clients = await one<{ id: string; name: string; initials: string }>(sql`
    select id, name, name_initials as initials from clients where station_id = ${station?.id} order by id limit 50`);
  const intake = await one<{ id: string }>(
    sql`select id from cases where station_id = ${station?.id} and stage = 'intake' order by id limit 2000`,
  );
  const active = await one<{ id: string }>(
    sql`select id from cases where station_id = ${station?.id} and stage = 'intervention' order by id limit 50`,
  );
  return {
    stationId: station?.id as string,
    organisationId: worker.organisation_id,
    workerRegion: worker.region_code,
    district,
    clients,
    intakeCases: intake.map((r) => r.id),
    activeCases: active.map((r) => r.id),
  };
}

export type BenchContext = Awaited<ReturnType<typeof benchContext>>;
