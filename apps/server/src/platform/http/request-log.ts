import type { FastifyInstance } from 'fastify';

/**
 * One line per request, in place of Fastify's default request logging (which writes the full URL,
 * so `GET /api/clients?q=<ID number>` put the ID number in the log): the method, the route
 * pattern (`/api/clients/:id`), the status and the time; the request id is in the logger's bindings.
 */
export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        statusCode: reply.statusCode,
        responseTime: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
}
