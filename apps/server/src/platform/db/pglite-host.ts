import { Worker } from 'node:worker_threads';

export interface PgliteHost {
  url: string;
  stop(): Promise<void>;
}

/** Starts PGlite in a worker thread; `dataDir` null means in-memory (tests). */
export async function startPglite(dataDir: string | null): Promise<PgliteHost> {
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: { dataDir } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (m: { port: number }) => resolve(m.port));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`PGlite worker exited with code ${code}`)));
  });
  worker.on('error', (err) => console.error('PGlite worker error', err));
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      const stopped = new Promise<void>((resolve) => {
        worker.on('message', (m: { stopped?: boolean }) => m.stopped && resolve());
        worker.once('exit', () => resolve());
      });
      worker.postMessage('stop');
      await Promise.race([stopped, new Promise((r) => setTimeout(r, 5000))]);
      await worker.terminate();
    },
  };
}
