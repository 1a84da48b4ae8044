import type { Actor } from '../../platform/authz/actor.ts';
import { defineResource } from '../../platform/authz/resources.ts';
import { findWorker, type WorkerRow } from './workers.repository.ts';

/**
 * The worker themselves (their record is linked to their sign-in account) or the
 * employer's administrator (who manages the record; scope already limits it to its staff).
 */
export function actsForWorker(actor: Actor, worker: WorkerRow): boolean {
  return (worker.userId !== null && worker.userId === actor.userId) || actor.permissions.has('worker.update');
}

/**
 * A worker sits where it works and belongs to its employer: another organisation's
 * staff never see it; the bureau of its region does. Its ID number and mobile are personal
 * data: masked on every list, record and export, whole only through `worker.reveal_id`
 * (POST /api/workers/{id}/reveal), which the audit trail keeps with its reason.
 */
export const workerPolicy = defineResource({
  name: 'worker',
  load: findWorker,
  scopeOf: (w) => ({ regionCode: w.regionCode, organisationId: w.organisationId }),
  actions: ['worker.update', 'worker.reveal_id', 'registration.apply', 'education.record', 'training.enrol'],
  rules: {
    'registration.apply': actsForWorker,
    'education.record': actsForWorker,
  },
});
