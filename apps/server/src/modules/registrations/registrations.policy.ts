import type { Actor } from '../../platform/authz/actor.ts';
import { defineResource } from '../../platform/authz/resources.ts';
import { findRegistration, type RegistrationRecord } from './registrations.repository.ts';

/** Nobody reviews an application about themselves. */
const notOwn = (actor: Actor, r: RegistrationRecord) => r.workerUserId !== actor.userId;

/**
 * An application sits with its worker: the employer (first review) and the bureau of the
 * worker's region (final review) see it; other organisations do not. The final reviewer is
 * never the person who did the first review.
 */
export const registrationPolicy = defineResource({
  name: 'registration',
  load: findRegistration,
  scopeOf: (r) => ({ regionCode: r.workerRegionCode, organisationId: r.workerOrganisationId }),
  actions: ['registration.review_first', 'registration.review_final'],
  rules: {
    'registration.review_first': notOwn,
    'registration.review_final': (actor, r) => notOwn(actor, r) && r.firstReviewedBy !== actor.userId,
  },
});
