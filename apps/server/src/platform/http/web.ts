import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

let webRoot: string | null = null;

/** Serves the built web app; files are looked up per request, so a rebuild needs no restart. */
export async function installWeb(app: FastifyInstance, webDist: string): Promise<void> {
  if (!existsSync(join(webDist, 'index.html'))) {
    app.log.warn(`web app not built (${webDist}); run npm run build`);
    return;
  }
  webRoot = webDist;
  await app.register(fastifyStatic, { root: webDist, wildcard: true, index: ['index.html'] });
}

/**
 * Client-side routes (/stations, /users/…) get the app's index.html; API paths and missing
 * assets stay 404 (a missing script must not come back as HTML).
 */
export function isWebPageRequest(request: FastifyRequest): boolean {
  if (!webRoot || request.method !== 'GET') return false;
  const path = request.url.split('?')[0] ?? '';
  return !path.startsWith('/api/') && !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path);
}

export function sendWebIndex(reply: FastifyReply) {
  return reply.type('text/html').sendFile('index.html');
}
