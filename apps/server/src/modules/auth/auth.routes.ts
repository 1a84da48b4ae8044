import { ChangePasswordBody, LoginBody, Me } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../platform/audit/audit.ts';
import { endSession, resolveSession, SESSION_COOKIE } from '../../platform/auth/sessions.ts';
import { AppError } from '../../platform/http/errors.ts';
import { getSettings } from '../../platform/settings.ts';
import { changePassword } from './change-password.ts';
import { login } from './login.ts';
import { buildMe } from './me.ts';

/** Per address, whatever the names tried (the lockout counts per account): setting `auth.loginsPerIpPerMinute`. */
const loginThrottle = {
  max: async () => (await getSettings())['auth.loginsPerIpPerMinute'],
  timeWindow: 60_000,
  errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
    new AppError(429, 'rate_limited', 'error.rate_limited', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
};

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Sign in with username or mobile and password', body: LoginBody, response: { 200: Me } },
      // Not one transaction: a failed attempt must be recorded even though the request fails.
      config: { auth: { public: true }, auditFailures: false, transaction: false, rateLimit: loginThrottle },
    },
    async (request, reply) => {
      const { token } = await login({ ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] });
      const actor = await resolveSession(token);
      if (!actor || actor === 'expired') throw new Error('new session did not resolve');
      const config = await getSettings();
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        // Behind a TLS proxy the request itself is plain HTTP: the public URL says what people use.
        secure: request.protocol === 'https' || app.ctx.config.publicUrl?.protocol === 'https:',
        maxAge: config['session.absoluteHours'] * 3600,
      });
      return buildMe(actor);
    },
  );

  r.post(
    '/api/auth/logout',
    {
      schema: { tags: ['auth'], summary: 'End the current session on the server', response: { 204: z.null() } },
      config: { auth: { self: true } },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (actor) {
        await endSession(actor.sessionId);
        await audit({ action: 'auth.logout' });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      reply.code(204);
      return null;
    },
  );

  r.get(
    '/api/auth/me',
    {
      schema: { tags: ['auth'], summary: 'The signed-in user, roles, scope and permissions', response: { 200: Me } },
      config: { kind: 'self', auth: { self: true } },
    },
    async (request) => buildMe(request.actor!),
  );

  r.post(
    '/api/auth/password',
    {
      schema: { tags: ['auth'], summary: 'Change one’s own password', body: ChangePasswordBody, response: { 204: z.null() } },
      config: { auth: { self: true } },
    },
    async (request, reply) => {
      await changePassword(request.actor!, request.body.currentPassword, request.body.newPassword);
      reply.code(204);
      return null;
    },
  );
}
