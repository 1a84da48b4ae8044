import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { buildApp } from '../app.ts';
import { ensureRegions } from '../boot.ts';
import { type Config, REPO_ROOT } from '../config.ts';
import { settings } from '../db/schema/index.ts';
import { BENCH_PASSWORD, seedSynthetic } from '../db/seed/synthetic/index.ts';
import { FieldCrypto, setFieldCrypto } from '../platform/crypto/field-crypto.ts';
import { type Database, openDatabase } from '../platform/db/database.ts';
import { runMigrations } from '../platform/db/migrate.ts';
import { q, setDatabase } from '../platform/db/tx.ts';
import { benchContext } from './context.ts';
import { benchExport, benchImport } from './excel-scenarios.ts';
import { round, runLoad, timeP50 } from './load.ts';
import { SCENARIOS } from './scenarios.ts';

export interface BenchRow {
  scenario: string;
  engine: 'pglite' | 'postgres';
  concurrency: number;
  p50_ms: number;
  p95_ms: number;
  rps: number;
  raw_sql_p50_ms: number | null;
  ratio: number | null;
  errors?: number;
  note?: string;
}

async function freshDatabase(
  engine: 'pglite' | 'postgres',
  url: string | null,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'shegong-bench-'));
    const database = await openDatabase({ databaseUrl: null, pgliteDir: dir });
    return { database, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `shegong_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url as string });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url as string);
  target.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: target.toString(), pgliteDir: null, poolSize: 20 });
  return {
    database,
    drop: async () => {
      const c = new pg.Client({ connectionString: url as string });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function login(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  await response.arrayBuffer();
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Loads the synthetic city on one engine, serves it in-process and measures every scenario. */
export async function benchEngine(
  engine: 'pglite' | 'postgres',
  url: string | null,
  options: { scale: number; durationMs: number; log: (s: string) => void },
) {
  const { database, drop } = await freshDatabase(engine, url);
  const rows: BenchRow[] = [];
  const extra: Record<string, unknown> = {};
  try {
    setDatabase(database);
    await runMigrations(database);
    await ensureRegions('4401');
    const config: Config = {
      port: 0,
      host: '127.0.0.1',
      dataDir: tmpdir(),
      databaseUrl: url,
      secret: 'bench-secret-0123456789abcdef0123456789',
      cityCode: '4401',
      origins: [],
      webDist: '/nonexistent',
      version: 'bench',
      trustProxy: false,
      publicUrl: null,
    };
    setFieldCrypto(new FieldCrypto(config.secret));
    extra.load = await seedSynthetic(options.scale, 4401, (line) => options.log(`  [${engine}] ${line}`));
    // Every simulated user signs in from the one loopback address: lift the per-address throttle.
    await q()
      .insert(settings)
      .values({ key: 'auth.loginsPerIpPerMinute', value: 10_000 })
      .onConflictDoUpdate({ target: settings.key, set: { value: 10_000 } });
    const app = await buildApp(config, database);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const ctx = await benchContext();
    const cookies: Record<string, string> = {};
    for (const user of ['bench.city', 'bench.district', 'bench.worker']) cookies[user] = await login(baseUrl, user);
    for (const scenario of SCENARIOS) {
      const raw = await timeP50(scenario.isWrite ? 20 : 50, scenario.raw(ctx));
      let requests = scenario.requests(ctx);
      for (const concurrency of scenario.concurrency) {
        const delay = scenario.name.startsWith('city dashboard') && concurrency > 1 ? monitorEventLoopDelay({ resolution: 10 }) : null;
        delay?.enable();
        const result = await runLoad({
          baseUrl,
          cookie: scenario.user ? (cookies[scenario.user] ?? '') : '',
          requests,
          concurrency,
          durationMs: options.durationMs,
          // A transition happens once per case: each concurrency level gets its own share of the cases.
          maxRequests: scenario.name.startsWith('case transition')
            ? concurrency === 1
              ? Math.floor(requests.length / 2)
              : requests.length
            : undefined,
        });
        if (delay) {
          delay.disable();
          extra.eventLoopDelayDuringCityDashboard = {
            p50_ms: round(delay.percentile(50) / 1e6),
            p99_ms: round(delay.percentile(99) / 1e6),
            max_ms: round(delay.max / 1e6),
          };
        }
        if (scenario.name.startsWith('case transition')) requests = requests.slice(result.count);
        rows.push({
          scenario: scenario.name,
          engine,
          concurrency,
          p50_ms: result.p50,
          p95_ms: result.p95,
          rps: result.rps,
          raw_sql_p50_ms: raw,
          ratio: raw > 0 ? round(result.p50 / raw) : null,
          errors: result.errors || undefined,
        });
        options.log(
          `  [${engine}] ${scenario.name} c=${concurrency}: p50 ${result.p50} ms, p95 ${result.p95} ms, ${result.rps} req/s, raw ${raw} ms${result.errors ? `, ${result.errors} errors ${JSON.stringify(result.statuses)}` : ''}`,
        );
      }
    }
    const exportRows = Math.round(100_000 * Math.min(1, options.scale * 10));
    const exported = await benchExport(baseUrl, cookies['bench.city'] ?? '', exportRows);
    rows.push({
      scenario: `Excel export of ${exported.rows.toLocaleString('en')} ledger rows`,
      engine,
      concurrency: 1,
      p50_ms: exported.ms,
      p95_ms: exported.ms,
      rps: exported.rowsPerSecond,
      raw_sql_p50_ms: exported.rawMs,
      ratio: round(exported.ms / Math.max(exported.rawMs, 0.01)),
      note: 'rps = rows per second',
    });
    const imported = await benchImport(baseUrl, cookies['bench.worker'] ?? '', ctx, 10_000);
    rows.push({
      scenario: 'Excel import of 10,000 ledger rows',
      engine,
      concurrency: 1,
      p50_ms: imported.ms,
      p95_ms: imported.ms,
      rps: imported.rowsPerSecond,
      raw_sql_p50_ms: null,
      ratio: null,
      note: `rps = rows per second; check ${imported.checkMs} ms, ${imported.accepted} accepted, ${imported.status}`,
    });
    options.log(`  [${engine}] export ${JSON.stringify(exported)}; import ${JSON.stringify(imported)}`);
    extra.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    await app.close();
  } finally {
    await database.close();
    setDatabase(null);
    await drop();
  }
  return { rows, extra };
}

/** Always writes latest.json (the run just made); a full-scale run also keeps its own copy. */
export function writeResults(rows: BenchRow[], extra: Record<string, unknown>, name: string): string {
  const dir = join(REPO_ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  for (const base of new Set(['latest', name])) {
    writeFileSync(join(dir, `${base}.json`), `${JSON.stringify(rows, null, 2)}\n`);
    writeFileSync(join(dir, `${base}-details.json`), `${JSON.stringify(extra, null, 2)}\n`);
  }
  return file;
}
