import { Worker } from 'node:worker_threads';

export interface LoadRequest {
  method?: string;
  path: string;
  body?: unknown;
}

export interface LoadResult {
  count: number;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
  statuses: Record<string, number>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Runs a closed-loop load from a worker thread and summarises exact percentiles. */
export async function runLoad(options: {
  baseUrl: string;
  cookie: string;
  requests: LoadRequest[];
  concurrency: number;
  durationMs: number;
  maxRequests?: number;
}): Promise<LoadResult> {
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
    workerData: {
      baseUrl: options.baseUrl,
      requests: options.requests,
      concurrency: options.concurrency,
      durationMs: options.durationMs,
      maxRequests: options.maxRequests ?? Number.MAX_SAFE_INTEGER,
      headers: { cookie: options.cookie, origin: options.baseUrl, 'accept-language': 'zh-CN' },
    },
  });
  const result = await new Promise<{ latencies: number[]; statuses: Record<string, number>; elapsedMs: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const sorted = result.latencies.sort((a, b) => a - b);
  const errors = Object.entries(result.statuses)
    .filter(([status]) => status === 'error' || Number(status) >= 400)
    .reduce((n, [, c]) => n + c, 0);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    rps: round((sorted.length / result.elapsedMs) * 1000),
    errors,
    statuses: result.statuses,
  };
}

/** p50 of running a function sequentially `times` times (raw SQL timings). */
export async function timeP50(times: number, fn: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return round(
    percentile(
      samples.sort((a, b) => a - b),
      50,
    ),
  );
}

export const round = (n: number) => Math.round(n * 100) / 100;
