import { Health } from '@shegong/contracts';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { q } from '../../platform/db/tx.ts';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: { tags: ['health'], summary: 'Liveness and database engine', response: { 200: Health } },
      config: { kind: 'public', auth: { public: true } },
    },
    async () => {
      let status: 'ok' | 'degraded' = 'ok';
      try {
        await q().execute(sql`select 1`);
      } catch {
        status = 'degraded';
      }
      return { status, database: app.ctx.database.engine, version: app.ctx.config.version };
    },
  );
}
