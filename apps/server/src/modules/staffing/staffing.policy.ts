import { defineResource } from '../../platform/authz/resources.ts';
import { type AssignmentView, findAssignment } from './assignments.repository.ts';
import { findPost, type PostView } from './posts.repository.ts';

// Staffing records sit at their station: its region and the organisation running it.

export const postPolicy = defineResource<PostView>({
  name: 'station_post',
  load: findPost,
  scopeOf: (p) => ({ regionCode: p.regionCode, organisationId: p.organisationId }),
  actions: ['staffing.manage'],
});

export const assignmentPolicy = defineResource<AssignmentView>({
  name: 'community_assignment',
  load: findAssignment,
  scopeOf: (a) => ({ regionCode: a.regionCode, organisationId: a.organisationId }),
  actions: ['staffing.manage'],
});
