import { defineResource } from '../../platform/authz/resources.ts';
import { findSession } from './group-sessions.repository.ts';
import { findGroup } from './groups.repository.ts';

/** A group sits in its station's region and belongs to the organisation running the station. */
export const groupPolicy = defineResource({
  name: 'group',
  load: findGroup,
  scopeOf: (g) => ({ regionCode: g.regionCode, organisationId: g.organisationId }),
  actions: ['group.manage'],
});

/** A session sits where its group does. */
export const groupSessionPolicy = defineResource({
  name: 'group_session',
  load: findSession,
  scopeOf: (s) => ({ regionCode: s.regionCode, organisationId: s.organisationId }),
  actions: ['group.manage'],
});
