import { translate } from '@shegong/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../audit/audit.ts';
import { AppError, type FieldProblem } from './errors.ts';
import { issuesToProblems, RequestValidationError, wordProblem } from './validation.ts';
import { isWebPageRequest, sendWebIndex } from './web.ts';

/** Maps unique-constraint names to the field they protect. */
const UNIQUE_FIELDS: Record<string, FieldProblem> = {
  users_username_key: { path: 'username', key: 'field.username_taken' },
  users_mobile_key: { path: 'mobile', key: 'field.mobile_taken' },
  organisations_uscc_key: { path: 'uscc', key: 'field.uscc_taken' },
};

const extraUniqueFields: Record<string, FieldProblem> = {};

/** Modules register their unique constraints so a race becomes a field error, not a 500. */
export function registerUniqueField(constraint: string, problem: FieldProblem): void {
  extraUniqueFields[constraint] = problem;
}

function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof RequestValidationError) {
    return new AppError(400, 'validation', 'error.validation', {}, issuesToProblems(error.issues));
  }
  // Drizzle wraps the driver's error; the SQLSTATE and constraint are on its cause.
  const pgError = ((error as { cause?: unknown }).cause ?? error) as { code?: string; constraint?: string };
  if (pgError.code === '23505' && pgError.constraint) {
    const field = UNIQUE_FIELDS[pgError.constraint] ?? extraUniqueFields[pgError.constraint];
    if (field) return new AppError(409, 'conflict', 'error.validation', {}, [field]);
  }
  const status = (error as FastifyError).statusCode;
  if (status === 413) return new AppError(413, 'payload_too_large', 'error.payload_too_large');
  if (status && status >= 400 && status < 500) return new AppError(status, 'bad_request', 'error.bad_request');
  return new AppError(500, 'internal', 'error.internal');
}

export async function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): Promise<void> {
  const locale = request.locale;
  const body: { error: { code: string; message: string; fields?: { path: string; message: string }[] } } = {
    error: { code: error.code, message: translate(locale, error.messageKey, error.params) },
  };
  if (error.fields.length > 0) body.error.fields = error.fields.map((f) => wordProblem(locale, f));
  await reply.status(error.status).send(body);
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    // Denials and failed writes are audited outside the rolled-back transaction.
    const isDenied = appError.status === 401 || appError.status === 403 || appError.status === 404;
    const isWrite = request.method !== 'GET' && request.method !== 'HEAD';
    if ((isDenied || isWrite) && request.routeOptions.url && request.routeOptions.config.auditFailures !== false) {
      await audit({
        action: `${request.method} ${request.routeOptions.url}`,
        objectType:
          request.routeOptions.config.auth && 'resource' in request.routeOptions.config.auth
            ? (request.routeOptions.config.auth.resource ?? null)
            : null,
        objectId: (request.params as Record<string, string> | undefined)?.id ?? null,
        result: isDenied ? 'denied' : 'failed',
        details: { status: appError.status, code: appError.code },
      }).catch((err) => request.log.error({ err }, 'audit of failure failed'));
    }
    await sendError(request, reply, appError);
  });
  app.setNotFoundHandler(async (request, reply) => {
    if (isWebPageRequest(request)) return sendWebIndex(reply);
    await sendError(request, reply, new AppError(404, 'route_not_found', 'error.route_not_found'));
  });
}
