import { defineResource } from '../../platform/authz/resources.ts';
import { findCheckin } from './checkins.repository.ts';

/**
 * A check-in sits in its community, with the worker's organisation. Colleagues and the
 * bureau may see it; only the worker who checked in records the departure (403 otherwise).
 */
export const checkinPolicy = defineResource({
  name: 'presence_checkin',
  load: findCheckin,
  scopeOf: (c) => ({ regionCode: c.communityCode, organisationId: c.organisationId }),
  actions: ['presence.checkin'],
  rules: { 'presence.checkin': (actor, c) => c.workerUserId === actor.userId },
});
