import { defineResource } from '../../platform/authz/resources.ts';
import { findAlert } from './identity-lookup.repository.ts';

/**
 * An alert that a user went past the identity-lookup limit sits where the user is bound (its
 * organisation and region): a supervisor whose area holds it sees and acknowledges it.
 */
export const lookupAlertPolicy = defineResource({
  name: 'lookup_alert',
  load: findAlert,
  scopeOf: (a) => ({ regionCode: a.regionCode, organisationId: a.organisationId }),
  actions: [],
});
