import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { finishDocument } from './openapi-finish.ts';

export async function installOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Shegong 社工智慧管理平台 API',
        description: 'REST API. Sign in with POST /api/auth/login; the session cookie authenticates later calls.',
        version,
        license: { name: 'Apache 2.0', identifier: 'Apache-2.0' },
      },
      // Relative: the API is served by the platform itself, under /api on its own origin.
      servers: [{ url: '/', description: 'The platform that serves this document' }],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sg_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => ('openapiObject' in input ? finishDocument(input.openapiObject, app.routeTable) : input.swaggerObject),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { kind: 'public', auth: { public: true } } }, async () => app.swagger());
}
