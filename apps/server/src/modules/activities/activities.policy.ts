import { defineResource } from '../../platform/authz/resources.ts';
import { registerFileOwner } from '../files/file-owners.ts';
import { findActivity } from './activities.repository.ts';

/** An activity sits in its station's region and belongs to the organisation running the station. */
export const activityPolicy = defineResource({
  name: 'activity',
  load: findActivity,
  scopeOf: (a) => ({ regionCode: a.regionCode, organisationId: a.organisationId }),
  actions: ['activity.manage'],
});

// Photos are files owned by the activity; whoever may manage it may add them.
registerFileOwner('activity', 'activity', 'activity.manage');
