import { parseArgs } from 'node:util';
import { buildApp } from './app.ts';
import { ensureRegions, open, prepare } from './boot.ts';
import { createUserCommand, resetPasswordCommand } from './cli-users.ts';
import { loadConfig } from './config.ts';
import { hasAnyUser, seedDemo } from './db/seed/demo.ts';
import { seedSynthetic } from './db/seed/synthetic/index.ts';
import { verifyAuditChain } from './platform/audit/verify.ts';
import { FieldCrypto, setFieldCrypto } from './platform/crypto/field-crypto.ts';
import { runMigrations } from './platform/db/migrate.ts';
import { q } from './platform/db/tx.ts';

const HELP = `Usage: shegong <command>

  serve [--demo]                 migrate and serve API + web (--demo: create the demo city on first run, embedded only)
  migrate                        apply database migrations and load the city's regions
  seed --demo                    create the demo city (embedded database only)
  seed --synthetic --scale S     a deterministic city at Guangzhou's scale (S=1), a tenth (0.1), three years (3)
  user create --username U --password P --role R --region CODE [--org ID] [--name N] [--mobile M]
  user reset-password --username U --password P
  bench [--quick] [--scale S]    load the synthetic city and measure the API against raw SQL (PGlite; PostgreSQL with BENCH_DATABASE_URL)
  openapi [--out FILE]           write the OpenAPI document (as served at /api/openapi.json), no database needed
  audit verify                   recompute the audit hash chain; exit 1 naming the first bad row

Settings: PORT (3000), HOST (127.0.0.1), DATA_DIR (./data), DATABASE_URL (postgres://...), SHEGONG_SECRET`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      synthetic: { type: 'boolean' },
      scale: { type: 'string' },
      seed: { type: 'string' },
      quick: { type: 'boolean' },
      duration: { type: 'string' },
      engine: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string', multiple: true },
      region: { type: 'string' },
      org: { type: 'string' },
      name: { type: 'string' },
      mobile: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub] = positionals;
  if (!command || values.help) {
    console.log(HELP);
    return command ? 0 : 1;
  }
  const log = (line: string) => console.log(line);
  if (command === 'bench') {
    const { runBench } = await import('./bench/index.ts');
    return runBench({
      quick: values.quick === true,
      scale: values.scale ? Number(values.scale) : undefined,
      durationSeconds: values.duration ? Number(values.duration) : undefined,
      log,
      engine: values.engine,
    });
  }
  if (command === 'openapi') {
    const { writeOpenApiDocument } = await import('./openapi-document.ts');
    await writeOpenApiDocument(values.out ?? null);
    return 0;
  }
  const config = loadConfig();

  if (command === 'serve') {
    const database = await prepare(config, { demo: values.demo === true, log });
    const app = await buildApp(config, database, { logger: true });
    const shutdown = async () => {
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    await app.listen({ port: config.port, host: config.host });
    log(`Shegong ${config.version} on http://localhost:${config.port} (${database.engine})`);
    return -1; // keep running
  }

  const database = await open(config);
  try {
    if (command === 'migrate') {
      await runMigrations(database);
      const loaded = await ensureRegions(config.cityCode);
      log(`migrations applied; ${loaded} regions loaded`);
      return 0;
    }
    if (command === 'seed' && values.synthetic) {
      const scale = Number(values.scale ?? '0.1');
      if (!(scale > 0 && scale <= 10)) {
        console.error('--scale must be a number between 0 and 10 (0.1 quick, 1 Guangzhou, 3 three years)');
        return 2;
      }
      await runMigrations(database);
      await ensureRegions(config.cityCode);
      setFieldCrypto(new FieldCrypto(config.secret));
      const summary = await seedSynthetic(scale, Number(values.seed ?? 4401), log);
      log(
        `loaded ${summary.rows.toLocaleString('en')} rows in ${summary.seconds.toFixed(1)} s (${summary.rowsPerSecond.toLocaleString('en')} rows/s)`,
      );
      return 0;
    }
    if (command === 'seed' && values.demo) {
      if (config.databaseUrl) {
        console.error('The demo city is only created on the embedded database (DATABASE_URL is set).');
        return 1;
      }
      await runMigrations(database);
      await ensureRegions(config.cityCode);
      if (await hasAnyUser()) {
        console.error('The database already has users; the demo city is created only on an empty database.');
        return 1;
      }
      setFieldCrypto(new FieldCrypto(config.secret));
      log(JSON.stringify(await seedDemo()));
      return 0;
    }
    if (command === 'user' && sub === 'create') return await createUserCommand(values, log);
    if (command === 'user' && sub === 'reset-password') return await resetPasswordCommand(values, log);
    if (command === 'audit' && sub === 'verify') {
      const result = await verifyAuditChain(q());
      if (result.ok) {
        log(`audit chain intact: ${result.rows} rows`);
        return 0;
      }
      console.error(
        `audit chain BROKEN at row ${result.firstBad?.id} (${result.firstBad?.reason}); ${result.rows} rows before it verified`,
      );
      return 1;
    }
    console.error(`Unknown command: ${positionals.join(' ')}\n\n${HELP}`);
    return 2;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
