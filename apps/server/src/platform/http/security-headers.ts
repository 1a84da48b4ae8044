import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';

/**
 * The content security policy of the web app and the API documentation, checked in Chromium by
 * the browser journeys (no `securitypolicyviolation` on the pages they visit):
 * - scripts only from our own origin (Vite emits no inline script; swagger-ui loads its own files);
 * - styles also inline: antd 6 writes its CSS-in-JS into <style> elements at run time and ECharts
 *   and swagger-ui set style attributes; a nonce would need index.html rendered per request;
 * - images also as data: and blob: URLs (antd's icons and empty states, chart downloads);
 * - no framing by anyone (frame-ancestors 'none', and X-Frame-Options DENY for old browsers).
 */
function directives(https: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** Paths whose answers may be cached: the built app's assets and the documentation's static files. */
const CACHEABLE = /^\/api\/docs\/static\//;

/**
 * Security headers on every answer (helmet), and `Cache-Control: no-store` on every /api answer
 * that did not set its own: JSON with personal data must stay out of browser and proxy caches.
 */
export async function installSecurityHeaders(app: FastifyInstance, config: Config): Promise<void> {
  const https = config.publicUrl?.protocol === 'https:';
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: directives(https) },
    xFrameOptions: { action: 'deny' },
    // Same-origin requests keep their Referer (the Origin check falls back to it); other sites get none.
    referrerPolicy: { policy: 'same-origin' },
    // HSTS only where the platform is known to be served over TLS.
    strictTransportSecurity: https ? { maxAge: 31_536_000 } : false,
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !CACHEABLE.test(request.url) && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}
