import { Writable } from 'node:stream';
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
  /** Every line the server logged so far (JSON, as in production). */
  logs(): string;
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
    publicUrl: null,
  };
}

export interface TestAppOptions {
  /** Serve a built web app (browser journeys). */
  webDist?: string;
  /** Create the demo city (browser journeys log in as its users). */
  demo?: boolean;
  /** Settings of the config to change (e.g. a public URL). */
  config?: Partial<Config>;
}

/** The server's log, kept in memory: JSON lines as production writes them to stdout. */
function logCapture(): { stream: Writable; text: () => string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => lines.join('') };
}

/** A valid GB 11643 number: 17 digits and the check character. */
function isIdNumber(text: string): boolean {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, w, i) => total + w * Number(text[i]), 0);
  return '10X98765432'[sum % 11] === text[17]?.toUpperCase();
}

/**
 * What no log may hold, checked on every test server's log when it closes: ID numbers (with a
 * valid check character) and mobile numbers. Names are checked by the log test, which knows them.
 */
export function identifiersIn(log: string): string[] {
  const ids = [...log.matchAll(/(?<![\d.])\d{17}[\dXx](?![\d.])/g)].map((m) => m[0]).filter(isIdNumber);
  const mobiles = [...log.matchAll(/(?<![\d.])1[3-9]\d{9}(?![\d.])/g)].map((m) => m[0]);
  return [...ids, ...mobiles];
}

/** The real server on a loopback port over a fresh, migrated database with 广州市's regions. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  setDatabase(database);
  await runMigrations(database);
  regionRows ??= loadCityRegions('4401');
  const rows = await regionRows;
  await inTransaction(() => importRegions(rows));
  const config = { ...testConfig(), webDist: options.webDist ?? '/nonexistent', ...options.config };
  const log = logCapture();
  const app = await buildApp(config, database, { logger: { stream: log.stream } });
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
    logs: log.text,
    async close() {
      await app.close();
      await database.close();
      setDatabase(null);
      const leaked = identifiersIn(log.text());
      if (leaked.length > 0) throw new Error(`the server log holds identifiers: ${leaked.slice(0, 5).join(', ')}`);
    },
  };
}
