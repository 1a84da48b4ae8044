import { localeFromHeader } from '@shegong/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions.ts';
import { type RequestContext, runInContext } from '../context.ts';
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
 * request comes from the platform's own pages (Origin or Referer naming our origin). Our origin
 * is the public URL's when one is configured (behind a proxy the Host header is the proxy's
 * business), else the one the request was addressed to.
 */
export function installRequestContext(app: FastifyInstance, extraOrigins: string[], publicOrigin: string | null = null): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('record', null);
  app.decorateRequest('context', null as unknown as RequestContext);

  // Callback style, so the rest of the request runs inside the context (as @fastify/request-context does).
  app.addHook('onRequest', (request, _reply, done) => {
    request.locale = localeFromHeader(request.headers['accept-language']);
    const context: RequestContext = { requestId: request.id, ip: request.ip, locale: request.locale, actor: null };
    request.context = context;
    runInContext(context, done);
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;

    if (!SAFE_METHODS.has(request.method)) {
      const origin = originOf(request);
      const own = publicOrigin ?? `${request.protocol}://${request.host}`;
      if (!origin || (origin !== own && !extraOrigins.includes(origin))) {
        throw new AppError(403, 'origin', 'error.origin');
      }
    }

    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const resolved = await resolveSession(token);
      if (resolved && resolved !== 'expired') {
        request.actor = resolved;
        request.context.actor = resolved;
      } else reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
  });
}
