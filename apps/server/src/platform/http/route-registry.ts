import type { FastifyInstance, RouteHandlerMethod } from 'fastify';
import { inTransaction } from '../db/tx.ts';
import type { RouteEntry } from './route-config.ts';

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
    if (methods.some((m) => WRITE_METHODS.has(m)) && route.config?.transaction !== false) {
      const handler = route.handler as RouteHandlerMethod;
      route.handler = function transactional(request, reply) {
        return inTransaction(async () => handler.call(this, request, reply));
      };
    }
    for (const method of methods) {
      if (method !== 'HEAD') table.push({ method, url: route.url, auth, list: route.config?.list });
    }
  });
}
