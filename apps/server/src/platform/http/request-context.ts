import { localeFromHeader } from '@shegong/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions.ts';
import { AppError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  if (origin && origin !== 'null') return origin;
  const referer = request.headers.referer;
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

/**
 * Per request: the caller's language, its session, and, for writes, proof that the
 * request comes from the platform's own pages (Origin or Referer naming our origin).
 */
export function installRequestContext(app: FastifyInstance, extraOrigins: string[]): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('record', null);

  app.addHook('onRequest', async (request, reply) => {
    request.locale = localeFromHeader(request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return;

    if (!SAFE_METHODS.has(request.method)) {
      const origin = originOf(request);
      const own = `${request.protocol}://${request.host}`;
      if (!origin || (origin !== own && !extraOrigins.includes(origin))) {
        throw new AppError(403, 'origin', 'error.origin');
      }
    }

    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const resolved = await resolveSession(token);
      if (resolved && resolved !== 'expired') request.actor = resolved;
      else reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
  });
}
