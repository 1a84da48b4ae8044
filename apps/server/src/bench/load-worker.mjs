// A closed-loop load generator on its own thread (so it never shares the server's event loop):
// `concurrency` loops each send the next request as soon as the previous one answered, for
// `durationMs` or until `maxRequests`. Every latency is kept, so percentiles are exact.
import { parentPort, workerData } from 'node:worker_threads';

const { baseUrl, requests, concurrency, durationMs, maxRequests, headers } = workerData;
const latencies = [];
const statuses = {};
let sent = 0;
let index = 0;
const deadline = performance.now() + durationMs;

async function loop() {
  while (performance.now() < deadline && sent < maxRequests) {
    const request = requests[index++ % requests.length];
    sent++;
    const started = performance.now();
    try {
      const response = await fetch(baseUrl + request.path, {
        method: request.method ?? 'GET',
        headers: { ...headers, ...(request.body ? { 'content-type': 'application/json' } : {}) },
        body: request.body ? JSON.stringify(request.body) : undefined,
      });
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    } catch {
      statuses.error = (statuses.error ?? 0) + 1;
    }
    latencies.push(performance.now() - started);
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, loop));
parentPort.postMessage({ latencies, statuses, elapsedMs: performance.now() - started });
