import { type App, buildApp } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import { seedDemo } from '../src/db/seed/demo.ts';
import { importRegions } from '../src/modules/regions/region-import.ts';
import { loadCityRegions, type RegionRow } from '../src/modules/regions/region-source.ts';
import type { Database } from '../src/platform/db/database.ts';
import { runMigrations } from '../src/platform/db/migrate.ts';
import { inTransaction, setDatabase } from '../src/platform/db/tx.ts';
import { Client } from './client.ts';
import { openTestDatabase } from './test-database.ts';

export interface TestApp {
  app: App;
  baseUrl: string;
  database: Database;
  config: Config;
  client(): Client;
  close(): Promise<void>;
}

let regionRows: Promise<RegionRow[]> | null = null;

export function testConfig(): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    databaseUrl: null,
    secret: 'test-secret-0123456789abcdef0123456789abcdef',
    cityCode: '4401',
    origins: [],
    webDist: '/nonexistent',
    version: 'test',
    trustProxy: false,
  };
}

export interface TestAppOptions {
  /** Serve a built web app (browser journeys). */
  webDist?: string;
  /** Create the demo city (browser journeys log in as its users). */
  demo?: boolean;
}

/** The real server on a loopback port over a fresh, migrated database with 广州市's regions. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  setDatabase(database);
  await runMigrations(database);
  regionRows ??= loadCityRegions('4401');
  const rows = await regionRows;
  await inTransaction(() => importRegions(rows));
  const config = { ...testConfig(), webDist: options.webDist ?? '/nonexistent' };
  const app = await buildApp(config, database);
  if (options.demo) await seedDemo();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    database,
    config,
    client: () => new Client(baseUrl),
    async close() {
      await app.close();
      await database.close();
      setDatabase(null);
    },
  };
}
