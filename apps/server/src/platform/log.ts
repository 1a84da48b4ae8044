import type { FastifyBaseLogger } from 'fastify';

/**
 * What reaches the log. No identifier (ID number, mobile, name) may: requests are logged by route
 * pattern and status (never the URL with its query, never a body), and errors by type, SQLSTATE,
 * constraint and stack, never the driver's parameters, the failed query's values or a PostgreSQL
 * `detail` ("Key (mobile)=(13800000000) already exists").
 */

export interface SafeError {
  [key: string]: unknown;
  type: string;
  message: string;
  code?: string;
  constraint?: string;
  statusCode?: number;
  stack: string;
  cause?: SafeError;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** A message without the values a driver or ORM puts into it. */
function safeMessage(error: { message?: unknown; code?: unknown }): string {
  let message = typeof error.message === 'string' ? error.message : '';
  // Drizzle: "Failed query: <sql>\nparams: <values>": the statement is kept, the values are not.
  const params = message.indexOf('\nparams:');
  if (params >= 0) message = message.slice(0, params);
  // PostgreSQL: 'invalid input syntax for type uuid: "<value>"'.
  if (typeof error.code === 'string' && SQLSTATE.test(error.code)) message = message.replace(/(:\s*)"[^"]*"\s*$/, '$1"…"');
  return message.slice(0, 2000);
}

export function safeError(value: unknown, depth = 0): SafeError {
  if (!(value instanceof Error)) return { type: typeof value, message: '(not an Error)', stack: '' };
  const e = value as Error & { code?: unknown; constraint?: unknown; statusCode?: unknown; cause?: unknown };
  const out: SafeError = { type: e.constructor?.name ?? 'Error', message: safeMessage(e), stack: '' };
  if (typeof e.code === 'string') out.code = e.code;
  if (typeof e.constraint === 'string') out.constraint = e.constraint;
  if (typeof e.statusCode === 'number') out.statusCode = e.statusCode;
  if (typeof e.stack === 'string') {
    const frames = e.stack.split('\n').filter((line) => /^\s+at /.test(line));
    out.stack = [`${out.type}: ${out.message.split('\n')[0]}`, ...frames].join('\n');
  }
  if (e.cause !== undefined && depth < 3) out.cause = safeError(e.cause, depth + 1);
  return out;
}

interface LoggedRequest {
  id?: string;
  method?: string;
  routeOptions?: { url?: string };
}

/** Fastify's logger serializers: a request is its method and route pattern, a response its status. */
export const logSerializers = {
  err: (error: unknown) => safeError(error),
  error: (error: unknown) => safeError(error),
  req: (request: LoggedRequest) => ({ id: request.id, method: request.method, route: request.routeOptions?.url ?? null }),
  res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
};

let logger: FastifyBaseLogger | null = null;

/** The app's logger, for work that runs outside a request (import checks, streamed exports). */
export function setLogger(value: FastifyBaseLogger | null): void {
  logger = value;
}

export function logError(message: string, error: unknown): void {
  if (logger) logger.error({ err: error }, message);
  else console.error(message, safeError(error));
}
