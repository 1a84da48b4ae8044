import { type BenchRow, benchEngine, writeResults } from './runner.ts';

/** `npm run bench [-- --quick]`: PGlite always, PostgreSQL too when BENCH_DATABASE_URL is set. */
export async function runBench(options: {
  quick: boolean;
  scale?: number;
  durationSeconds?: number;
  /** pglite | postgres | both (default) */
  engine?: string;
  log: (line: string) => void;
}): Promise<number> {
  const scale = options.scale ?? (options.quick ? 0.1 : 1);
  const durationMs = (options.durationSeconds ?? (options.quick ? 3 : 10)) * 1000;
  const engines: ['pglite' | 'postgres', string | null][] = [];
  if (options.engine !== 'postgres') engines.push(['pglite', null]);
  if (process.env.BENCH_DATABASE_URL && options.engine !== 'pglite') engines.push(['postgres', process.env.BENCH_DATABASE_URL]);
  if (engines.length === 0) throw new Error('--engine postgres needs BENCH_DATABASE_URL');
  const rows: BenchRow[] = [];
  const details: Record<string, unknown> = {
    scale,
    durationMs,
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    startedAt: new Date().toISOString(),
  };
  for (const [engine, url] of engines) {
    options.log(`== ${engine}: synthetic city at scale ${scale}`);
    const result = await benchEngine(engine, url, { scale, durationMs, log: options.log });
    rows.push(...result.rows);
    details[engine] = result.extra;
  }
  const file = writeResults(rows, details, options.quick ? 'latest' : `scale-${scale}`);
  options.log('');
  options.log(
    'scenario'.padEnd(44) +
      'engine'.padEnd(10) +
      'conc'.padStart(5) +
      'p50 ms'.padStart(10) +
      'p95 ms'.padStart(10) +
      'rps'.padStart(10) +
      'raw ms'.padStart(9) +
      'ratio'.padStart(8),
  );
  for (const r of rows) {
    options.log(
      r.scenario.slice(0, 43).padEnd(44) +
        r.engine.padEnd(10) +
        String(r.concurrency).padStart(5) +
        String(r.p50_ms).padStart(10) +
        String(r.p95_ms).padStart(10) +
        String(r.rps).padStart(10) +
        String(r.raw_sql_p50_ms ?? '-').padStart(9) +
        String(r.ratio ?? '-').padStart(8),
    );
  }
  options.log(`\nresults: ${file}`);
  return 0;
}
