import type { Permission } from '@shegong/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden, notFound, unauthenticated } from '../http/errors.ts';
import { authorize } from './authorize.ts';
import { type ResourcePolicy, resourcePolicy } from './resources.ts';

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
    authorize(request.actor, 'permission' in auth ? auth.permission : 'self', policy, record);
    request.record = record;
  });
}

/**
 * The record the guard loaded for this route, typed by the policy that loaded it. Asking
 * with another resource's policy is a programming error, caught on the first request.
 */
export function recordOf<R, P extends Permission>(request: FastifyRequest, policy: ResourcePolicy<R, P>): R {
  const auth = request.routeOptions.config.auth;
  const resource = auth && 'resource' in auth ? auth.resource : undefined;
  if (resource !== policy.name || request.record === null) {
    throw new Error(`${request.method} ${request.routeOptions.url} loads no ${policy.name} record`);
  }
  return request.record as R;
}
