import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import type { Database } from './platform/db/database.ts';

/** A database that refuses every use: building the routes must not touch one. */
function noDatabase(): Database {
  const refuse = () => {
    throw new Error('the OpenAPI document is built without a database');
  };
  return new Proxy({} as Database, { get: (_, key) => (key === 'close' ? async () => {} : refuse()) });
}

/** The OpenAPI document the server serves at /api/openapi.json, built without listening or a database. */
export async function openApiDocument(): Promise<unknown> {
  const config = { ...loadConfig({ ...process.env, DATABASE_URL: '', SHEGONG_SECRET: 'x'.repeat(32) }), webDist: '/nonexistent' };
  const app = await buildApp(config, noDatabase());
  await app.ready();
  const document = app.swagger();
  await app.close();
  return document;
}

export async function writeOpenApiDocument(file: string | null): Promise<void> {
  const text = `${JSON.stringify(await openApiDocument(), null, 2)}\n`;
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } else process.stdout.write(text);
}
