import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import { registerModules } from './modules/index.ts';
import { installGuard } from './platform/authz/guard.ts';
import { FieldCrypto, setFieldCrypto } from './platform/crypto/field-crypto.ts';
import type { Database } from './platform/db/database.ts';
import { setDatabase } from './platform/db/tx.ts';
import { installErrorHandler } from './platform/http/error-handler.ts';
import { installOpenApi } from './platform/http/openapi.ts';
import { installRequestContext } from './platform/http/request-context.ts';
import { installRouteRegistry } from './platform/http/route-registry.ts';
import { zodValidatorCompiler } from './platform/http/validation.ts';
import { installWeb } from './platform/http/web.ts';
import './platform/http/route-config.ts';

export interface AppContext {
  config: Config;
  database: Database;
  crypto: FieldCrypto;
}

export type App = FastifyInstance;

export async function buildApp(config: Config, database: Database, options: { logger?: boolean } = {}): Promise<App> {
  setDatabase(database);
  const app = Fastify({
    logger: options.logger ? { level: process.env.LOG_LEVEL ?? 'info' } : false,
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const crypto = new FieldCrypto(config.secret);
  setFieldCrypto(crypto);
  app.decorate('ctx', { config, database, crypto } satisfies AppContext);

  installRouteRegistry(app);
  installErrorHandler(app);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 10 } });
  installRequestContext(app, config.origins);
  installGuard(app);
  await installOpenApi(app, config.version);
  await registerModules(app);
  await installWeb(app, config.webDist);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}
