// Runs PGlite on its own thread and serves it over the PostgreSQL wire protocol on
// loopback, so the main thread talks to it through the same `pg` driver as PostgreSQL
// and a heavy query never blocks the HTTP event loop. Plain JS: workers load it untransformed.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { dataDir } = workerData;
const db = await PGlite.create(dataDir ?? undefined);
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
await server.start();
const [, port] = server.getServerConn().split(':');

parentPort.on('message', async (message) => {
  if (message === 'stop') {
    await server.stop();
    if (dataDir) await db.exec('CHECKPOINT');
    await db.close();
    parentPort.postMessage({ stopped: true });
  }
});
parentPort.postMessage({ port: Number(port) });
