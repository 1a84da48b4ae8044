import { IdParams, LookupAlertAcknowledged } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { recordOf } from '../../platform/authz/guard.ts';
import { AppError } from '../../platform/http/errors.ts';
import { acknowledgeAlert } from './identity-lookup.repository.ts';
import { lookupAlertPolicy } from './lookup-alerts.policy.ts';

const tags = ['clients'];

/** A supervisor has seen that a worker went past the identity-lookup limit (listed in GET /api/tasks/supervision). */
export async function lookupAlertRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/identity-lookup-alerts/:id/acknowledge',
    {
      schema: {
        tags,
        operationId: 'acknowledgeLookupAlert',
        summary: 'Acknowledge an alert that a user went past the identity-lookup limit (a supervisor of its organisation and area)',
        params: IdParams,
        response: { 200: LookupAlertAcknowledged },
      },
      config: { auth: { permission: 'case.approve', resource: 'lookup_alert' } },
    },
    async (request) => {
      const alert = recordOf(request, lookupAlertPolicy);
      if (!(await acknowledgeAlert(alert.id, request.actor!.userId))) {
        throw new AppError(409, 'invalid_state', 'error.version_conflict');
      }
      await audit({
        action: 'client.identity_lookup_alert_ack',
        objectType: 'identity_lookup_alert',
        objectId: alert.id,
        details: { userId: alert.userId },
      });
      return { id: alert.id, acknowledged: true as const };
    },
  );
}
