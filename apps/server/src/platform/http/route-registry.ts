import type { FastifyInstance, RouteHandlerMethod } from 'fastify';
import { inTransaction } from '../db/tx.ts';
import type { RouteAuth, RouteEntry, RouteKind } from './route-config.ts';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isApiRoute(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

/**
 * Every /api route must declare `config.auth` or the app will not start; every write
 * runs in one transaction (its audit rows commit with it). The table is what the
 * OpenAPI check and the authorization matrix test read.
 */
export function installRouteRegistry(app: FastifyInstance): void {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    if (!isApiRoute(route.url)) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.every((m) => m === 'HEAD')) return;
    const auth = route.config?.auth;
    if (!auth) throw new Error(`Route ${methods.join(',')} ${route.url} declares no auth policy`);
    if (methods.includes('GET')) checkKind(`GET ${route.url}`, route.config?.kind, auth);
    if (methods.some((m) => WRITE_METHODS.has(m)) && route.config?.transaction !== false) {
      const handler = route.handler as RouteHandlerMethod;
      route.handler = function transactional(request, reply) {
        return inTransaction(async () => handler.call(this, request, reply));
      };
    }
    for (const method of methods) {
      if (method !== 'HEAD') table.push({ method, url: route.url, auth, kind: route.config?.kind, list: route.config?.list });
    }
  });
}

/** Every GET route says what it answers; the kind must agree with its policy. */
function checkKind(route: string, kind: RouteKind | undefined, auth: RouteAuth): void {
  if (!kind) throw new Error(`Route ${route} declares no kind (record, list, aggregate, export, self or public)`);
  if ((kind === 'public') !== 'public' in auth)
    throw new Error(`Route ${route}: kind "public" goes with auth { public: true } and only with it`);
  if (kind === 'record' && !('resource' in auth && auth.resource))
    throw new Error(`Route ${route}: a record route names the resource its guard loads`);
}
