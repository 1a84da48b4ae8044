import type { FastifyInstance } from 'fastify';
import { forbidden, notFound, unauthenticated } from '../http/errors.ts';
import { authorize, isInScopeOf } from './authorize.ts';
import { resourcePolicy } from './resources.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs before body validation, so an out-of-scope record answers 404 whatever was
 * sent, and a handler never sees a request its route's policy did not allow.
 */
export function installGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const auth = request.routeOptions.config.auth;
    if (!auth || 'public' in auth) return;
    if (!request.actor) throw unauthenticated();
    if ('permission' in auth && !request.actor.permissions.has(auth.permission)) throw forbidden();
    if (!auth.resource) return;
    const policy = resourcePolicy(auth.resource);
    const id = (request.params as Record<string, string>)[auth.idParam ?? 'id'];
    if (!id || !UUID.test(id)) throw notFound();
    const record = await policy.load(id);
    if (!record) throw notFound();
    if ('permission' in auth) authorize(request.actor, auth.permission, policy, record);
    else if (!isInScopeOf(request.actor, policy, record)) throw notFound();
    request.record = record;
  });
}
