import { AuditEntry, AuditQuery, AuditVerification, pageOf } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { verifyAuditChain } from '../../platform/audit/verify.ts';
import { q } from '../../platform/db/tx.ts';
import { listAudit } from './audit.repository.ts';

const tags = ['audit'];

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/audit',
    {
      schema: {
        tags,
        summary: 'The audit trail, newest first, filtered by user, object and time',
        querystring: AuditQuery,
        response: { 200: pageOf(AuditEntry) },
      },
      config: { kind: 'list', auth: { permission: 'audit.read' } },
    },
    async (request) => {
      const page = await listAudit(request.query);
      // Reading the trail is itself recorded: it names people and what they did.
      await audit({ action: 'audit.read' });
      return page;
    },
  );

  r.get(
    '/api/audit/verify',
    {
      schema: {
        tags,
        summary: 'Recompute the hash chain and name the first altered row',
        response: { 200: AuditVerification },
      },
      config: { kind: 'aggregate', auth: { permission: 'audit.read' } },
    },
    async () => verifyAuditChain(q()),
  );
}
