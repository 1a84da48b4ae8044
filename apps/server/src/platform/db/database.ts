import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from '../../db/schema/index.ts';
import { type PgliteHost, startPglite } from './pglite-host.ts';

// Dates stay 'YYYY-MM-DD' strings (no time-zone shift); int8 counts become numbers.
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(20, (v) => Number(v));

export type Db = NodePgDatabase<typeof schema>;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  pool: pg.Pool;
  engine: Engine;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL; null selects embedded PGlite. */
  databaseUrl: string | null;
  /** PGlite data directory; null keeps PGlite in memory (tests). */
  pgliteDir: string | null;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  let host: PgliteHost | null = null;
  let url = options.databaseUrl;
  if (!url) {
    host = await startPglite(options.pgliteDir);
    url = host.url;
  }
  // PGlite is one backend: a single connection keeps each transaction's statements together.
  const pool = new pg.Pool({ connectionString: url, max: host ? 1 : (options.poolSize ?? 10) });
  pool.on('error', (err) => console.error('database pool error', err.message));
  const db = drizzle(pool, { schema });
  return {
    db,
    pool,
    engine: host ? 'pglite' : 'postgres',
    async close() {
      await pool.end();
      await host?.stop();
    },
  };
}
