import { defineResource } from '../../platform/authz/resources.ts';
import { findAssignment } from './assignments.repository.ts';
import { findPost } from './posts.repository.ts';

// Staffing records sit at their station: its region and the organisation running it.

export const postPolicy = defineResource({
  name: 'station_post',
  load: findPost,
  scopeOf: (p) => ({ regionCode: p.regionCode, organisationId: p.organisationId }),
  actions: ['staffing.manage'],
});

export const assignmentPolicy = defineResource({
  name: 'community_assignment',
  load: findAssignment,
  scopeOf: (a) => ({ regionCode: a.regionCode, organisationId: a.organisationId }),
  actions: ['staffing.manage'],
});
