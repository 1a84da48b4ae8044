import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Config, startupWarnings } from './config.ts';
import { registerModules } from './modules/index.ts';
import { installGuard } from './platform/authz/guard.ts';
import { FieldCrypto, setFieldCrypto } from './platform/crypto/field-crypto.ts';
import type { Database } from './platform/db/database.ts';
import { setDatabase } from './platform/db/tx.ts';
import { installErrorHandler } from './platform/http/error-handler.ts';
import { installOpenApi } from './platform/http/openapi.ts';
import { installRequestContext } from './platform/http/request-context.ts';
import { installRequestLog } from './platform/http/request-log.ts';
import { installRouteRegistry } from './platform/http/route-registry.ts';
import { installSecurityHeaders } from './platform/http/security-headers.ts';
import { zodValidatorCompiler } from './platform/http/validation.ts';
import { installWeb } from './platform/http/web.ts';
import { logSerializers, setLogger } from './platform/log.ts';
import './platform/http/route-config.ts';

export interface AppContext {
  config: Config;
  database: Database;
  crypto: FieldCrypto;
}

export type App = FastifyInstance;

export interface BuildOptions {
  /** true: JSON lines on stdout; a stream: the same lines written there (tests read them back). */
  logger?: boolean | { stream: NodeJS.WritableStream; level?: string };
}

function loggerOptions(logger: BuildOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const level = (typeof logger === 'object' ? logger.level : undefined) ?? process.env.LOG_LEVEL ?? 'info';
  return { level, serializers: logSerializers, ...(typeof logger === 'object' ? { stream: logger.stream } : {}) };
}

export async function buildApp(config: Config, database: Database, options: BuildOptions = {}): Promise<App> {
  setDatabase(database);
  const app = Fastify({
    logger: loggerOptions(options.logger),
    // Fastify's own request lines carry the full URL (and so any identifier in a query): see request-log.ts.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  setLogger(options.logger ? app.log : null);
  for (const warning of startupWarnings(config)) app.log.warn(warning);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const crypto = new FieldCrypto(config.secret);
  setFieldCrypto(crypto);
  app.decorate('ctx', { config, database, crypto } satisfies AppContext);

  installRouteRegistry(app);
  installErrorHandler(app);
  installRequestLog(app);
  await installSecurityHeaders(app, config);
  // Routes opt in (`config.rateLimit`): sign-in is throttled per address.
  await app.register(rateLimit, { global: false });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 10 } });
  installRequestContext(app, config.origins, config.publicUrl?.origin ?? null);
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
